import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** A two-sided confidence interval for a mean. */
export interface ConfidenceInterval {
  /** mean − halfWidth. */
  low: number;
  /** mean + halfWidth. */
  high: number;
  /** t_{(1+level)/2, n−1} · sd / √n. */
  halfWidth: number;
}

/**
 * Two-sided Student's t confidence interval for a population mean, from summary statistics only:
 *
 *   mean ± t_{(1 + level)/2, n − 1} · sd / √n
 *
 * (Student 1908, "The probable error of a mean", Biometrika 6(1); the interval R's `t.test` reports).
 *
 * @param summary - n, mean and sample sd (n − 1 denominator) of the sample; null where not computable.
 * @param level - confidence level in (0, 1); 0.95 by default.
 * @returns low, high and halfWidth (0 wide when sd = 0); null (not computable) when n < 2 or the mean
 *   or sd is null or not finite.
 * @throws RangeError when level is not strictly between 0 and 1.
 */
export function meanConfidenceInterval(
  summary: { readonly n: number; readonly mean: number | null; readonly sd: number | null },
  level = 0.95,
): ConfidenceInterval | null {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level ${level} must be in (0, 1)`);
  const { n, mean, sd } = summary;
  if (!(n >= 2) || mean === null || sd === null || !Number.isFinite(mean) || !Number.isFinite(sd))
    return null;
  const halfWidth = tQuantile((1 + level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { low: mean - halfWidth, high: mean + halfWidth, halfWidth };
}
