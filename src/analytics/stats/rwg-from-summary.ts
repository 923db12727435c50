import { uniformNullVariance } from './uniform-null-variance';

/**
 * Single-item within-group agreement r_wg from a group's rating count and sample variance:
 *
 *   r_wg = 1 − s² / σ²_EU,  σ²_EU = (A² − 1) / 12
 *
 * James, Demaree & Wolf (1984), Journal of Applied Psychology 69(1), 85–98. Truncated to [0, 1] as
 * the authors recommend: when the observed variance exceeds the null variance (s² > σ²_EU, more
 * disagreement than random responding) s² is set to σ²_EU, giving r_wg = 0 (the convention of R's
 * `multilevel::rwg`, Bliese 2000).
 *
 * @param summary - n and sample variance s² (n − 1 denominator, null when not computable).
 * @param scalePoints - number of response options A (5 for a 1–5 scale).
 * @returns r_wg in [0, 1] (1 for a unanimous group); null (not computable) when n < 2 or the variance
 *   is null or not finite.
 * @throws RangeError when scalePoints is not an integer ≥ 2.
 */
export function rwgFromSummary(
  summary: { readonly n: number; readonly variance: number | null },
  scalePoints: number,
): number | null {
  const nullVariance = uniformNullVariance(scalePoints);
  if (!(summary.n >= 2) || summary.variance === null || !Number.isFinite(summary.variance)) return null;
  const ratio = summary.variance / nullVariance;
  return Math.min(1, Math.max(0, 1 - ratio));
}
