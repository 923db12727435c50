/**
 * Which instants a cron expression fires at, in a time zone, with the two DST cases node-cron's
 * own `match` gets wrong for a schedule: a local time the spring change skips (02:30 in
 * Europe/Berlin on the last Sunday of March) never matches any instant, so it would never run; a
 * local time the autumn change repeats matches two instants an hour apart, so it would run twice.
 * Here a skipped local time fires at the first valid instant after it, and a repeated one fires
 * only at its first occurrence.
 */
import cron from 'node-cron';

const MINUTE = 60_000;
/** DST shifts in use today: 30 min (Lord Howe), 60 min (most), 120 min (Troll, Antarctica). */
const SHIFTS_MIN = [30, 60, 120];

type Matcher = { match(date: Date): boolean; destroy(): void };

/** A matcher over wall-clock minutes written as UTC instants (so any zone can be tested). */
function wallMatcher(expression: string): Matcher {
  const task = cron.createTask(expression, () => undefined, { timezone: 'UTC' });
  return { match: (date) => task.match(date), destroy: () => void task.destroy() };
}

/**
 * node-cron's match takes about 40 µs, so a 72-hour scan of every minute blocks the loop for
 * 180 ms (measured); when the minute field is one number only that minute of the wall clock is
 * asked (72 hours then take about 40 ms, mostly reading the wall clock).
 */
function minuteFilter(expression: string): (wallMinute: number) => boolean {
  const field = expression.trim().split(/\s+/)[0] ?? '*';
  if (!/^\d{1,2}$/.test(field)) return () => true;
  const minute = Number(field);
  return (wall) => ((wall % 60) + 60) % 60 === minute;
}

function wallFormat(timezone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
}

/** A cron slot test over whole minutes, in one zone, aware of DST gaps and repeats. */
export function slotTester(expression: string, timezone: string) {
  const cronOnWall = wallMatcher(expression);
  const minuteOk = minuteFilter(expression);
  const format = wallFormat(timezone);
  const wall = (at: number): number => {
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(at))) p[part.type] = Number(part.value);
    return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, (p.hour ?? 0) % 24, p.minute ?? 0) / MINUTE;
  };
  const matches = (w: number) => minuteOk(w) && cronOnWall.match(new Date(w * MINUTE));

  /** A matching wall time that happened before, one DST shift earlier: already fired. */
  const repeated = (at: number, w: number) => SHIFTS_MIN.some((shift) => wall(at - shift * MINUTE) === w);

  /** A skipped wall time (a DST gap just before this minute) that the expression names. */
  function skippedMatch(before: number, w: number): boolean {
    for (let s = before + 1; s < w && s - before <= 180; s++) if (matches(s)) return true;
    return false;
  }

  return {
    /** Whether the minute starting at `at` (ms, a whole minute) is a slot. */
    isSlot(at: number, walls?: { at: number; before: number }): boolean {
      const w = walls?.at ?? wall(at);
      if (matches(w)) return !repeated(at, w);
      const before = walls?.before ?? wall(at - MINUTE);
      return w - before > 1 && skippedMatch(before, w);
    },
    wall,
    destroy: () => cronOnWall.destroy(),
  };
}

/** The latest slot in (from, to] of the cron in the time zone (whole minutes), or null. */
export function lastSlotBetween(expression: string, timezone: string, from: Date, to: Date): Date | null {
  const tester = slotTester(expression, timezone);
  try {
    let t = Math.floor(to.getTime() / MINUTE) * MINUTE;
    let w = tester.wall(t);
    for (; t > from.getTime(); t -= MINUTE) {
      const before = tester.wall(t - MINUTE);
      if (tester.isSlot(t, { at: w, before })) return new Date(t);
      w = before;
    }
    return null;
  } finally {
    tester.destroy();
  }
}
