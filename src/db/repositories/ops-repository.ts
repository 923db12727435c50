import { count, eq } from 'drizzle-orm';
import type { Db } from '../open-db';
import { deliveries, digests, pulses } from '../schema';

/** Counts an operator watches (read at each /metrics scrape): the outbox, open pulses, posted digests. */
export function createOpsRepository(db: Db) {
  return {
    /** Outbox rows by kind and status. */
    outboxDepth(): { kind: string; status: string; n: number }[] {
      return db
        .select({ kind: deliveries.kind, status: deliveries.status, n: count() })
        .from(deliveries)
        .groupBy(deliveries.kind, deliveries.status)
        .all();
    },
    openPulses(): number {
      return db.select({ n: count() }).from(pulses).where(eq(pulses.status, 'open')).get()?.n ?? 0;
    },
    postedDigests(): number {
      return db.select({ n: count() }).from(digests).where(eq(digests.status, 'posted')).get()?.n ?? 0;
    },
  };
}
export type OpsRepository = ReturnType<typeof createOpsRepository>;
