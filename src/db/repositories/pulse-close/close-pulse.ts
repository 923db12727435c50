import { and, eq } from 'drizzle-orm';
import type { Db } from '../../open-db';
import { deliveries, pulses } from '../../schema';
import { freezeResults } from '../report/results';

/**
 * Closes the pulse, freezes its results and cancels what was not sent yet, in one transaction.
 * Returns whether it closed the pulse (false: it was not open).
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
    return closed.changes > 0;
  });
}
