/** Level of measurement, which selects the difference function δ². */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** Coincidence matrix o_ck over the sorted distinct values, with marginals n_c and total n. */
interface Coincidences {
  values: number[];
  o: number[][];
  marginals: number[];
  total: number;
}

/** Pairable values of each unit: units (columns) with at least 2 non-missing values. */
function pairableUnits(data: readonly (readonly (number | null)[])[]): number[][] {
  const unitCount = Math.max(0, ...data.map((row) => row.length));
  const units: number[][] = [];
  for (let u = 0; u < unitCount; u += 1) {
    const unit: number[] = [];
    for (const row of data) {
      const v = row[u];
      if (v !== null && v !== undefined && !Number.isNaN(v)) unit.push(v);
    }
    if (unit.length >= 2) units.push(unit);
  }
  return units;
}

/** o_ck = Σ_u (number of c–k pairs of distinct coders in unit u) / (m_u − 1). */
function coincidences(units: readonly number[][]): Coincidences {
  const values = [...new Set(units.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const o = values.map(() => values.map(() => 0));
  for (const unit of units) {
    const weight = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i += 1) {
      for (let j = 0; j < unit.length; j += 1) {
        const c = index.get(unit[i] ?? Number.NaN);
        const k = index.get(unit[j] ?? Number.NaN);
        const row = c === undefined ? undefined : o[c];
        if (i !== j && row && k !== undefined) row[k] = (row[k] ?? 0) + weight;
      }
    }
  }
  const marginals = o.map((row) => row.reduce((acc, x) => acc + x, 0));
  return { values, o, marginals, total: marginals.reduce((acc, x) => acc + x, 0) };
}

/** δ²_ck for the level of measurement (Krippendorff 2011, section on difference functions). */
function difference(level: MeasurementLevel, table: Coincidences, c: number, k: number): number {
  if (c === k) return 0;
  const vc = table.values[c] ?? Number.NaN;
  const vk = table.values[k] ?? Number.NaN;
  switch (level) {
    case 'nominal':
      return 1;
    case 'interval':
      return (vc - vk) ** 2;
    case 'ratio':
      return ((vc - vk) / (vc + vk)) ** 2;
    case 'ordinal': {
      const [lo, hi] = c < k ? [c, k] : [k, c];
      let between = 0;
      for (let g = lo; g <= hi; g += 1) between += table.marginals[g] ?? 0;
      return (between - ((table.marginals[c] ?? 0) + (table.marginals[k] ?? 0)) / 2) ** 2;
    }
  }
}

/**
 * Krippendorff's alpha reliability coefficient, computed with the coincidence-matrix method of
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
 * Communication Departmental Papers 43:
 *
 *   α = 1 − D_o / D_e = 1 − (n − 1) Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 *
 * where o_ck = Σ_u (number of c–k pairs in unit u) / (m_u − 1) is the coincidence matrix over units
 * with m_u ≥ 2 pairable values (units with fewer are dropped), n_c = Σ_k o_ck its marginals and
 * n = Σ_c n_c the number of pairable values. Difference functions δ²_ck:
 * nominal 1 if c ≠ k; ordinal (Σ_{g=c}^{k} n_g − (n_c + n_k)/2)²; interval (c − k)²;
 * ratio ((c − k)/(c + k))².
 *
 * @param data - data[i][u] is observer (coder) i's value for unit u; `null` (or NaN) is missing.
 *   Rows may be ragged; absent cells count as missing.
 * @param level - level of measurement of the values.
 * @returns α (1 = perfect agreement, 0 = chance, negative = systematic disagreement); null when it
 *   is not computable: no unit has two pairable values, or there is no variation (D_e = 0).
 * @throws RangeError for negative values at the ratio level (a ratio scale has an absolute zero).
 */
export function krippendorffAlpha(
  data: readonly (readonly (number | null)[])[],
  level: MeasurementLevel,
): number | null {
  const table = coincidences(pairableUnits(data));
  if (level === 'ratio' && table.values.some((v) => v < 0)) {
    throw new RangeError('ratio-level data must be non-negative');
  }
  const size = table.values.length;
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c += 1) {
    for (let k = 0; k < size; k += 1) {
      if (c === k) continue;
      const delta = difference(level, table, c, k);
      observed += (table.o[c]?.[k] ?? 0) * delta;
      expected += (table.marginals[c] ?? 0) * (table.marginals[k] ?? 0) * delta;
    }
  }
  if (!(expected > 0)) return null;
  return 1 - ((table.total - 1) * observed) / expected;
}
