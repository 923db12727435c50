import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describe as describeSample,
  rwg,
  rwgFromSummary,
  rwgj,
  uniformNullVariance,
} from '../../../src/analytics/stats';

// No small published data set with an rwg value was found (the R `multilevel` examples use the
// 2042-row lq2002 data), so the values below are hand-worked from James, Demaree & Wolf (1984),
// Journal of Applied Psychology 69(1), 85–98, with the arithmetic written out; the null variance is
// checked against published values.

describe('uniformNullVariance', () => {
  it('is 2 for a 5-point scale (James et al. 1984; R multilevel::rwg docs: "The value of 2 ... 5 response options")', () => {
    expect(uniformNullVariance(5)).toBe(2);
  });

  it('matches the uniform column of the LeBreton & Senter (2008) null-variance table (7 → 4.00, 9 → 6.67, 11 → 10.00)', () => {
    expect(uniformNullVariance(7)).toBeCloseTo(4, 2);
    expect(uniformNullVariance(9)).toBeCloseTo(6.67, 2);
    expect(uniformNullVariance(11)).toBeCloseTo(10, 2);
  });

  it('rejects fewer than 2 or fractional scale points', () => {
    expect(() => uniformNullVariance(1)).toThrow(RangeError);
    expect(() => uniformNullVariance(4.5)).toThrow(RangeError);
  });
});

describe('rwg', () => {
  it('hand-worked: ratings 3, 4, 4, 5 on a 1–5 scale', () => {
    // mean 4; squared deviations 1 + 0 + 0 + 1 = 2; s² = 2 / (4 − 1) = 2/3; σ²_EU = (25 − 1)/12 = 2;
    // rwg = 1 − (2/3)/2 = 2/3.
    expect(rwg([3, 4, 4, 5], 5)).toBeCloseTo(0.667, 3);
  });

  it('hand-worked: ratings 2, 4, 4, 6, 6, 7 on a 1–7 scale', () => {
    // mean 29/6; Σx² = 4 + 16 + 16 + 36 + 36 + 49 = 157; SS = 157 − 29²/6 = 101/6; s² = 101/30;
    // σ²_EU = (49 − 1)/12 = 4; rwg = 1 − (101/30)/4 = 19/120 = 0.158.
    expect(rwg([2, 4, 4, 6, 6, 7], 7)).toBeCloseTo(0.158, 3);
  });

  it('is 1 for identical ratings', () => {
    expect(rwg([4, 4, 4, 4], 5)).toBe(1);
  });

  it('truncates to 0 when the variance exceeds the null variance (1, 5, 1, 5: s² = 16/3 > 2)', () => {
    expect(rwg([1, 5, 1, 5], 5)).toBe(0);
  });

  it('is null (not computable) for fewer than 2 ratings', () => {
    expect(rwg([], 5)).toBeNull();
    expect(rwg([3], 5)).toBeNull();
  });

  it('lies in [0, 1] and equals rwgFromSummary on the same data (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 40 }), (ratings) => {
        const value = rwg(ratings, 5);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(rwgFromSummary(describeSample(ratings), 5)).toBe(value);
      }),
    );
  });
});

describe('rwgFromSummary', () => {
  it('equals rwg on the hand-worked example (n = 4, s² = 2/3)', () => {
    expect(rwgFromSummary({ n: 4, variance: 2 / 3 }, 5)).toBeCloseTo(rwg([3, 4, 4, 5], 5) ?? Number.NaN, 12);
  });

  it('is null (not computable) for n < 2 or a missing or non-finite variance', () => {
    expect(rwgFromSummary({ n: 1, variance: 0 }, 5)).toBeNull();
    expect(rwgFromSummary({ n: 5, variance: null }, 5)).toBeNull();
    expect(rwgFromSummary({ n: 5, variance: Number.NaN }, 5)).toBeNull();
  });
});

describe('rwgj', () => {
  it('hand-worked: 3 items rated by 4 members on a 1–5 scale', () => {
    // item variances: [3,4,4,5] → 2/3, [4,4,4,4] → 0, [2,3,4,5] → 5/3; mean s̄² = 7/9;
    // s̄²/σ²_EU = 7/18; rwg(J) = 3·(11/18) / (3·(11/18) + 7/18) = 33/40 = 0.825.
    const items = [
      [3, 4, 4, 5],
      [4, 4, 4, 4],
      [2, 3, 4, 5],
    ];
    expect(rwgj(items, 5)).toBeCloseTo(0.825, 3);
  });

  it('equals rwg for a single item (J = 1)', () => {
    expect(rwgj([[3, 4, 4, 5]], 5)).toBeCloseTo(rwg([3, 4, 4, 5], 5) ?? Number.NaN, 12);
  });

  it('is 1 for identical ratings and truncates to 0 when s̄² ≥ σ²_EU', () => {
    expect(
      rwgj(
        [
          [2, 2, 2],
          [5, 5, 5],
        ],
        5,
      ),
    ).toBe(1);
    // Raw formula with s̄² = 16/3, ratio 8/3, J = 2: 2(1 − 8/3)/(2(1 − 8/3) + 8/3) = 5/2, outside [0, 1].
    expect(
      rwgj(
        [
          [1, 5, 1, 5],
          [1, 5, 1, 5],
        ],
        5,
      ),
    ).toBe(0);
  });

  it('ignores items with fewer than 2 ratings and is null (not computable) when none is left', () => {
    expect(rwgj([[3, 4, 4, 5], [2]], 5)).toBeCloseTo(rwg([3, 4, 4, 5], 5) ?? Number.NaN, 12);
    expect(rwgj([], 5)).toBeNull();
    expect(rwgj([[1], []], 5)).toBeNull();
  });

  it('lies in [0, 1] (property)', () => {
    const items = fc.array(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 12 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(items, (ratingsByItem) => {
        const value = rwgj(ratingsByItem, 7);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }),
    );
  });
});
