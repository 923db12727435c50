/**
 * The alignment index (0–100): one number over the three parts of the alignment model, always
 * returned with its parts.
 *
 * ```
 * index = 100 × Σ_p w_p · part_p / Σ_p w_p   over the parts p that can be computed, w_p = 1 (equal)
 *
 * ratingAgreement      = 1 − mean over touchpoints of ε²_t
 *     ε²_t = max(0, 1 − (1 − η²_t)(N_t − 1)/(N_t − k_t)), η²_t = SS_between / SS_total of the 1–5
 *     ratings of touchpoint t grouped by department (k_t shown departments, N_t ratings).
 *     η² is the share of rating variance that department membership explains, so 1 − η² is the
 *     share it does not; Kelley's ε² removes the part k groups explain by chance alone
 *     (E[η²] ≈ (k − 1)/(N − 1) under no difference: 0.18 for 8 teams of 5), so small companies are
 *     not marked down for noise. A mean gap was not used: the largest-minus-smallest mean grows with
 *     the number of departments and with small-group noise.
 * priorityConcordance  = max(0, (m·W − 1)/(m − 1))
 *     the mean Spearman correlation between the m departments' rankings of touchpoints by pick
 *     share, from Kendall's W (Kendall & Babington Smith 1939). Raw W is 1/m under no agreement
 *     (0.5 for two departments); r̄ is 0 for chance agreement whatever m is, so the index does not
 *     jump when a department crosses the anonymity threshold.
 * definitionSimilarity = mean over pairs of departments of 1 − JSD(theme mix a, theme mix b)
 *     Jensen–Shannon divergence in bits (in [0, 1]) between the departments' theme distributions.
 * ```
 *
 * A part that cannot be computed (fewer than two shown departments with ratings, priorities or
 * themes) is reported as null with the reason, and the weights are renormalised over the others.
 * With no part at all the index is null.
 */
import type { AlignmentIndex, IndexPart, IndexPartKey } from './model/index';

/** The parts, in the order renderers show them. */
export const INDEX_PARTS: readonly IndexPartKey[] = [
  'ratingAgreement',
  'priorityConcordance',
  'definitionSimilarity',
];

/** Plain names of the parts. */
export const INDEX_PART_LABELS: Readonly<Record<IndexPartKey, string>> = {
  ratingAgreement: 'rating agreement',
  priorityConcordance: 'priority concordance',
  definitionSimilarity: 'definition similarity',
};

/** Nominal weight of each part (equal); renormalised over the parts that can be computed. */
export const INDEX_WEIGHTS: Readonly<Record<IndexPartKey, number>> = {
  ratingAgreement: 1,
  priorityConcordance: 1,
  definitionSimilarity: 1,
};

/** The formula in one line, for renderers. */
export const ALIGNMENT_INDEX_FORMULA =
  'index = 100 × mean of the parts that can be computed: rating agreement (1 − mean ε² of department ' +
  "over touchpoints), priority concordance (mean Spearman r̄ = (mW − 1)/(m − 1) from Kendall's W), " +
  'definition similarity (mean 1 − Jensen–Shannon divergence of theme mixes)';

/** A part's value, or the reason it has none. */
export type PartInput = { value: number } | { value: null; reason: string };

const usable = (part: PartInput): part is { value: number } =>
  part.value !== null && Number.isFinite(part.value);

/** Combines the parts into the index (see the module comment for the formula). */
export function alignmentIndex(parts: Readonly<Record<IndexPartKey, PartInput>>): AlignmentIndex {
  const totalWeight = INDEX_PARTS.reduce(
    (acc, key) => acc + (usable(parts[key]) ? INDEX_WEIGHTS[key] : 0),
    0,
  );
  const partOf = (key: IndexPartKey): IndexPart => {
    const part = parts[key];
    if (!usable(part))
      return { value: null, weight: 0, reason: part.value === null ? part.reason : 'not a number' };
    return {
      value: Math.min(1, Math.max(0, part.value)),
      weight: INDEX_WEIGHTS[key] / totalWeight,
      reason: null,
    };
  };
  const out: Record<IndexPartKey, IndexPart> = {
    ratingAgreement: partOf('ratingAgreement'),
    priorityConcordance: partOf('priorityConcordance'),
    definitionSimilarity: partOf('definitionSimilarity'),
  };
  const value =
    totalWeight > 0
      ? 100 * INDEX_PARTS.reduce((acc, key) => acc + out[key].weight * (out[key].value ?? 0), 0)
      : null;
  return { value, parts: out, formula: ALIGNMENT_INDEX_FORMULA };
}
