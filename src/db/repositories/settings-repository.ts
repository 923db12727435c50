import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open-db';
import { settings, settingsAudit } from '../schema';

/**
 * A value as the NOT NULL JSON column stores it: drizzle writes a JSON null as SQL NULL, which the
 * column refuses, so a setting cleared back to null (no retention, no profile field) is written as
 * the JSON text `null` (read back as null).
 */
const stored = (value: unknown) => (value === null ? sql`'null'` : value);

export function createSettingsRepository(db: Db) {
  return {
    all(): Map<string, unknown> {
      return new Map(
        db
          .select()
          .from(settings)
          .all()
          .map((row) => [row.key, row.value]),
      );
    },
    get(key: string): unknown {
      return db.select().from(settings).where(eq(settings.key, key)).get()?.value ?? null;
    },
    /** Writes values and an audit row per changed key, in one transaction. */
    write(changes: { key: string; value: unknown }[], actor: string, at: Date): void {
      db.transaction((tx) => {
        for (const { key, value } of changes) {
          const before = tx.select().from(settings).where(eq(settings.key, key)).get();
          tx.insert(settings)
            .values({ key, value: stored(value), updatedAt: at, updatedBy: actor })
            .onConflictDoUpdate({
              target: settings.key,
              set: { value: stored(value), updatedAt: at, updatedBy: actor },
            })
            .run();
          tx.insert(settingsAudit)
            .values({ actor, key, oldValue: before?.value ?? null, newValue: value, at })
            .run();
        }
      });
    },
    /** Internal bookkeeping values (counters, last-check times): not audited. */
    writeInternal(key: string, value: unknown, at: Date): void {
      db.insert(settings)
        .values({ key, value: stored(value), updatedAt: at, updatedBy: null })
        .onConflictDoUpdate({ target: settings.key, set: { value: stored(value), updatedAt: at } })
        .run();
    },
    /** An audit row for a change kept outside the settings table (departments, touchpoints, prompts). */
    recordAudit(actor: string, key: string, oldValue: unknown, newValue: unknown, at: Date): void {
      db.insert(settingsAudit).values({ actor, key, oldValue, newValue, at }).run();
    },
    /** The values a key was set to, newest first (from the audit trail), to find its last valid one. */
    pastValues(key: string, limit = 50): unknown[] {
      return db
        .select({ value: settingsAudit.newValue })
        .from(settingsAudit)
        .where(eq(settingsAudit.key, key))
        .orderBy(desc(settingsAudit.id))
        .limit(limit)
        .all()
        .map((row) => row.value);
    },
    /**
     * Runs `work` in one transaction (taking the write lock first): every write inside it, the
     * settings', the lists' and their audit rows, commits together or not at all.
     */
    atomically<T>(work: () => T): T {
      return db.transaction(() => work(), { behavior: 'immediate' });
    },
    audit(limit = 20) {
      return db.select().from(settingsAudit).orderBy(desc(settingsAudit.id)).limit(limit).all();
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
