/** Which pulses a report covers, as the report's input describes them. */
import { desc, eq, sql } from 'drizzle-orm';
import type { ReportInput } from '../../../analytics/report/report-input';
import type { Db } from '../../open-db';
import { pulses } from '../../schema';

export const pulseColumns = {
  id: pulses.id,
  status: pulses.status,
  openedAt: pulses.openedAt,
  closedAt: pulses.closedAt,
};
export const toInputPulse = (r: {
  id: number;
  status: 'open' | 'closed';
  openedAt: Date;
  closedAt: Date | null;
}) => ({
  id: r.id,
  status: r.status,
  openedAt: r.openedAt.getTime(),
  closedAt: r.closedAt?.getTime() ?? null,
});

/** The pulses, oldest first: `{ pulseId }` → that one; `{ last: n }` → the n most recently opened. */
export function findPulseWindow(
  db: Db,
  selector: { pulseId: number } | { last: number },
): ReportInput['pulses'] {
  const rows =
    'pulseId' in selector
      ? db.select(pulseColumns).from(pulses).where(eq(pulses.id, selector.pulseId)).all()
      : db
          .select(pulseColumns)
          .from(pulses)
          .orderBy(desc(pulses.openedAt), desc(pulses.id))
          .limit(selector.last)
          .all();
  return rows.map(toInputPulse).sort((a, b) => a.openedAt - b.openedAt || a.id - b.id);
}

/** Up to `count` pulses opened at or before `pulse`, oldest first (the trend behind a report). */
export function findPulsesUpTo(
  db: Db,
  pulse: { id: number; openedAt: number },
  limit: number,
): ReportInput['pulses'] {
  return db
    .select(pulseColumns)
    .from(pulses)
    .where(
      sql`(${pulses.openedAt} < ${pulse.openedAt}) or (${pulses.openedAt} = ${pulse.openedAt} and ${pulses.id} <= ${pulse.id})`,
    )
    .orderBy(desc(pulses.openedAt), desc(pulses.id))
    .limit(limit)
    .all()
    .map(toInputPulse)
    .reverse();
}
