import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describe as describeSample,
  meanConfidenceInterval,
  summaryFromHistogram,
  welchTest,
} from '../../../src/analytics/stats';

// R datasets::sleep (Cushny & Peebles 1905, analysed by Student 1908): extra hours of sleep of 10
// patients under two drugs. Reference output from the examples of R's ?t.test:
//   t.test(extra ~ group, data = sleep):
//     Welch Two Sample t-test, t = -1.8608, df = 17.776, p-value = 0.07939,
//     mean in group 1 = 0.75, mean in group 2 = 2.33
//   t.test(extra ~ group, data = sleep, paired = TRUE) (a one-sample t on the differences):
//     t = -4.0621, df = 9, p-value = 0.002833, 95 percent CI -2.4598858 -0.7001142,
//     mean of the differences -1.58
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
const differences = drug1.map((x, i) => x - (drug2[i] ?? Number.NaN));

/** Expands a histogram into the list of observations it counts. */
function expand(counts: Map<number, number>): number[] {
  return [...counts.entries()].flatMap(([value, count]) => Array<number>(count).fill(value));
}

describe('describe', () => {
  it('matches the group means of R sleep (0.75 and 2.33) and the mean difference (-1.58)', () => {
    expect(describeSample(drug1).mean).toBeCloseTo(0.75, 3);
    expect(describeSample(drug2).mean).toBeCloseTo(2.33, 3);
    expect(describeSample(differences).mean).toBeCloseTo(-1.58, 3);
  });

  it('uses the n − 1 denominator: 2, 4, 4, 4, 5, 5, 7, 9 has variance 32/7', () => {
    const d = describeSample([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(d).toMatchObject({ n: 8, mean: 5 });
    expect(d.variance).toBeCloseTo(32 / 7, 12);
    expect(d.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('returns null where not computable: empty input and n = 1', () => {
    const empty = describeSample([]);
    expect(empty.n).toBe(0);
    expect(empty.mean).toBeNull();
    expect(empty.variance).toBeNull();
    const one = describeSample([3]);
    expect(one.mean).toBe(3);
    expect(one.variance).toBeNull();
    expect(one.sd).toBeNull();
  });

  it('gives variance 0 for identical values', () => {
    expect(describeSample([0.1, 0.1, 0.1]).variance).toBe(0);
  });
});

describe('summaryFromHistogram', () => {
  it('summarises a 1–5 rating histogram (object or Map) like describe on the expanded answers', () => {
    const counts = new Map([
      [1, 2],
      [3, 5],
      [5, 3],
    ]);
    const raw = describeSample(expand(counts));
    for (const input of [counts, { 1: 2, 3: 5, 5: 3 }]) {
      const s = summaryFromHistogram(input);
      expect(s).toMatchObject({ n: 10, sum: 32, sumSq: 122 });
      expect(s.mean).toBeCloseTo(raw.mean ?? Number.NaN, 12);
      expect(s.variance).toBeCloseTo(raw.variance ?? Number.NaN, 12);
      expect(s.sd).toBeCloseTo(raw.sd ?? Number.NaN, 12);
    }
  });

  it('ignores zero counts and handles n = 0 and n = 1', () => {
    expect(summaryFromHistogram({ 2: 0, 4: 3 }).variance).toBe(0);
    const empty = summaryFromHistogram({});
    expect(empty).toMatchObject({ n: 0, sum: 0, sumSq: 0 });
    expect(empty.mean).toBeNull();
    const one = summaryFromHistogram(new Map([[4, 1]]));
    expect(one.mean).toBe(4);
    expect(one.variance).toBeNull();
  });

  it('rejects negative or non-finite counts', () => {
    expect(() => summaryFromHistogram({ 3: -1 })).toThrow(RangeError);
    expect(() => summaryFromHistogram(new Map([[Number.NaN, 1]]))).toThrow(RangeError);
  });

  it('equals describe on the expanded data (property)', () => {
    const histogram = fc.array(fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 30 })));
    fc.assert(
      fc.property(histogram, (pairs) => {
        const counts = new Map<number, number>();
        for (const [value, count] of pairs) counts.set(value, (counts.get(value) ?? 0) + count);
        const s = summaryFromHistogram(counts);
        const raw = describeSample(expand(counts));
        expect(s.n).toBe(raw.n);
        for (const key of ['mean', 'variance', 'sd'] as const) {
          const expected = raw[key];
          if (expected === null) expect(s[key]).toBeNull();
          else expect(s[key]).toBeCloseTo(expected, 10);
        }
      }),
    );
  });
});

describe('meanConfidenceInterval', () => {
  it('matches R paired t.test on sleep: 95% CI -2.4598858 to -0.7001142', () => {
    const ci = meanConfidenceInterval(describeSample(differences));
    expect(ci?.low).toBeCloseTo(-2.4598858, 6);
    expect(ci?.high).toBeCloseTo(-0.7001142, 6);
    expect(ci?.halfWidth).toBeCloseTo((-0.7001142 - -2.4598858) / 2, 6);
  });

  it('narrows as the level drops and is symmetric about the mean', () => {
    const s = { n: 12, mean: 3.2, sd: 1.1 };
    const ci95 = meanConfidenceInterval(s);
    const ci80 = meanConfidenceInterval(s, 0.8);
    expect(ci80?.halfWidth).toBeLessThan(ci95?.halfWidth ?? Number.NaN);
    expect(((ci95?.low ?? Number.NaN) + (ci95?.high ?? Number.NaN)) / 2).toBeCloseTo(3.2, 12);
  });

  it('is null (not computable) for n < 2 and zero-width for sd = 0', () => {
    expect(meanConfidenceInterval({ n: 1, mean: 4, sd: null })).toBeNull();
    expect(meanConfidenceInterval({ n: 0, mean: null, sd: null })).toBeNull();
    expect(meanConfidenceInterval({ n: 5, mean: 4, sd: Number.NaN })).toBeNull();
    expect(meanConfidenceInterval({ n: 5, mean: 4, sd: Number.POSITIVE_INFINITY })).toBeNull();
    expect(meanConfidenceInterval({ n: 5, mean: 4, sd: 0 })).toEqual({ low: 4, high: 4, halfWidth: 0 });
  });

  it('rejects a level outside (0, 1)', () => {
    expect(() => meanConfidenceInterval({ n: 5, mean: 0, sd: 1 }, 1)).toThrow(RangeError);
    expect(() => meanConfidenceInterval({ n: 5, mean: 0, sd: 1 }, 0)).toThrow(RangeError);
  });
});

describe('welchTest', () => {
  it('matches R t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p = 0.07939', () => {
    const result = welchTest(describeSample(drug1), describeSample(drug2));
    expect(result?.t).toBeCloseTo(-1.8608, 4);
    expect(result?.df).toBeCloseTo(17.776, 3);
    expect(result?.p).toBeCloseTo(0.07939, 5);
  });

  it('gives the same result from a histogram summary', () => {
    const a = new Map([
      [2, 3],
      [3, 4],
      [4, 1],
    ]);
    const b = new Map([
      [3, 2],
      [4, 5],
      [5, 4],
    ]);
    const fromRaw = welchTest(describeSample(expand(a)), describeSample(expand(b)));
    const fromHistogram = welchTest(summaryFromHistogram(a), summaryFromHistogram(b));
    expect(fromRaw).not.toBeNull();
    expect(fromHistogram?.t).toBeCloseTo(fromRaw?.t ?? Number.NaN, 12);
    expect(fromHistogram?.df).toBeCloseTo(fromRaw?.df ?? Number.NaN, 9);
    expect(fromHistogram?.p).toBeCloseTo(fromRaw?.p ?? Number.NaN, 12);
  });

  it('is antisymmetric in t and symmetric in df and p (property)', () => {
    const sample = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const ab = welchTest(describeSample(x), describeSample(y));
        const ba = welchTest(describeSample(y), describeSample(x));
        if (ab === null) {
          // not `return expect(…)`: a property that returns a falsy value fails
          expect(ba).toBeNull();
          return;
        }
        if (ba === null) throw new Error('welchTest(y, x) is null but welchTest(x, y) is not');
        expect(ba.t).toBeCloseTo(-ab.t, 12);
        expect(ba.df).toBeCloseTo(ab.df, 9);
        expect(ba.p).toBeCloseTo(ab.p, 12);
        expect(ab.p).toBeGreaterThanOrEqual(0);
        expect(ab.p).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is null (not computable) when a sample has n < 2 or both variances are 0', () => {
    expect(welchTest({ n: 1, mean: 3, variance: null }, { n: 5, mean: 4, variance: 1 })).toBeNull();
    expect(welchTest({ n: 5, mean: 3, variance: Number.NaN }, { n: 5, mean: 4, variance: 1 })).toBeNull();
    expect(welchTest({ n: 4, mean: 3, variance: 0 }, { n: 5, mean: 4, variance: 0 })).toBeNull();
  });

  it('is defined when one sample has no spread: a one-sample t test of the other (df = n − 1)', () => {
    // The one-sample t of the varying sample against the constant one's mean 5.
    const varying = describeSample([2, 3, 3, 4, 4, 5]);
    const result = welchTest(varying, { n: 7, mean: 5, variance: 0 });
    expect(result?.df).toBeCloseTo(5, 12);
    expect(result?.t).toBeCloseTo((3.5 - 5) / Math.sqrt((varying.variance ?? Number.NaN) / 6), 12);
    expect(Number.isFinite(result?.p)).toBe(true);
  });
});
