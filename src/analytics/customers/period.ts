/**
 * Customer-score periods and how a pulse maps to one. A period label is a year (`2026`), a half
 * (`2026-H2`), a quarter (`2026-Q3`), a month (`2026-09`) or a day (`2026-09-14`); it starts at
 * its first day, UTC.
 *
 * The rule: a pulse is compared with the period that started most recently at or before the
 * pulse's close (on a tie, the shorter period: a month over its quarter), provided that period
 * ended no more than {@link STALE_AFTER_DAYS} days before the close. So a pulse closing on
 * 20 Nov 2026 reads `2026-11` if it was imported, else `2026-Q4`, else `2026-H2`, else `2026`.
 */

/** A period that ended longer ago than this before the close is not compared (stale). */
export const STALE_AFTER_DAYS = 366;
const DAY_MS = 86_400_000;

/** A parsed period: [start, end) in ms since the epoch, UTC. */
export interface PeriodRange {
  label: string;
  start: number;
  end: number;
}

export const PERIOD_FORMATS = '2026, 2026-H2, 2026-Q3, 2026-09 or 2026-09-14';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m, d);

/** The range of a period label, or null when it is not one of {@link PERIOD_FORMATS}. */
export function parsePeriod(label: string): PeriodRange | null {
  const text = label.trim();
  const match = /^(\d{4})(?:-(?:(H[12])|(Q[1-4])|(\d{2})(?:-(\d{2}))?))?$/i.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const [, , half, quarter, month, day] = match;
  if (half !== undefined) {
    const first = half.toUpperCase() === 'H1' ? 0 : 6;
    return { label: text.toUpperCase(), start: utc(year, first), end: utc(year, first + 6) };
  }
  if (quarter !== undefined) {
    const first = (Number(quarter.slice(1)) - 1) * 3;
    return { label: text.toUpperCase(), start: utc(year, first), end: utc(year, first + 3) };
  }
  if (month !== undefined) {
    const m = Number(month) - 1;
    if (m < 0 || m > 11) return null;
    if (day === undefined) return { label: text, start: utc(year, m), end: utc(year, m + 1) };
    const start = utc(year, m, Number(day));
    if (new Date(start).getUTCDate() !== Number(day) || new Date(start).getUTCMonth() !== m) return null;
    return { label: text, start, end: start + DAY_MS };
  }
  return { label: text, start: utc(year, 0), end: utc(year + 1, 0) };
}

/** The period a pulse closing at `closedAt` is compared with (see the rule above), or null. */
export function periodForClose(labels: readonly string[], closedAt: number): PeriodRange | null {
  let chosen: PeriodRange | null = null;
  for (const label of labels) {
    const p = parsePeriod(label);
    if (p === null || p.start > closedAt || closedAt - p.end > STALE_AFTER_DAYS * DAY_MS) continue;
    const later = chosen === null || p.start > chosen.start;
    const shorterTie = chosen !== null && p.start === chosen.start && p.end < chosen.end;
    if (later || shorterTie) chosen = p;
  }
  return chosen;
}

/** Periods newest first (by start, then shorter first), for lists. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa === null || pb === null) return a.localeCompare(b);
  return pb.start - pa.start || pa.end - pb.end;
}
