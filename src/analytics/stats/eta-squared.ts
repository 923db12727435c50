/**
 * Eta squared of a one-way layout: the share of the total variance explained by group membership,
 *
 *   η² = SS_between / SS_total,
 *   SS_between = Σ_g n_g (x̄_g − x̄)²,  SS_total = Σ_g Σ_i (x_gi − x̄)²,
 *
 * with x̄ the grand mean (Pearson 1905; Cohen 1973, "Eta-squared and partial eta-squared in fixed
 * factor ANOVA designs", Educational and Psychological Measurement 33). For a one-way ANOVA it equals
 * the R² of `lm(y ~ group)`.
 *
 * @param groups - the observations of each group (e.g. one department's ratings per array). Empty
 *   groups are ignored; a single group gives 0 (no between-group variance) if the data vary.
 * @returns η² in [0, 1]; null (not computable) when there are no observations or SS_total = 0 (all
 *   values identical).
 */
export function etaSquared(groups: readonly (readonly number[])[]): number | null {
  // Shift by one observation so that identical values give exactly 0 (the "shifted data" method).
  const shift = groups.find((group) => group.length > 0)?.[0] ?? 0;
  let n = 0;
  let sum = 0;
  for (const group of groups) {
    for (const x of group) sum += x - shift;
    n += group.length;
  }
  if (n === 0) return null;
  const grand = sum / n;
  let between = 0;
  let total = 0;
  for (const group of groups) {
    if (group.length === 0) continue;
    let groupSum = 0;
    for (const x of group) {
      groupSum += x - shift;
      total += (x - shift - grand) ** 2;
    }
    between += group.length * (groupSum / group.length - grand) ** 2;
  }
  if (!(total > 0)) return null;
  return Math.min(1, between / total);
}
