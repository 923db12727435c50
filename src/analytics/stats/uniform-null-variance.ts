/**
 * Expected variance of ratings under the uniform ("rectangular") null distribution of random
 * responding on a scale with A equally spaced response options:
 *
 *   σ²_EU = (A² − 1) / 12
 *
 * James, Demaree & Wolf (1984), "Estimating within-group interrater reliability with and without
 * response bias", Journal of Applied Psychology 69(1), 85–98. For a 5-point scale σ²_EU = 2.
 *
 * @param scalePoints - number of response options A (an integer ≥ 2).
 * @returns (A² − 1) / 12.
 * @throws RangeError when A is not an integer ≥ 2 (with one option the null variance is 0).
 */
export function uniformNullVariance(scalePoints: number): number {
  if (!Number.isInteger(scalePoints) || scalePoints < 2) {
    throw new RangeError(`scalePoints ${scalePoints} must be an integer ≥ 2`);
  }
  return (scalePoints * scalePoints - 1) / 12;
}
