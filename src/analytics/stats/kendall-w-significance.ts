import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';

/** Large-sample test of Kendall's W against H₀: no agreement. */
export interface KendallWSignificance {
  /** χ² = m (n − 1) W, Friedman's statistic. */
  chiSquare: number;
  /** n − 1. */
  df: number;
  /** Upper-tail p-value P(χ²_df ≥ chiSquare). */
  p: number;
}

/**
 * Significance of Kendall's W for m raters and n items: under H₀ (raters' rankings independent),
 * χ² = m (n − 1) W is approximately χ²-distributed with n − 1 degrees of freedom (Kendall & Babington
 * Smith 1939; Siegel & Castellan 1988, §9.4; the same statistic as the Friedman test). The
 * approximation is reliable for n > 7; for small n use exact tables.
 *
 * @param w - Kendall's W (tie-corrected or not, as computed by `kendallW`); null when not computable.
 * @param m - number of raters.
 * @param n - number of ranked items.
 * @returns χ², df and the upper-tail p-value; null (not computable) when w is null or not finite,
 *   n < 2 or m < 1.
 */
export function kendallWSignificance(w: number | null, m: number, n: number): KendallWSignificance | null {
  const df = n - 1;
  if (w === null || !Number.isFinite(w) || !(df >= 1) || !(m >= 1)) return null;
  const chiSquare = m * df * w;
  return { chiSquare, df, p: 1 - chisquareCdf(chiSquare, df) };
}
