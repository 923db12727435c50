import { describe, expect, it } from 'vitest';
import { zonedTimeToInstant } from '../../src/util/zoned-time';

describe('zoned time', () => {
  it('finds the instant of a wall-clock time in a zone, across DST', () => {
    expect(
      zonedTimeToInstant(
        { year: 2026, month: 1, day: 12, hour: 10, minute: 0 },
        'Europe/London',
      ).toISOString(),
    ).toBe('2026-01-12T10:00:00.000Z');
    expect(
      zonedTimeToInstant(
        { year: 2026, month: 7, day: 13, hour: 10, minute: 0 },
        'Europe/London',
      ).toISOString(),
    ).toBe('2026-07-13T09:00:00.000Z');
    expect(
      zonedTimeToInstant({ year: 2026, month: 11, day: 23, hour: 10, minute: 0 }, 'Asia/Tokyo').toISOString(),
    ).toBe('2026-11-23T01:00:00.000Z');
  });
});
