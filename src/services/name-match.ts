/** How a typed name matched a list: one item, several (ambiguous), or none (with the closest ones). */
export type NameMatch<T> =
  | { kind: 'one'; item: T }
  | { kind: 'many'; items: T[] }
  | { kind: 'none'; suggestions: T[] };

const normalise = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * Forgiving name matching: exact (ignoring case, accents and punctuation), then prefix, then
 * word-prefix or substring. Nothing found → up to three closest names by edit distance.
 */
export function matchName<T>(query: string, items: readonly T[], nameOf: (item: T) => string): NameMatch<T> {
  const q = normalise(query);
  const named = items.map((item) => ({ item, name: normalise(nameOf(item)) }));
  const tiers = [
    named.filter((n) => n.name === q),
    named.filter((n) => n.name.startsWith(q)),
    named.filter(
      (n) => n.name.split(' ').some((w) => w.startsWith(q)) || (q.length >= 3 && n.name.includes(q)),
    ),
  ];
  for (const tier of tiers) {
    const first = tier[0];
    if (tier.length === 1 && first) return { kind: 'one', item: first.item };
    if (tier.length > 1) return { kind: 'many', items: tier.map((t) => t.item) };
  }
  const suggestions = named
    .map((n) => ({ item: n.item, d: editDistance(q, n.name.slice(0, Math.max(q.length, 1) + 2)) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((s) => s.item);
  return { kind: 'none', suggestions };
}
