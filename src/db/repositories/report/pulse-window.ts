/** Which pulses a report covers, as the report's input describes them. */
import { and, desc, eq, sql } from 'drizzle-orm';
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

/**
 * Which pulses a report covers: `{ pulseId }` one pulse, `{ last: n }` the n most recently opened,
 * `{ latestClosed: true }` the most recently opened of the closed pulses (what Slack shows).
 */
export type PulseSelector = { pulseId: number } | { last: number } | { latestClosed: true };

/** Options of a window read. */
export interface WindowOptions {
  /** Only closed pulses count: an open one is neither in the window nor in the trend. */
  closedOnly?: boolean;
}

const closed = eq(pulses.status, 'closed');

/** Whether a window read holds closed pulses only: asked for, or implied by `latestClosed`. */
export function isClosedOnly(selector: PulseSelector, options: WindowOptions = {}): boolean {
  return options.closedOnly === true || 'latestClosed' in selector;
}

/**
 * The pulses, oldest first. With `closedOnly` (implied by `latestClosed`) an open pulse is never
 * selected, even by its id.
 */
export function findPulseWindow(
  db: Db,
  selector: PulseSelector,
  options: WindowOptions = {},
): ReportInput['pulses'] {
  const closedOnly = isClosedOnly(selector, options);
  const rows =
    'pulseId' in selector
      ? db
          .select(pulseColumns)
          .from(pulses)
          .where(and(eq(pulses.id, selector.pulseId), closedOnly ? closed : undefined))
          .all()
      : db
          .select(pulseColumns)
          .from(pulses)
          .where(closedOnly ? closed : undefined)
          .orderBy(desc(pulses.openedAt), desc(pulses.id))
          .limit('last' in selector ? selector.last : 1)
          .all();
  return rows.map(toInputPulse).sort((a, b) => a.openedAt - b.openedAt || a.id - b.id);
}

/**
 * Up to `limit` pulses opened at or before `pulse`, oldest first (the trend behind a report); with
 * `closedOnly`, closed ones only.
 */
export function findPulsesUpTo(
  db: Db,
  pulse: { id: number; openedAt: number },
  limit: number,
  options: WindowOptions = {},
): ReportInput['pulses'] {
  return db
    .select(pulseColumns)
    .from(pulses)
    .where(
      and(
        // parenthesised whole: `and` does not wrap raw SQL, and `or` binds looser than `and`
        sql`((${pulses.openedAt} < ${pulse.openedAt}) or (${pulses.openedAt} = ${pulse.openedAt} and ${pulses.id} <= ${pulse.id}))`,
        options.closedOnly === true ? closed : undefined,
      ),
    )
    .orderBy(desc(pulses.openedAt), desc(pulses.id))
    .limit(limit)
    .all()
    .map(toInputPulse)
    .reverse();
}
