/** Normalises non-negative weights to probabilities; null when they sum to 0. */
function normalise(weights: readonly number[]): number[] | null {
  let total = 0;
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight ${w} must be a finite number ≥ 0`);
    total += w;
  }
  return total > 0 ? weights.map((w) => w / total) : null;
}

/** Σ a_i log₂(a_i / m_i) with 0 · log 0 = 0. */
function klToMixture(a: readonly number[], m: readonly number[]): number {
  let sum = 0;
  a.forEach((ai, i) => {
    const mi = m[i] ?? 0;
    if (ai > 0 && mi > 0) sum += ai * Math.log2(ai / mi);
  });
  return sum;
}

/**
 * Jensen–Shannon divergence between two discrete distributions, in bits:
 *
 *   JSD(P ‖ Q) = ½ KL(P ‖ M) + ½ KL(Q ‖ M),  M = ½ (P + Q),  KL(A ‖ B) = Σ a_i log₂(a_i / b_i)
 *
 * with 0 · log 0 = 0. Lin (1991), "Divergence measures based on the Shannon entropy", IEEE
 * Transactions on Information Theory 37(1), 145–151. With base-2 logarithms it is symmetric and lies
 * in [0, 1]: 0 for identical distributions, 1 for disjoint supports. (SciPy's
 * `scipy.spatial.distance.jensenshannon` returns the square root of this, the JS distance, and uses
 * natural logarithms unless `base=2`.)
 *
 * @param p - non-negative weights (e.g. theme counts of one department); normalised to sum to 1.
 * @param q - non-negative weights over the same categories, in the same order.
 * @returns JSD in [0, 1]; null (not computable) when either input sums to 0 (an empty distribution).
 * @throws RangeError when p and q differ in length or contain a negative or non-finite weight.
 */
export function jensenShannon(p: readonly number[], q: readonly number[]): number | null {
  if (p.length !== q.length) throw new RangeError('p and q must have the same number of categories');
  const a = normalise(p);
  const b = normalise(q);
  if (a === null || b === null) return null;
  const m = a.map((ai, i) => (ai + (b[i] ?? 0)) / 2);
  const divergence = (klToMixture(a, m) + klToMixture(b, m)) / 2;
  return Math.min(1, Math.max(0, divergence));
}
