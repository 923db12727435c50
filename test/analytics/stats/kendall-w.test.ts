import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallW, kendallWSignificance, rankWithTies } from '../../../src/analytics/stats';

// Siegel & Castellan (1988), "Nonparametric Statistics for the Behavioral Sciences", 2nd ed.: 3 raters
// rank 8 attributes, no ties. As reproduced in the DescToolsX kendallW() example
// (reference/kendallW.md, data frame `d.att`, here transposed to raters × items):
// W = 0.6560847, Kendall chi-squared = 13.778, df = 7, p-value = 0.05528.
const siegelCastellan = [
  [5, 6, 7, 1, 2, 4, 3, 8],
  [1, 7, 6, 2, 3, 5, 4, 8],
  [4, 5, 1, 3, 2, 7, 6, 8],
];

// The `anxiety` data of R's irr package (20 subjects rated by 3 raters on a 1–6 scale, with many
// ties), as in the DescToolsX kendallW() example: kendallW(anxiety, correct = TRUE) = 0.5396569,
// Kendall chi-squared = 30.76, df = 19, p-value = 0.04288. (irr::kendall(anxiety, TRUE) prints
// Wt = 0.54, Chisq(19) = 30.8, p-value = 0.0429.) Rows here are raters; scores are ranked first.
const anxiety = [
  [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3],
  [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4],
  [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2],
];

describe('rankWithTies', () => {
  it('gives average ranks to ties, 1 = smallest (R: rank(c(10, 20, 20, 30)) = 1, 2.5, 2.5, 4)', () => {
    expect(rankWithTies([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(rankWithTies([3, 1, 2])).toEqual([3, 1, 2]);
    expect(rankWithTies([7, 7, 7])).toEqual([2, 2, 2]);
    expect(rankWithTies([])).toEqual([]);
  });

  it('rejects NaN', () => {
    expect(() => rankWithTies([1, Number.NaN])).toThrow(RangeError);
  });

  it('always sums to n(n + 1)/2 and keeps order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }), (values) => {
        const ranks = rankWithTies(values);
        const n = values.length;
        expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo((n * (n + 1)) / 2, 9);
        values.forEach((v, i) => {
          values.forEach((w, j) => {
            if (v < w) expect(ranks[i]).toBeLessThan(ranks[j] ?? Number.NaN);
          });
        });
      }),
    );
  });
});

describe('kendallW', () => {
  it('matches Siegel & Castellan (1988) without ties: W = 0.656 (DescToolsX kendallW example)', () => {
    expect(kendallW(siegelCastellan)).toBeCloseTo(0.6560847, 6);
  });

  it('matches the irr `anxiety` data with the tie correction: W = 0.540 (DescToolsX kendallW example)', () => {
    expect(kendallW(anxiety.map(rankWithTies))).toBeCloseTo(0.5396569, 6);
  });

  it('is 1 when all raters agree and 0 when rank sums are all equal', () => {
    expect(
      kendallW([
        [1, 2, 3],
        [1, 2, 3],
      ]),
    ).toBe(1);
    expect(
      kendallW([
        [1, 2, 3],
        [2, 3, 1],
        [3, 1, 2],
      ]),
    ).toBe(0);
  });

  it('is null (not computable) with no raters, a single item, or when every rater ties everything', () => {
    expect(kendallW([])).toBeNull();
    expect(kendallW([[1], [1]])).toBeNull();
    expect(
      kendallW([
        [2, 2, 2],
        [2, 2, 2],
      ]),
    ).toBeNull();
  });

  it('rejects rows of different length and raw scores that are not ranks', () => {
    expect(() =>
      kendallW([
        [1, 2, 3],
        [1, 2],
      ]),
    ).toThrow(RangeError);
    expect(() => kendallW(anxiety)).toThrow(RangeError);
  });

  it('lies in [0, 1] for any ranked scores (property)', () => {
    const scores = fc.integer({ min: 2, max: 8 }).chain((n) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }), {
        minLength: 1,
        maxLength: 6,
      }),
    );
    fc.assert(
      fc.property(scores, (rows) => {
        const w = kendallW(rows.map(rankWithTies));
        if (w === null) return;
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('kendallWSignificance', () => {
  it('matches Siegel & Castellan (1988) via DescToolsX: chi-squared = 13.778, df = 7, p = 0.05528', () => {
    const result = kendallWSignificance(kendallW(siegelCastellan), 3, 8);
    expect(result?.chiSquare).toBeCloseTo(13.778, 3);
    expect(result?.df).toBe(7);
    expect(result?.p).toBeCloseTo(0.05528, 5);
  });

  it('matches the irr `anxiety` data via DescToolsX: chi-squared = 30.76, df = 19, p = 0.04288', () => {
    const result = kendallWSignificance(kendallW(anxiety.map(rankWithTies)), 3, 20);
    expect(result?.chiSquare).toBeCloseTo(30.76, 2);
    expect(result?.df).toBe(19);
    expect(result?.p).toBeCloseTo(0.04288, 5);
  });

  it('is null (not computable) for an undefined W or fewer than 2 items', () => {
    expect(kendallWSignificance(null, 3, 5)).toBeNull();
    expect(kendallWSignificance(Number.NaN, 3, 5)).toBeNull();
    expect(kendallWSignificance(0.5, 3, 1)).toBeNull();
  });
});
