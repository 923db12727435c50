/**
 * Ranks values from 1 (smallest) to n, giving tied values the mean of the ranks they span ("average"
 * or "mid" ranks, as R's `rank(ties.method = "average")`; Kendall 1948, "Rank Correlation Methods",
 * ch. 3). For example [10, 20, 20, 30] → [1, 2.5, 2.5, 4].
 *
 * @param values - the scores to rank (finite numbers).
 * @returns the rank of each value, in input order.
 * @throws RangeError when a value is NaN.
 */
export function rankWithTies(values: readonly number[]): number[] {
  if (values.some((v) => Number.isNaN(v))) throw new RangeError('cannot rank NaN');
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    const value = order[start]?.value;
    let end = start + 1;
    while (end < order.length && order[end]?.value === value) end += 1;
    // Positions start..end−1 hold ranks start+1..end; their mean is (start + 1 + end) / 2.
    const rank = (start + 1 + end) / 2;
    for (let i = start; i < end; i += 1) {
      const entry = order[i];
      if (entry) ranks[entry.index] = rank;
    }
    start = end;
  }
  return ranks;
}
