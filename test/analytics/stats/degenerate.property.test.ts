/**
 * Degenerate data (issue 12): every statistic, on random groups that may be empty, a single value,
 * constant or anything, returns a finite number or null ("not computable"), never NaN or Infinity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describe as describeSample,
  etaSquared,
  etaSquaredFromSummaries,
  icc,
  jensenShannon,
  kendallW,
  kendallWSignificance,
  krippendorffAlpha,
  meanConfidenceInterval,
  rankWithTies,
  rwg,
  rwgFromSummary,
  rwgj,
  summaryFromHistogram,
  welchTest,
} from '../../../src/analytics/stats';
import { runs } from '../../support/fuzz/scale';

const rating = fc.integer({ min: 1, max: 5 });
/** A group: empty, one answer, everyone the same, or anything. */
const group = fc.oneof(
  fc.constant<number[]>([]),
  rating.map((v) => [v]),
  fc.tuple(rating, fc.integer({ min: 2, max: 30 })).map(([v, n]) => Array.from({ length: n }, () => v)),
  fc.array(rating, { maxLength: 30 }),
);
const groups = fc.array(group, { maxLength: 6 });

/** Each number is finite or the value is null; walks objects. */
function definedOrNull(value: unknown, label: string): void {
  if (value === null) return;
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${label} = ${value}`).toBe(true);
    return;
  }
  if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) definedOrNull(v, `${label}.${k}`);
}

const sums = (data: number[][]) =>
  data.map((g) => ({
    n: g.length,
    sum: g.reduce((a, x) => a + x, 0),
    sumSq: g.reduce((a, x) => a + x * x, 0),
  }));

const histogram = (values: number[]) => {
  const h = new Map<number, number>();
  for (const v of values) h.set(v, (h.get(v) ?? 0) + 1);
  return h;
};

describe('statistics on degenerate groups', () => {
  it('describe, the histogram summary, the interval, rwg and Welch are finite or null', () => {
    fc.assert(
      fc.property(group, group, (a, b) => {
        const da = describeSample(a);
        const ha = summaryFromHistogram(histogram(a));
        definedOrNull(da, 'describe');
        definedOrNull(ha, 'summaryFromHistogram');
        definedOrNull(meanConfidenceInterval(da), 'meanConfidenceInterval');
        definedOrNull(rwg(a, 5), 'rwg');
        definedOrNull(rwgFromSummary(ha, 5), 'rwgFromSummary');
        definedOrNull(welchTest(da, describeSample(b)), 'welchTest');
        definedOrNull(welchTest(ha, summaryFromHistogram(histogram(b))), 'welchTest (histograms)');
      }),
      { numRuns: runs(300) },
    );
  });

  it('Welch is null exactly when it cannot be computed, and defined with one constant group', () => {
    fc.assert(
      fc.property(group, group, (a, b) => {
        const da = describeSample(a);
        const db = describeSample(b);
        const result = welchTest(da, db);
        const noSpread = da.variance === 0 && db.variance === 0;
        if (a.length < 2 || b.length < 2 || noSpread) expect(result).toBeNull();
        else expect(result).not.toBeNull();
      }),
      { numRuns: runs(300) },
    );
  });

  it('η², rwg(J), ICC, Kendall W and its test, and alpha are finite or null', () => {
    fc.assert(
      fc.property(groups, (data) => {
        definedOrNull(etaSquared(data), 'etaSquared');
        definedOrNull(etaSquaredFromSummaries(sums(data)), 'etaSquaredFromSummaries');
        definedOrNull(rwgj(data, 5), 'rwgj');
        // Rectangular views of the same data for the rater statistics.
        const k = Math.min(...data.map((g) => g.length), 6);
        const rows = Number.isFinite(k) ? data.map((g) => g.slice(0, k)) : [];
        definedOrNull(icc(rows), 'icc');
        const w = kendallW(rows.map(rankWithTies));
        definedOrNull(w, 'kendallW');
        definedOrNull(kendallWSignificance(w, rows.length, k), 'kendallWSignificance');
        definedOrNull(krippendorffAlpha(data, 'interval'), 'alpha interval');
        definedOrNull(krippendorffAlpha(data, 'ordinal'), 'alpha ordinal');
        definedOrNull(krippendorffAlpha(data, 'ratio'), 'alpha ratio');
      }),
      { numRuns: runs(300) },
    );
  });

  it('JSD is finite or null, including for all-zero (every answer "don\'t know") distributions', () => {
    const weights = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(weights, weights, (p, q) => {
        definedOrNull(jensenShannon(p, q), 'jensenShannon');
      }),
      { numRuns: runs(300) },
    );
    expect(jensenShannon([0, 0, 0], [0, 0, 0])).toBeNull();
  });
});
