/** Count, mean and sample spread of a set of values; null marks a figure that is not computable. */
export interface Description {
  /** Number of values. */
  n: number;
  /** Arithmetic mean; null when n = 0. */
  mean: number | null;
  /** Sample variance with the n − 1 denominator; null when n < 2. */
  variance: number | null;
  /** Sample standard deviation, √variance; null when n < 2. */
  sd: number | null;
}

/**
 * Describes a sample: n, mean x̄ = Σx / n, sample variance s² = Σ(x − x̄)² / (n − 1) and sd = √s².
 *
 * The variance is computed with the two-pass algorithm on data shifted by the first value (mean
 * first, then squared deviations), which avoids the cancellation of the one-pass Σx² − (Σx)²/n form
 * and gives exactly 0 for identical values; see Chan, Golub & LeVeque (1983),
 * "Algorithms for computing the sample variance: analysis and recommendations", The American
 * Statistician 37(3).
 *
 * @param values - the observations (finite numbers).
 * @returns n, mean (null when empty), variance and sd (null when n < 2).
 */
export function describe(values: readonly number[]): Description {
  const n = values.length;
  const shift = values[0];
  if (shift === undefined) return { n: 0, mean: null, variance: null, sd: null };
  // Work on x − x₁ (the "shifted data" method) so identical values give exactly 0 spread.
  let sum = 0;
  for (const x of values) sum += x - shift;
  const shiftedMean = sum / n;
  const mean = shift + shiftedMean;
  if (n < 2) return { n, mean, variance: null, sd: null };
  let squares = 0;
  for (const x of values) squares += (x - shift - shiftedMean) ** 2;
  const variance = squares / (n - 1);
  return { n, mean, variance, sd: Math.sqrt(variance) };
}
