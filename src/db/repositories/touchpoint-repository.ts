import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../open-db';
import { prompts, touchpoints } from '../schema';

export type TouchpointRow = typeof touchpoints.$inferSelect;

export function createTouchpointRepository(db: Db) {
  return {
    listActive(): TouchpointRow[] {
      return db
        .select()
        .from(touchpoints)
        .where(isNull(touchpoints.archivedAt))
        .orderBy(asc(touchpoints.sortOrder), asc(touchpoints.id))
        .all();
    },
    /** The touchpoint of that name, any case, archived or not. */
    byName(name: string): TouchpointRow | undefined {
      return db.select().from(touchpoints).where(sql`lower(${touchpoints.name}) = lower(${name})`).get();
    },
    count(): number {
      return db.select({ n: sql<number>`count(*)` }).from(touchpoints).get()?.n ?? 0;
    },
    insertMany(names: readonly string[]): void {
      db.transaction((tx) => {
        names.forEach((name, i) => {
          tx.insert(touchpoints).values({ name, sortOrder: i }).onConflictDoNothing().run();
        });
      });
    },
    /** Renames, adds, reorders; active touchpoints not listed are archived. Past pulses keep their own names. */
    replaceActive(list: { id?: number; name: string }[], at: Date): void {
      db.transaction((tx) => {
        const keep = new Set<number>();
        list.forEach((t, i) => {
          const existing =
            (t.id ? tx.select().from(touchpoints).where(eq(touchpoints.id, t.id)).get() : undefined) ??
            tx.select().from(touchpoints).where(sql`lower(${touchpoints.name}) = lower(${t.name})`).get();
          if (existing) {
            tx.update(touchpoints)
              .set({ name: t.name, sortOrder: i, archivedAt: null })
              .where(eq(touchpoints.id, existing.id))
              .run();
            keep.add(existing.id);
          } else {
            keep.add(tx.insert(touchpoints).values({ name: t.name, sortOrder: i }).returning().get().id);
          }
        });
        for (const row of tx.select().from(touchpoints).where(isNull(touchpoints.archivedAt)).all()) {
          if (!keep.has(row.id))
            tx.update(touchpoints).set({ archivedAt: at }).where(eq(touchpoints.id, row.id)).run();
        }
      });
    },
    listPrompts(): (typeof prompts.$inferSelect)[] {
      return db
        .select()
        .from(prompts)
        .where(isNull(prompts.archivedAt))
        .orderBy(asc(prompts.sortOrder), asc(prompts.id))
        .all();
    },
    insertPrompts(texts: string[]): void {
      db.transaction((tx) => {
        texts.forEach((text, i) => {
          tx.insert(prompts).values({ text, sortOrder: i }).run();
        });
      });
    },
    promptCount(): number {
      return db.select({ n: sql<number>`count(*)` }).from(prompts).get()?.n ?? 0;
    },
    replacePrompts(texts: string[], at: Date): void {
      db.transaction((tx) => {
        tx.update(prompts).set({ archivedAt: at }).where(isNull(prompts.archivedAt)).run();
        texts.forEach((text, i) => {
          tx.insert(prompts).values({ text, sortOrder: i }).run();
        });
      });
    },
  };
}
export type TouchpointRepository = ReturnType<typeof createTouchpointRepository>;
