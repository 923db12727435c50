import { describe } from './describe';
import { uniformNullVariance } from './uniform-null-variance';

/**
 * Multi-item within-group agreement r_wg(J) of a group's ratings of one target on a J-item scale:
 *
 *   r_wg(J) = J (1 − s̄²/σ²_EU) / [ J (1 − s̄²/σ²_EU) + s̄²/σ²_EU ],  σ²_EU = (A² − 1) / 12
 *
 * where s̄² is the mean of the J item variances (each with the n − 1 denominator). James, Demaree &
 * Wolf (1984), Journal of Applied Psychology 69(1), 85–98, eq. for r_wg(J) with the uniform null.
 *
 * Truncation: the formula leaves [0, 1] when s̄² > σ²_EU (it can even exceed 1); following James et
 * al. (1984) and LeBreton & Senter (2008, Organizational Research Methods 11(4)) s̄² is then set to
 * σ²_EU, which gives r_wg(J) = 0. The result is therefore always in [0, 1].
 *
 * Items with fewer than 2 ratings carry no variance information and are left out; J counts the
 * remaining items.
 *
 * @param ratingsByItem - ratingsByItem[j] holds the group members' ratings of item j.
 * @param scalePoints - number of response options A of every item.
 * @returns r_wg(J) in [0, 1]; null (not computable) when no item has at least 2 ratings.
 * @throws RangeError when scalePoints is not an integer ≥ 2.
 */
export function rwgj(ratingsByItem: readonly (readonly number[])[], scalePoints: number): number | null {
  const nullVariance = uniformNullVariance(scalePoints);
  const variances = ratingsByItem
    .filter((item) => item.length >= 2)
    .map((item) => describe(item).variance ?? 0);
  const items = variances.length;
  if (items === 0) return null;
  const meanVariance = variances.reduce((acc, v) => acc + v, 0) / items;
  const ratio = Math.min(1, meanVariance / nullVariance);
  const agreement = items * (1 - ratio);
  return Math.min(1, Math.max(0, agreement / (agreement + ratio)));
}
