/**
 * Pure aggregation of theme tags: per-department distributions, consensus and divergent themes.
 */

/** A theme is "meaningful" in a department when at least this share of its respondents mention it. */
export const CONSENSUS_MIN_SHARE = 0.2;
/** A consensus theme is meaningful in at least this fraction of the departments. */
export const CONSENSUS_MIN_DEPARTMENT_FRACTION = 2 / 3;
/** A divergent theme is mentioned by at least this share of one department's respondents… */
export const DIVERGENT_MIN_SHARE = 0.25;
/** …while the other departments' mean share is at most this fraction of that share. */
export const DIVERGENT_MAX_OTHERS_RATIO = 1 / 3;

/** Tolerance for threshold comparisons, so that e.g. 2 of 3 departments is exactly 2/3. */
const EPSILON = 1e-9;

function safeCount(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Normalises theme counts into a probability vector in `themeKeys` order (sums to 1).
 *
 * Keys not in `themeKeys` are ignored; missing, negative or non-finite counts count as 0. With no
 * mentions at all, the result is all zeros (not a distribution: callers comparing departments
 * should treat such a department as "no definition given").
 */
export function themeDistribution(counts: Record<string, number>, themeKeys: string[]): number[] {
  const values = themeKeys.map((key) => (Object.hasOwn(counts, key) ? safeCount(counts[key]) : 0));
  const total = values.reduce((sum, v) => sum + v, 0);
  return total > 0 ? values.map((v) => v / total) : values.map(() => 0);
}

/** Theme mentions of one department: `themeCounts[theme]` = respondents whose answer has the theme. */
export interface DepartmentThemeCounts {
  department: string;
  respondents: number;
  themeCounts: Record<string, number>;
}

/** Thresholds of {@link consensusAndDivergentThemes}; defaults are the exported constants. */
export interface ConsensusOptions {
  consensusMinShare?: number;
  consensusMinDepartmentFraction?: number;
  divergentMinShare?: number;
  divergentMaxOthersRatio?: number;
}

/** A theme most departments mention. `share` is the mean share over all departments. */
export interface ConsensusTheme {
  theme: string;
  departments: string[];
  share: number;
}

/** A theme strong in `department` (`share`) and weak elsewhere (`othersShare`, the others' mean). */
export interface DivergentTheme {
  theme: string;
  department: string;
  share: number;
  othersShare: number;
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * Finds the consensus and divergent themes between departments.
 *
 * A theme's share in a department is the fraction of its respondents who mention it (capped at 1).
 * - Consensus: share ≥ {@link CONSENSUS_MIN_SHARE} in at least {@link CONSENSUS_MIN_DEPARTMENT_FRACTION}
 *   of the departments. Sorted by mean share, highest first.
 * - Divergent: share ≥ {@link DIVERGENT_MIN_SHARE} in one department while the other departments'
 *   mean share is ≤ {@link DIVERGENT_MAX_OTHERS_RATIO} of it; a consensus theme is never divergent.
 *   Sorted by the gap (share − othersShare), largest first.
 *
 * Departments without respondents are ignored; with fewer than two departments both lists are empty.
 */
export function consensusAndDivergentThemes(
  byDept: DepartmentThemeCounts[],
  opts: ConsensusOptions = {},
): { consensus: ConsensusTheme[]; divergent: DivergentTheme[] } {
  const minShare = opts.consensusMinShare ?? CONSENSUS_MIN_SHARE;
  const minFraction = opts.consensusMinDepartmentFraction ?? CONSENSUS_MIN_DEPARTMENT_FRACTION;
  const divergentMin = opts.divergentMinShare ?? DIVERGENT_MIN_SHARE;
  const othersRatio = opts.divergentMaxOthersRatio ?? DIVERGENT_MAX_OTHERS_RATIO;

  const departments = byDept.filter((d) => Number.isFinite(d.respondents) && d.respondents > 0);
  if (departments.length < 2) return { consensus: [], divergent: [] };
  const themes = [...new Set(departments.flatMap((d) => Object.keys(d.themeCounts)))];
  const shareOf = (d: DepartmentThemeCounts, theme: string): number =>
    Object.hasOwn(d.themeCounts, theme) ? Math.min(1, safeCount(d.themeCounts[theme]) / d.respondents) : 0;

  const consensus: ConsensusTheme[] = [];
  const divergent: DivergentTheme[] = [];
  for (const theme of themes) {
    const shares = departments.map((d) => shareOf(d, theme));
    const meaningful = departments.filter((_, i) => (shares[i] ?? 0) >= minShare - EPSILON);
    if (meaningful.length >= minFraction * departments.length - EPSILON) {
      consensus.push({ theme, departments: meaningful.map((d) => d.department), share: mean(shares) });
      continue;
    }
    shares.forEach((share, i) => {
      if (share < divergentMin - EPSILON) return;
      const othersShare = mean(shares.filter((_, j) => j !== i));
      const department = departments[i]?.department;
      if (department !== undefined && othersShare <= share * othersRatio + EPSILON) {
        divergent.push({ theme, department, share, othersShare });
      }
    });
  }
  consensus.sort((a, b) => b.share - a.share);
  divergent.sort((a, b) => b.share - b.othersShare - (a.share - a.othersShare));
  return { consensus, divergent };
}
