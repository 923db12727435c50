/**
 * The open pulse's rounded participation: a multiple of 5 below 100 answers, a multiple of 5% of the
 * invited from 100 on, never above the invited, and one more answer never shows as a step of one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type OpenPulseProgress,
  type RoundedParticipation,
  roundParticipation,
  toOpenPulseLine,
} from '../../../src/analytics/report/index';

/** The figure a reader could take from the rounded participation, as a number of people. */
function said(r: RoundedParticipation, invited: number): number {
  switch (r.kind) {
    case 'none':
      return 0;
    case 'fewer-than-5':
      return 2;
    case 'count':
      return r.about;
    case 'share':
      return (r.percent / 100) * invited;
  }
}

describe('roundParticipation, by example', () => {
  it('rounds a count below 100 to the nearest 5, with its share of the invited', () => {
    expect(roundParticipation(41, 60)).toEqual({ kind: 'count', about: 40, percent: 67 });
    expect(roundParticipation(43, 60)).toEqual({ kind: 'count', about: 45, percent: 75 });
    expect(roundParticipation(3, 60)).toEqual({ kind: 'count', about: 5, percent: 8 });
    expect(roundParticipation(99, 400)).toEqual({ kind: 'count', about: 100, percent: 25 });
  });

  it('from 100 answers on, gives the share of the invited to the nearest 5%', () => {
    expect(roundParticipation(143, 210)).toEqual({ kind: 'share', percent: 70 });
    expect(roundParticipation(100, 100)).toEqual({ kind: 'share', percent: 100 });
    expect(roundParticipation(100, 5000)).toEqual({ kind: 'share', percent: 0 });
  });

  it('never says more than the invited: the largest multiple of 5 that is not above them', () => {
    expect(roundParticipation(18, 18)).toEqual({ kind: 'count', about: 15, percent: 83 });
    expect(roundParticipation(21, 18)).toEqual({ kind: 'count', about: 15, percent: 83 });
    expect(roundParticipation(4, 4)).toEqual({ kind: 'fewer-than-5' });
  });

  it('says none, or fewer than 5, rather than a rounded 0', () => {
    expect(roundParticipation(0, 30)).toEqual({ kind: 'none' });
    expect(roundParticipation(2, 30)).toEqual({ kind: 'fewer-than-5' });
  });

  it('with no invitation recorded, rounds the count alone', () => {
    expect(roundParticipation(12, 0)).toEqual({ kind: 'count', about: 10, percent: null });
    expect(roundParticipation(1234, 0)).toEqual({ kind: 'count', about: 1235, percent: null });
  });

  it('refuses a count that is not a non-negative integer', () => {
    expect(() => roundParticipation(-1, 10)).toThrow(RangeError);
    expect(() => roundParticipation(1.5, 10)).toThrow(RangeError);
    expect(() => roundParticipation(1, Number.NaN)).toThrow(RangeError);
  });
});

describe('roundParticipation, for every count', () => {
  const counts = fc
    .integer({ min: 0, max: 5000 })
    .chain((invited) => fc.tuple(fc.integer({ min: 0, max: invited + 50 }), fc.constant(invited)));

  it('is a multiple of 5 (or of 5%), never above 100% and never above the invited', () => {
    fc.assert(
      fc.property(counts, ([answered, invited]) => {
        const r = roundParticipation(answered, invited);
        if (r.kind === 'count') {
          expect(r.about % 5).toBe(0);
          if (invited > 0) {
            expect(r.about).toBeLessThanOrEqual(invited);
            expect(r.percent).toBeLessThanOrEqual(100);
          }
        }
        if (r.kind === 'share') {
          expect(r.percent % 5).toBe(0);
          expect(r.percent).toBeLessThanOrEqual(100);
          expect(Math.min(answered, invited)).toBeGreaterThanOrEqual(100);
        }
      }),
    );
  });

  it('stays close to the truth: within 5 people below 100, within 2.5% of the invited from 100 on', () => {
    fc.assert(
      fc.property(counts, ([answered, invited]) => {
        const truth = invited > 0 ? Math.min(answered, invited) : answered;
        const r = roundParticipation(answered, invited);
        const tolerance = r.kind === 'share' ? invited * 0.025 + 1e-9 : 5;
        expect(Math.abs(said(r, invited) - truth)).toBeLessThanOrEqual(tolerance);
      }),
    );
  });

  it('one more answer usually changes nothing: never a step of one person, at most one step', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 10, max: 5000 })
          .chain((invited) => fc.tuple(fc.integer({ min: 0, max: invited - 1 }), fc.constant(invited))),
        ([answered, invited]) => {
          const before = roundParticipation(answered, invited);
          const after = roundParticipation(answered + 1, invited);
          if (before.kind === 'count' && after.kind === 'count')
            expect([0, 5]).toContain(Math.abs(after.about - before.about));
          if (before.kind === 'share' && after.kind === 'share')
            expect([0, 5]).toContain(after.percent - before.percent);
        },
      ),
    );
  });

  it('of five more answers in a row, at most one moves the count (from 3 answers, below 100)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 90 }), (start) => {
        const steps = [0, 1, 2, 3, 4, 5].map((k) => roundParticipation(start + k, 1000));
        const moves = steps.slice(1).filter((r, i) => JSON.stringify(r) !== JSON.stringify(steps[i]));
        expect(moves.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('toOpenPulseLine', () => {
  it('keeps everything but the exact answers, which it rounds over the delivered', () => {
    const progress: OpenPulseProgress = {
      pulseId: 7,
      openedAt: 0,
      closesAt: 1_000,
      threshold: 5,
      departmentsShown: 3,
      answered: 41,
      delivered: 60,
      responseRate: 41 / 60,
    };
    const line = toOpenPulseLine(progress);
    expect(line).toEqual({
      pulseId: 7,
      openedAt: 0,
      closesAt: 1_000,
      threshold: 5,
      departmentsShown: 3,
      delivered: 60,
      participation: { kind: 'count', about: 40, percent: 67 },
    });
    expect(JSON.stringify(line)).not.toContain('41');
  });
});
