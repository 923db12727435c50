/** Σ (t³ − t) over the groups of tied values in one rater's ranks. */
function tieCorrection(ranks: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const r of ranks) counts.set(r, (counts.get(r) ?? 0) + 1);
  let total = 0;
  for (const t of counts.values()) total += t * t * t - t;
  return total;
}

/**
 * Kendall's coefficient of concordance W among m raters ranking the same n items, with the
 * correction for ties:
 *
 *   W = 12 S / ( m² (n³ − n) − m Σ_j T_j ),
 *   S = Σ_i (R_i − m(n + 1)/2)²,  R_i = Σ_j r_ji,  T_j = Σ (t³ − t) over tie groups of rater j
 *
 * Kendall & Babington Smith (1939), "The problem of m rankings", Annals of Mathematical Statistics
 * 10(3); tie correction as in Siegel & Castellan (1988), "Nonparametric Statistics for the Behavioral
 * Sciences", 2nd ed., §9.4. W = 1 is perfect agreement, 0 none. Without ties T_j = 0.
 *
 * The input must be ranks (1..n per rater, ties as average ranks); use `rankWithTies` to turn
 * scores into ranks.
 *
 * @param ranks - ranks[j][i] is rater j's rank of item i (m rows of equal length n).
 * @returns W in [0, 1]; null (not computable) when n < 2, there are no raters, or every rater ties all items
 *   (the denominator is 0).
 * @throws RangeError when rows differ in length, or a row is not a ranking (its ranks do not sum to
 *   n(n + 1)/2, the sum of any ranking with average ranks for ties).
 */
export function kendallW(ranks: readonly (readonly number[])[]): number | null {
  const m = ranks.length;
  const n = ranks[0]?.length ?? 0;
  const expectedRowSum = (n * (n + 1)) / 2;
  for (const row of ranks) {
    if (row.length !== n) throw new RangeError('every rater must rank the same number of items');
    const rowSum = row.reduce((acc, r) => acc + r, 0);
    if (!(Math.abs(rowSum - expectedRowSum) <= 1e-9 * Math.max(1, expectedRowSum))) {
      throw new RangeError(`a row sums to ${rowSum}, not ${expectedRowSum}: pass ranks (see rankWithTies)`);
    }
  }
  if (m === 0 || n < 2) return null;
  const meanRankSum = (m * (n + 1)) / 2;
  let s = 0;
  for (let i = 0; i < n; i += 1) {
    let rankSum = 0;
    for (const row of ranks) rankSum += row[i] ?? 0;
    s += (rankSum - meanRankSum) ** 2;
  }
  const ties = ranks.reduce((acc, row) => acc + tieCorrection(row), 0);
  const denominator = m * m * (n * n * n - n) - m * ties;
  if (!(denominator > 0)) return null;
  return Math.min(1, Math.max(0, (12 * s) / denominator));
}
