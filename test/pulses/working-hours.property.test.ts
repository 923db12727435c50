import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKING_HOURS,
  insideWorkingHours,
  invitationInstant,
  REMINDER_QUIET_MS,
  reminderInstant,
  zoneOrFallback,
} from '../../src/util/working-hours';
import { wallClock } from '../../src/util/zoned-time';

const HOUR = 3_600_000;
const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Asia/Tokyo',
  'Pacific/Auckland',
  'Pacific/Kiritimati',
  'America/St_Johns',
  'Pacific/Honolulu',
  'America/Los_Angeles',
];
/** Around the 2026 DST change days: US 8 March and 1 November, EU 29 March and 25 October. */
const DST_DAYS = ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01'].map((d) =>
  Date.parse(`${d}T00:00:00Z`),
);

const instant = fc.oneof(
  fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') }),
  fc
    .tuple(fc.constantFrom(...DST_DAYS), fc.integer({ min: -48 * HOUR, max: 48 * HOUR }))
    .map(([d, o]) => d + o),
);
const zone = fc.constantFrom(...ZONES);

function localMinute(at: Date, tz: string): { minute: number; weekday: number } {
  const w = wallClock(at, tz);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() || 7;
  return { minute: w.hour * 60 + w.minute, weekday };
}

describe('working hours: invitation instant', () => {
  it('lands inside working hours and while the pulse is open, or at the open when there is none', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 24 * 7 }),
        fc.integer({ min: -24, max: 24 }),
        zone,
        (open, closeH, desiredH, tz) => {
          const opensAt = new Date(open);
          const closesAt = new Date(open + closeH * HOUR);
          const desired = new Date(open + desiredH * HOUR);
          const got = invitationInstant({ desired, opensAt, closesAt }, tz, DEFAULT_WORKING_HOURS);
          if (got.noWorkingHour) {
            expect(got.at.getTime()).toBe(opensAt.getTime());
            return;
          }
          expect(got.at.getTime()).toBeGreaterThanOrEqual(Math.max(open, desired.getTime()));
          expect(got.at.getTime()).toBeLessThan(closesAt.getTime());
          const { minute, weekday } = localMinute(got.at, tz);
          expect(weekday).toBeLessThanOrEqual(5);
          expect(minute).toBeGreaterThanOrEqual(9 * 60);
          expect(minute).toBeLessThan(18 * 60);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps the desired instant when it is ahead and inside working hours', () => {
    fc.assert(
      fc.property(instant, zone, fc.integer({ min: 0, max: 12 * HOUR }), (open, tz, ahead) => {
        const desired = new Date(open + ahead);
        fc.pre(insideWorkingHours(desired, tz, DEFAULT_WORKING_HOURS));
        const window = { desired, opensAt: new Date(open), closesAt: new Date(open + 72 * HOUR) };
        expect(invitationInstant(window, tz, DEFAULT_WORKING_HOURS).at.getTime()).toBe(desired.getTime());
      }),
    );
  });

  it('says there is no working hour only when none lies between open and close', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 72 }), zone, (open, closeH, tz) => {
        const window = {
          desired: new Date(open),
          opensAt: new Date(open),
          closesAt: new Date(open + closeH * HOUR),
        };
        const got = invitationInstant(window, tz, DEFAULT_WORKING_HOURS);
        const anyInside = Array.from({ length: closeH * 4 }, (_, i) => new Date(open + i * 15 * 60_000)).some(
          (t) => insideWorkingHours(t, tz, DEFAULT_WORKING_HOURS),
        );
        if (anyInside) expect(got.noWorkingHour).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});

describe("working hours: the issue's cases", () => {
  const monday1417 = new Date('2026-12-07T14:17:00Z');
  const window = {
    desired: monday1417,
    opensAt: monday1417,
    closesAt: new Date(monday1417.getTime() + 72 * HOUR),
  };

  it('invites New York and Berlin at once and Tokyo at 09:00 Tokyo the next weekday', () => {
    expect(invitationInstant(window, 'America/New_York', DEFAULT_WORKING_HOURS).at).toEqual(monday1417);
    expect(invitationInstant(window, 'Europe/Berlin', DEFAULT_WORKING_HOURS).at).toEqual(monday1417);
    expect(invitationInstant(window, 'Asia/Tokyo', DEFAULT_WORKING_HOURS).at.toISOString()).toBe(
      '2026-12-08T00:00:00.000Z',
    );
  });

  it('a Friday-evening open in Tokyo waits for Monday 09:00 Tokyo', () => {
    const friday = new Date('2026-12-11T10:00:00Z'); // 19:00 Friday in Tokyo
    const w = { desired: friday, opensAt: friday, closesAt: new Date(friday.getTime() + 96 * HOUR) };
    expect(invitationInstant(w, 'Asia/Tokyo', DEFAULT_WORKING_HOURS).at.toISOString()).toBe(
      '2026-12-14T00:00:00.000Z',
    );
  });

  it('Honolulu and Los Angeles with a short window are invited at once and counted', () => {
    const open = new Date('2026-12-07T09:00:00Z'); // 23:00 Sunday Honolulu, 01:00 Monday Los Angeles
    const w = { desired: open, opensAt: open, closesAt: new Date(open.getTime() + 4 * HOUR) };
    for (const tz of ['Pacific/Honolulu', 'America/Los_Angeles']) {
      expect(invitationInstant(w, tz, DEFAULT_WORKING_HOURS)).toEqual({ at: open, noWorkingHour: true });
    }
  });

  it('09:00 on the DST change Mondays is 09:00 on the wall clock', () => {
    const sunday = new Date('2026-03-29T12:00:00Z'); // EU change day
    const w = { desired: sunday, opensAt: sunday, closesAt: new Date(sunday.getTime() + 48 * HOUR) };
    expect(invitationInstant(w, 'Europe/Berlin', DEFAULT_WORKING_HOURS).at.toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    const usSunday = new Date('2026-03-08T12:00:00Z');
    const u = { desired: usSunday, opensAt: usSunday, closesAt: new Date(usSunday.getTime() + 48 * HOUR) };
    expect(invitationInstant(u, 'America/New_York', DEFAULT_WORKING_HOURS).at.toISOString()).toBe(
      '2026-03-09T13:00:00.000Z',
    );
  });

  it('an unknown or missing zone falls back to the workspace zone', () => {
    expect(zoneOrFallback('Mars/Olympus_Mons', 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneOrFallback(null, 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneOrFallback('Asia/Tokyo', 'Europe/Berlin')).toBe('Asia/Tokyo');
  });
});

describe('working hours: reminders', () => {
  it('never in the last hour before close, always inside working hours', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 96 }), zone, (now, closeH, tz) => {
        const closesAt = new Date(now + closeH * HOUR);
        const at = reminderInstant(new Date(now), new Date(now), closesAt, tz, DEFAULT_WORKING_HOURS);
        if (at === null) return;
        expect(at.getTime()).toBeLessThan(closesAt.getTime() - REMINDER_QUIET_MS);
        expect(insideWorkingHours(at, tz, DEFAULT_WORKING_HOURS)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
