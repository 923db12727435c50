/** Sufficient statistics of one group: count, Σx and Σx² (what `COUNT`, `SUM(x)`, `SUM(x*x)` return). */
export interface GroupSums {
  readonly n: number;
  readonly sum: number;
  readonly sumSq: number;
}

/** Relative size below which a sum of squares is indistinguishable from rounding error. */
const ROUNDING = 64 * Number.EPSILON;

/**
 * Eta squared (see `etaSquared`) from per-group sufficient statistics, so it can be computed
 * from a SQL aggregate without loading individual answers:
 *
 *   SS_within  = Σ_g (sumSq_g − sum_g² / n_g)
 *   SS_between = Σ_g n_g (x̄_g − x̄)²,  x̄_g = sum_g / n_g,  x̄ = Σ sum_g / Σ n_g
 *   η² = SS_between / (SS_between + SS_within)
 *
 * (the one-way ANOVA decomposition SS_total = SS_between + SS_within; e.g. Maxwell & Delaney 2004,
 * "Designing Experiments and Analyzing Data", ch. 3). Summing centred group terms instead of
 * ΣΣx² − (Σx)²/N keeps the between part free of cancellation. Sums of squares smaller than the
 * rounding error of the inputs (64 ε · Σx²) are treated as 0, so identical values give null like the
 * raw version. Equals `etaSquared` on the raw data up to floating-point rounding.
 *
 * @param groups - n, Σx and Σx² per group; groups with n = 0 are ignored.
 * @returns η² in [0, 1]; null (not computable) when there are no observations or the total sum of
 *   squares is 0.
 * @throws RangeError when a count is negative or not finite.
 */
export function etaSquaredFromSummaries(groups: readonly GroupSums[]): number | null {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (const g of groups) {
    if (!Number.isFinite(g.n) || g.n < 0) {
      throw new RangeError(`group size ${g.n} must be a finite number ≥ 0`);
    }
    n += g.n;
    sum += g.sum;
    sumSq += g.sumSq;
  }
  if (n === 0) return null;
  const grand = sum / n;
  const noise = ROUNDING * sumSq;
  let between = 0;
  let within = 0;
  for (const g of groups) {
    if (g.n === 0) continue;
    const mean = g.sum / g.n;
    between += g.n * (mean - grand) ** 2;
    const ss = g.sumSq - g.sum * mean;
    if (ss > ROUNDING * g.sumSq) within += ss;
  }
  if (between <= noise) between = 0;
  const total = between + within;
  if (!(total > noise)) return null;
  return Math.min(1, between / total);
}
