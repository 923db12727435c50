import tCdf from '@stdlib/stats-base-dists-t-cdf';

/** Result of a two-sided Welch t-test. */
export interface WelchTestResult {
  /** t statistic, (mean_a − mean_b) / √(var_a/n_a + var_b/n_b). */
  t: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  /** Two-sided p-value, 2·P(T_df ≥ |t|). */
  p: number;
}

/** Summary statistics of one sample. */
export interface SampleSummary {
  readonly n: number;
  /** Null when not computable (n = 0). */
  readonly mean: number | null;
  /** Sample variance (n − 1 denominator); null when not computable. */
  readonly variance: number | null;
}

/**
 * Welch's unequal-variances t-test of H₀: μ_a = μ_b, two-sided, from summary statistics only.
 *
 *   t  = (x̄_a − x̄_b) / √(s_a²/n_a + s_b²/n_b)
 *   df = (s_a²/n_a + s_b²/n_b)² / [ (s_a²/n_a)²/(n_a − 1) + (s_b²/n_b)²/(n_b − 1) ]
 *   p  = 2 · F_t(−|t|; df)
 *
 * Welch (1947), "The generalization of 'Student's' problem when several different population
 * variances are involved", Biometrika 34; Satterthwaite (1946) for df. This is R's default
 * `t.test(x, y)`.
 *
 * With one variance 0 and the other > 0 the test is defined (df = n − 1 of the varying sample).
 *
 * @param a - n, mean and sample variance of the first sample (variance null when not computable).
 * @param b - n, mean and sample variance of the second sample.
 * @returns t, df and p; null (not computable) when either n < 2, an input is null or not finite, or
 *   both variances are 0 (the standard error is 0, so t is undefined: the difference of the means is
 *   then exact, and the caller decides what it means).
 */
export function welchTest(a: SampleSummary, b: SampleSummary): WelchTestResult | null {
  if (!(a.n >= 2 && b.n >= 2)) return null;
  const { mean: ma, variance: sa } = a;
  const { mean: mb, variance: sb } = b;
  if (ma === null || mb === null || sa === null || sb === null) return null;
  if (![ma, mb, sa, sb].every(Number.isFinite)) return null;
  const va = sa / a.n;
  const vb = sb / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const t = (ma - mb) / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const p = Math.min(1, 2 * tCdf(-Math.abs(t), df));
  return { t, df, p };
}
