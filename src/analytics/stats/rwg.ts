import { describe } from './describe';
import { rwgFromSummary } from './rwg-from-summary';

/**
 * Single-item within-group agreement r_wg of one group's ratings of one target:
 *
 *   r_wg = 1 − s² / σ²_EU,  σ²_EU = (A² − 1) / 12,  s² = Σ(x − x̄)² / (n − 1)
 *
 * James, Demaree & Wolf (1984), "Estimating within-group interrater reliability with and without
 * response bias", Journal of Applied Psychology 69(1), 85–98, with the uniform null distribution.
 * Truncated to [0, 1] as is conventional: s² > σ²_EU is treated as s² = σ²_EU, so r_wg = 0
 * (see `rwgFromSummary`).
 *
 * @param ratings - the group members' ratings on an A-point scale.
 * @param scalePoints - number of response options A (5 for a 1–5 scale).
 * @returns r_wg in [0, 1]; null (not computable) for fewer than 2 ratings.
 * @throws RangeError when scalePoints is not an integer ≥ 2.
 */
export function rwg(ratings: readonly number[], scalePoints: number): number | null {
  return rwgFromSummary(describe(ratings), scalePoints);
}
