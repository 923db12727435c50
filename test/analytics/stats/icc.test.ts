import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { icc } from '../../../src/analytics/stats';

// Shrout & Fleiss (1979), Psychological Bulletin 86(2), 420–428: the worked example of 6 targets
// (rows) × 4 judges (columns) (their Table 2); the `sf` matrix of R's psych::ICC and DescTools::ICC
// examples. The paper reports the six estimates to two decimals: .17, .29, .71, .44, .62, .91.
const shroutFleiss = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('icc', () => {
  it('matches the estimates published by Shrout & Fleiss (1979) to two decimals (.17, .29, .71, .44, .62, .91)', () => {
    const result = icc(shroutFleiss);
    expect(result.icc1).toBeCloseTo(0.17, 2);
    expect(result.icc2).toBeCloseTo(0.29, 2);
    expect(result.icc3).toBeCloseTo(0.71, 2);
    expect(result.icc1k).toBeCloseTo(0.44, 2);
    expect(result.icc2k).toBeCloseTo(0.62, 2);
    expect(result.icc3k).toBeCloseTo(0.91, 2);
  });

  it('matches DescToolsX icc() on the Shrout & Fleiss data to seven digits (reference/icc.md example)', () => {
    // icc(sf, model, type, unit, method = "anova") printed: twoway/agreement/single 0.2897638,
    // oneway/single 0.1657418, twoway/consistency/single 0.7148407, twoway/agreement/average
    // 0.6200505, oneway/average 0.4427971, twoway/consistency/average 0.9093155.
    const result = icc(shroutFleiss);
    expect(result.icc1).toBeCloseTo(0.1657418, 6);
    expect(result.icc2).toBeCloseTo(0.2897638, 6);
    expect(result.icc3).toBeCloseTo(0.7148407, 6);
    expect(result.icc1k).toBeCloseTo(0.4427971, 6);
    expect(result.icc2k).toBeCloseTo(0.6200505, 6);
    expect(result.icc3k).toBeCloseTo(0.9093155, 6);
  });

  it('is 1 when every judge gives every target the same rating and targets differ', () => {
    const result = icc([
      [1, 1, 1],
      [3, 3, 3],
      [5, 5, 5],
    ]);
    expect(Object.values(result)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('is null (not computable) with fewer than 2 targets or judges, or when all ratings are identical', () => {
    const nan = { icc1: null, icc2: null, icc3: null };
    expect(icc([])).toMatchObject(nan);
    expect(icc([[1, 2, 3]])).toMatchObject(nan);
    expect(icc([[1], [2], [3]])).toMatchObject(nan);
    expect(
      icc([
        [4, 4],
        [4, 4],
      ]),
    ).toMatchObject(nan);
  });

  it('rejects ragged rows and non-finite ratings', () => {
    expect(() => icc([[1, 2], [3]])).toThrow(RangeError);
    expect(() =>
      icc([
        [1, Number.NaN],
        [3, 4],
      ]),
    ).toThrow(RangeError);
  });

  it('ICC(3,1) and ICC(3,k) ignore a constant shift of one judge (consistency), property', () => {
    const ratings = fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }), {
      minLength: 3,
      maxLength: 8,
    });
    fc.assert(
      fc.property(ratings, fc.integer({ min: -3, max: 3 }), (data, shift) => {
        const base = icc(data);
        const shifted = icc(data.map((row) => row.map((x, j) => (j === 0 ? x + shift : x))));
        for (const key of ['icc3', 'icc3k'] as const) {
          // Not computable (a zero denominator, e.g. equal target means for ICC(3,k)) must stay so.
          const expected = base[key];
          if (expected === null) expect(shifted[key]).toBeNull();
          else expect(shifted[key]).toBeCloseTo(expected, 9);
        }
      }),
    );
  });
});
