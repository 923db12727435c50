import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../open-db';
import { deliveries, people, pulseDeliveryCounts, pulses } from '../schema';

export type DeliveryRow = typeof deliveries.$inferSelect;
export type DueDelivery = DeliveryRow & {
  slackUserId: string;
  dmChannelId: string | null;
  pulseOpenedAt: Date;
  pulseStatus: 'open' | 'closed';
};

/** The persistent outbox of pulse DMs and reminders. */
export function createDeliveryRepository(db: Db) {
  return {
    ...deliveryEnqueue(db),
    ...deliveryClaims(db),
    ...deliveryOutcomes(db),
    ...deliveryCancellation(db),
    ...deliveryReads(db),
  };
}
export type DeliveryRepository = ReturnType<typeof createDeliveryRepository>;

/** A due row joined with its person's Slack ids and its pulse's state. */
function dueSelect(db: Db) {
  return db
    .select({
      delivery: deliveries,
      slackUserId: people.slackUserId,
      dmChannelId: people.dmChannelId,
      pulseOpenedAt: pulses.openedAt,
      pulseStatus: pulses.status,
    })
    .from(deliveries)
    .innerJoin(people, eq(people.id, deliveries.personId))
    .innerJoin(pulses, eq(pulses.id, deliveries.pulseId));
}

/** That joined row as one flat `DueDelivery`. */
function flatten(r: {
  delivery: DeliveryRow;
  slackUserId: string;
  dmChannelId: string | null;
  pulseOpenedAt: Date;
  pulseStatus: 'open' | 'closed';
}): DueDelivery {
  return {
    ...r.delivery,
    slackUserId: r.slackUserId,
    dmChannelId: r.dmChannelId,
    pulseOpenedAt: r.pulseOpenedAt,
    pulseStatus: r.pulseStatus,
  };
}

/** Filling the outbox: one row per (pulse, person, kind), never twice. */
function deliveryEnqueue(db: Db) {
  return {
    /** One row per (pulse, person, kind), all in one transaction; existing rows are left alone. */
    enqueue(
      rows: {
        pulseId: number;
        personId: number;
        kind: 'invite' | 'reminder';
        departmentId: number | null;
        notBefore: Date;
      }[],
      at: Date,
    ): number {
      let inserted = 0;
      db.transaction((tx) => {
        for (const r of rows) {
          inserted += tx
            .insert(deliveries)
            .values({ ...r, updatedAt: at })
            .onConflictDoNothing()
            .run().changes;
        }
      });
      return inserted;
    },
  };
}

/** Taking rows to send: claiming the due ones, finding those a crash left in flight. */
function deliveryClaims(db: Db) {
  return {
    /**
     * Claims up to `limit` due rows: marks them in_flight first (so a crash leaves them "in doubt",
     * never silently pending) and returns them.
     */
    claimDue(now: Date, limit: number): DueDelivery[] {
      return db.transaction((tx) => {
        const due = tx
          .select({ id: deliveries.id })
          .from(deliveries)
          .where(and(eq(deliveries.status, 'pending'), lte(deliveries.notBefore, now)))
          .orderBy(asc(deliveries.notBefore), asc(deliveries.id))
          .limit(limit)
          .all()
          .map((r) => r.id);
        if (due.length === 0) return [];
        tx.update(deliveries)
          .set({ status: 'in_flight', updatedAt: now })
          .where(inArray(deliveries.id, due))
          .run();
        return dueSelect(db)
          .where(inArray(deliveries.id, due))
          .orderBy(asc(deliveries.id))
          .all()
          .map(flatten);
      });
    },
    /** Rows left in flight by a crash: their send may or may not have reached Slack. */
    inDoubt(): DueDelivery[] {
      return dueSelect(db)
        .where(eq(deliveries.status, 'in_flight'))
        .orderBy(asc(deliveries.id))
        .all()
        .map(flatten);
    },
  };
}

/** What came of a send: sent, retried later, or failed for good. */
function deliveryOutcomes(db: Db) {
  return {
    markSent(id: number, channelId: string, messageTs: string | null, at: Date): void {
      db.update(deliveries)
        .set({ status: 'sent', channelId, messageTs, updatedAt: at, lastError: null })
        .where(eq(deliveries.id, id))
        .run();
    },
    /**
     * Puts a row back to pending, due at `notBefore`. A 429, a stop or an in-doubt re-send is not the
     * row's fault and costs no attempt (`countsAsAttempt: false`); a 5xx or network error does.
     */
    retryLater(
      id: number,
      retry: { notBefore: Date; error: string; countsAsAttempt: boolean; at: Date },
    ): void {
      const { notBefore, error, countsAsAttempt, at } = retry;
      db.update(deliveries)
        .set({
          status: 'pending',
          notBefore,
          lastError: error,
          updatedAt: at,
          ...(countsAsAttempt ? { attempts: sql`${deliveries.attempts} + 1` } : {}),
        })
        .where(eq(deliveries.id, id))
        .run();
    },
    markFailed(id: number, error: string, at: Date): void {
      db.update(deliveries)
        .set({ status: 'failed', lastError: error, updatedAt: at, attempts: sql`${deliveries.attempts} + 1` })
        .where(eq(deliveries.id, id))
        .run();
    },
  };
}

/** Calling off sends not made yet. */
function deliveryCancellation(db: Db) {
  return {
    /** Unsent rows of a person who opted out. */
    cancelPendingFor(personId: number, at: Date): number {
      return db
        .update(deliveries)
        .set({ status: 'cancelled', updatedAt: at })
        .where(and(eq(deliveries.personId, personId), eq(deliveries.status, 'pending')))
        .run().changes;
    },
    cancel(id: number, at: Date): void {
      db.update(deliveries).set({ status: 'cancelled', updatedAt: at }).where(eq(deliveries.id, id)).run();
    },
  };
}

/** Reading the outbox: when the next row is due, a pulse's tallies, who was invited. */
function deliveryReads(db: Db) {
  return {
    nextDueAt(): Date | null {
      const row = db
        .select({ at: sql<number>`min(${deliveries.notBefore})` })
        .from(deliveries)
        .where(eq(deliveries.status, 'pending'))
        .get();
      return row?.at ? new Date(row.at) : null;
    },
    /** A pulse's invitations by status: its outbox rows, or once closed the counts they became. */
    counts(pulseId: number): Record<DeliveryRow['status'], number> {
      const out = { pending: 0, in_flight: 0, sent: 0, failed: 0, cancelled: 0 };
      const rows = db
        .select({ status: deliveries.status, n: sql<number>`count(*)` })
        .from(deliveries)
        .where(and(eq(deliveries.pulseId, pulseId), eq(deliveries.kind, 'invite')))
        .groupBy(deliveries.status)
        .all();
      const c = pulseDeliveryCounts;
      const counted = db
        .select({ status: c.status, n: sql<number>`sum(${c.count})` })
        .from(c)
        .where(and(eq(c.pulseId, pulseId), eq(c.kind, 'invite')))
        .groupBy(c.status)
        .all();
      for (const r of [...rows, ...counted]) out[r.status] += r.n;
      return out;
    },
    /** People who were sent the invite for a pulse (for reminders). */
    invited(pulseId: number): { personId: number; slackUserId: string; departmentId: number | null }[] {
      return db
        .select({
          personId: deliveries.personId,
          slackUserId: people.slackUserId,
          departmentId: deliveries.departmentId,
        })
        .from(deliveries)
        .innerJoin(people, eq(people.id, deliveries.personId))
        .where(
          and(eq(deliveries.pulseId, pulseId), eq(deliveries.kind, 'invite'), eq(deliveries.status, 'sent')),
        )
        .all();
    },
    inviteFor(pulseId: number, personId: number): DeliveryRow | null {
      return (
        db
          .select()
          .from(deliveries)
          .where(
            and(
              eq(deliveries.pulseId, pulseId),
              eq(deliveries.personId, personId),
              eq(deliveries.kind, 'invite'),
            ),
          )
          .get() ?? null
      );
    },
  };
}
