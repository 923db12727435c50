/** Sufficient statistics of a sample, as the app aggregates them in SQL, plus the derived moments. */
export interface HistogramSummary {
  /** Number of observations, Σ count. */
  n: number;
  /** Σ value · count. */
  sum: number;
  /** Σ value² · count. */
  sumSq: number;
  /** sum / n; null when n = 0. */
  mean: number | null;
  /** Sample variance (n − 1 denominator); null when n < 2. */
  variance: number | null;
  /** √variance; null when n < 2. */
  sd: number | null;
}

/** A histogram: value (e.g. a 1–5 rating) → how many times it was given. */
export type Histogram = Readonly<Record<number, number>> | ReadonlyMap<number, number>;

function entriesOf(counts: Histogram): [number, number][] {
  if (counts instanceof Map) return [...counts.entries()];
  return Object.entries(counts).map(([key, count]): [number, number] => [Number(key), count]);
}

/**
 * Summarises a frequency table (value → count) without expanding it into individual answers, so a
 * `GROUP BY rating` query is enough to describe a department's ratings.
 *
 * n = Σ c_v, sum = Σ v·c_v, sumSq = Σ v²·c_v, mean = sum / n and the sample variance
 * s² = Σ c_v (v − mean)² / (n − 1), computed in two passes over the (few) distinct values rather than
 * as (sumSq − sum²/n)/(n − 1), which loses precision (Chan, Golub & LeVeque 1983). The result equals
 * `describe` on the expanded data.
 *
 * @param counts - value → count, as a plain object or a Map. Counts must be finite and ≥ 0; zero
 *   counts are ignored.
 * @returns n, sum, sumSq, mean (null when n = 0), variance and sd (null when n < 2).
 * @throws RangeError when a value is not finite or a count is negative or not finite.
 */
export function summaryFromHistogram(counts: Histogram): HistogramSummary {
  const entries = entriesOf(counts);
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (const [value, count] of entries) {
    if (!Number.isFinite(value)) throw new RangeError(`histogram value ${value} is not a finite number`);
    if (!Number.isFinite(count) || count < 0) {
      throw new RangeError(`histogram count ${count} for value ${value} must be a finite number ≥ 0`);
    }
    n += count;
    sum += value * count;
    sumSq += value * value * count;
  }
  if (!(n > 0)) return { n, sum, sumSq, mean: null, variance: null, sd: null };
  // Work on v − v₀ for one observed value v₀ (the "shifted data" method, as in `describe`), so that a
  // histogram with a single value gives exactly 0 spread.
  const shift = entries.find(([, count]) => count > 0)?.[0] ?? 0;
  let shifted = 0;
  for (const [value, count] of entries) shifted += count * (value - shift);
  const shiftedMean = shifted / n;
  const mean = shift + shiftedMean;
  if (!(n >= 2)) return { n, sum, sumSq, mean, variance: null, sd: null };
  let squares = 0;
  for (const [value, count] of entries) squares += count * (value - shift - shiftedMean) ** 2;
  const variance = squares / (n - 1);
  return { n, sum, sumSq, mean, variance, sd: Math.sqrt(variance) };
}
