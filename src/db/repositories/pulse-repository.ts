import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../open-db';
import { pulses, pulseTouchpoints } from '../schema';
import { closePulse, closePulseOffLoop } from './pulse-close/index';
import { thresholdInForce } from './report/anonymity-threshold';

export type PulseRow = typeof pulses.$inferSelect;
export type PulseTouchpoint = { touchpointId: number; name: string; position: number };
export type NewPulse = Omit<typeof pulses.$inferInsert, 'id' | 'status'>;

/** Pulses: opening one with its frozen touchpoints, reading them, and their open → closed life. */
export function createPulseRepository(db: Db) {
  return { ...pulseCreation(db), ...pulseReads(db), ...pulseLifecycle(db), ...pulseDigestMarks(db) };
}
export type PulseRepository = ReturnType<typeof createPulseRepository>;

function pulseCreation(db: Db) {
  return {
    /**
     * Creates a pulse with its frozen touchpoint list. Returns null when a pulse for the same
     * schedule window exists already (the unique key makes a tick and a catch-up open it once).
     */
    create(pulse: NewPulse, items: { touchpointId: number; name: string }[]): PulseRow | null {
      return db.transaction((tx) => {
        // the threshold in force now is the one its people answer under, whatever it is set to later
        const anonymityThreshold = pulse.anonymityThreshold ?? thresholdInForce(db);
        const row = tx
          .insert(pulses)
          .values({ ...pulse, anonymityThreshold })
          .onConflictDoNothing()
          .returning()
          .get();
        if (!row) return null;
        items.forEach((t, position) => {
          tx.insert(pulseTouchpoints)
            .values({ pulseId: row.id, touchpointId: t.touchpointId, name: t.name, position })
            .run();
        });
        return row;
      });
    },
    /** The prompt bank's next turn: one past the highest a pulse took, 0 before any. */
    nextPromptIndex(): number {
      return (
        db
          .select({ next: sql<number>`coalesce(max(${pulses.promptIndex}) + 1, 0)` })
          .from(pulses)
          .get()?.next ?? 0
      );
    },
  };
}

function pulseReads(db: Db) {
  return {
    byId(id: number): PulseRow | null {
      return db.select().from(pulses).where(eq(pulses.id, id)).get() ?? null;
    },
    latest(): PulseRow | null {
      return db.select().from(pulses).orderBy(desc(pulses.id)).limit(1).get() ?? null;
    },
    latestScheduled(): PulseRow | null {
      return (
        db
          .select()
          .from(pulses)
          .where(inArray(pulses.trigger, ['schedule', 'catch-up']))
          .orderBy(desc(pulses.openedAt))
          .limit(1)
          .get() ?? null
      );
    },
    listOpen(): PulseRow[] {
      return db.select().from(pulses).where(eq(pulses.status, 'open')).orderBy(asc(pulses.id)).all();
    },
    list(limit: number): PulseRow[] {
      return db.select().from(pulses).orderBy(desc(pulses.id)).limit(limit).all();
    },
    touchpoints(pulseId: number): PulseTouchpoint[] {
      return db
        .select({
          touchpointId: pulseTouchpoints.touchpointId,
          name: pulseTouchpoints.name,
          position: pulseTouchpoints.position,
        })
        .from(pulseTouchpoints)
        .where(eq(pulseTouchpoints.pulseId, pulseId))
        .orderBy(asc(pulseTouchpoints.position))
        .all();
    },
    count(): number {
      return db.select({ n: sql<number>`count(*)` }).from(pulses).get()?.n ?? 0;
    },
    /**
     * Closed pulses that closed before `cutoff` and still hold answers: those retention purges,
     * whole. A pulse closed by a release that kept no close time counts from its close time.
     */
    closedBefore(cutoff: Date): number[] {
      return db
        .select({ id: pulses.id })
        .from(pulses)
        .where(
          and(
            eq(pulses.status, 'closed'),
            sql`coalesce(${pulses.closedAt}, ${pulses.closesAt}) < ${cutoff.getTime()}`,
            sql`exists (select 1 from answers where answers.pulse_id = ${pulses.id})`,
          ),
        )
        .orderBy(pulses.id)
        .all()
        .map((r) => r.id);
    },
    /** Every pulse's id, oldest first: where a person's answers may be (one pseudonym each). */
    ids(): number[] {
      return db
        .select({ id: pulses.id })
        .from(pulses)
        .orderBy(pulses.id)
        .all()
        .map((r) => r.id);
    },
  };
}

function pulseLifecycle(db: Db) {
  return {
    markEnqueued(pulseId: number, at: Date): void {
      db.update(pulses).set({ enqueuedAt: at }).where(eq(pulses.id, pulseId)).run();
    },
    /** Pulses whose close time has come and are still open. */
    dueToClose(now: Date): PulseRow[] {
      return db
        .select()
        .from(pulses)
        .where(and(eq(pulses.status, 'open'), lte(pulses.closesAt, now)))
        .all();
    },
    dueForReminder(now: Date): PulseRow[] {
      return db
        .select()
        .from(pulses)
        .where(
          and(
            eq(pulses.status, 'open'),
            lte(pulses.remindAt, now),
            sql`${pulses.closesAt} > ${now.getTime()}`,
          ),
        )
        .all();
    },
    clearRemindAt(pulseId: number): void {
      db.update(pulses).set({ remindAt: null }).where(eq(pulses.id, pulseId)).run();
    },
    /**
     * Closes the pulse, freezes its results and cancels what was not sent yet, in one transaction:
     * from here on every surface shows the frozen results, whatever happens to the answers.
     */
    close(pulseId: number, at: Date): void {
      closePulse(db, pulseId, at);
    },
    /**
     * The same close, run on a worker thread with its own connection, so the event loop stays
     * free while the results are computed. Resolves whether this call closed the pulse.
     */
    closeOffLoop: (pulseId: number, at: Date): Promise<boolean> => closePulseOffLoop(db, pulseId, at),
  };
}

function pulseDigestMarks(db: Db) {
  return {
    /** The digest owed after this pulse closed has been claimed (or found to owe nothing). */
    markDigestDone(pulseId: number, at: Date): void {
      db.update(pulses)
        .set({ digestDoneAt: at })
        .where(and(eq(pulses.id, pulseId), isNull(pulses.digestDoneAt)))
        .run();
    },
    /** The newest pulse whose after-close digest is done, or 0. */
    lastDigestDone(): number {
      return (
        db
          .select({ id: sql<number>`coalesce(max(${pulses.id}), 0)` })
          .from(pulses)
          .where(isNotNull(pulses.digestDoneAt))
          .get()?.id ?? 0
      );
    },
  };
}
