/** The six intraclass correlations of Shrout & Fleiss (1979); null where not computable. */
export interface IccResult {
  /** ICC(1,1): one-way random effects, single rating. */
  icc1: number | null;
  /** ICC(2,1): two-way random effects, absolute agreement, single rating. */
  icc2: number | null;
  /** ICC(3,1): two-way mixed effects, consistency, single rating. */
  icc3: number | null;
  /** ICC(1,k): one-way random effects, mean of the k ratings. */
  icc1k: number | null;
  /** ICC(2,k): two-way random effects, mean of the k ratings. */
  icc2k: number | null;
  /** ICC(3,k): two-way mixed effects, mean of the k ratings. */
  icc3k: number | null;
}

const UNDEFINED: IccResult = {
  icc1: null,
  icc2: null,
  icc3: null,
  icc1k: null,
  icc2k: null,
  icc3k: null,
};

/** Fraction with a non-positive denominator → null (not computable). */
function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/**
 * Intraclass correlations for n targets each rated by the same k judges, from the two-way ANOVA mean
 * squares (Shrout & Fleiss 1979, "Intraclass correlations: uses in assessing rater reliability",
 * Psychological Bulletin 86(2), 420–428, Tables 1 and 3):
 *
 *   BMS = k Σ_i (x̄_i· − x̄)² / (n − 1)                 between targets
 *   JMS = n Σ_j (x̄_·j − x̄)² / (k − 1)                 between judges
 *   EMS = Σ_ij (x_ij − x̄_i· − x̄_·j + x̄)² / ((n − 1)(k − 1))   residual
 *   WMS = (SS_judges + SS_residual) / (n (k − 1))      within targets
 *
 *   ICC(1,1) = (BMS − WMS) / (BMS + (k − 1) WMS)       ICC(1,k) = (BMS − WMS) / BMS
 *   ICC(2,1) = (BMS − EMS) / (BMS + (k − 1) EMS + k (JMS − EMS) / n)
 *   ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n)
 *   ICC(3,1) = (BMS − EMS) / (BMS + (k − 1) EMS)       ICC(3,k) = (BMS − EMS) / BMS
 *
 * @param data - data[i][j] is judge j's rating of target i (n rows of equal length k, no missing).
 * @returns the six ICCs; all null when n < 2 or k < 2, and an ICC is null when its denominator is not
 *   positive (e.g. all ratings identical).
 * @throws RangeError when rows differ in length or contain a non-finite value.
 */
export function icc(data: readonly (readonly number[])[]): IccResult {
  const n = data.length;
  const k = data[0]?.length ?? 0;
  for (const row of data) {
    if (row.length !== k) throw new RangeError('every target must be rated by the same k judges');
    if (row.some((x) => !Number.isFinite(x))) throw new RangeError('ratings must be finite numbers');
  }
  if (n < 2 || k < 2) return UNDEFINED;
  const rowMeans = data.map((row) => row.reduce((acc, x) => acc + x, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => data.reduce((acc, row) => acc + (row[j] ?? 0), 0) / n);
  const grand = rowMeans.reduce((acc, x) => acc + x, 0) / n;
  const ssRows = k * rowMeans.reduce((acc, m) => acc + (m - grand) ** 2, 0);
  const ssCols = n * colMeans.reduce((acc, m) => acc + (m - grand) ** 2, 0);
  let ssError = 0;
  data.forEach((row, i) => {
    row.forEach((x, j) => {
      ssError += (x - (rowMeans[i] ?? 0) - (colMeans[j] ?? 0) + grand) ** 2;
    });
  });
  const bms = ssRows / (n - 1);
  const jms = ssCols / (k - 1);
  const ems = ssError / ((n - 1) * (k - 1));
  const wms = (ssCols + ssError) / (n * (k - 1));
  return {
    icc1: ratio(bms - wms, bms + (k - 1) * wms),
    icc2: ratio(bms - ems, bms + (k - 1) * ems + (k * (jms - ems)) / n),
    icc3: ratio(bms - ems, bms + (k - 1) * ems),
    icc1k: ratio(bms - wms, bms),
    icc2k: ratio(bms - ems, bms + (jms - ems) / n),
    icc3k: ratio(bms - ems, bms),
  };
}
