import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../open-db';
import { deliveries, pulseDeliveryCounts, pulses } from '../../schema';
import { freezeResults } from '../report/results';

/**
 * Replaces a pulse's per-person outbox rows (who was invited, who reminded, and when) by their
 * counts per department, kind and status. A second call finds no rows and adds nothing.
 */
export function reduceDeliveries(db: Db, pulseId: number): void {
  const mine = eq(deliveries.pulseId, pulseId);
  const grouped = db
    .select({
      departmentId: deliveries.departmentId,
      kind: deliveries.kind,
      status: deliveries.status,
      count: sql<number>`count(*)`,
    })
    .from(deliveries)
    .where(mine)
    .groupBy(deliveries.departmentId, deliveries.kind, deliveries.status)
    .all();
  if (grouped.length === 0) return;
  db.insert(pulseDeliveryCounts)
    .values(grouped.map((g) => ({ ...g, pulseId })))
    .run();
  db.delete(deliveries).where(mine).run();
}

/**
 * Closes the pulse, freezes its results, cancels what was not sent yet and reduces its outbox to
 * counts, in one transaction. Returns whether it closed the pulse (false: it was not open).
 */
export function closePulse(db: Db, pulseId: number, at: Date): boolean {
  return db.transaction((tx) => {
    const closed = tx
      .update(pulses)
      .set({ status: 'closed', closedAt: at })
      .where(and(eq(pulses.id, pulseId), eq(pulses.status, 'open')))
      .run();
    if (closed.changes > 0) freezeResults(db, pulseId, at);
    tx.update(deliveries)
      .set({ status: 'cancelled', updatedAt: at })
      .where(and(eq(deliveries.pulseId, pulseId), eq(deliveries.status, 'pending')))
      .run();
    // the pulse is closed now (by this call or before): any per-person row left goes to counts
    reduceDeliveries(db, pulseId);
    return closed.changes > 0;
  });
}
