/**
 * Touchpoint divergence: how far apart the departments' mean ratings of a touchpoint are, and
 * whether that gap is larger than the noise.
 */
import { etaSquaredFromSummaries, welchTest } from '../stats/index';
import type { DivergenceEnd, TouchpointDivergence } from './model/index';
import type { CellSummary } from './perception';
import type { ReportInput } from './report-input';

/** Family-wise significance level of the Welch test between the extreme departments. */
export const DIVERGENCE_ALPHA = 0.05;
/** Smallest gap (scale points on 1–5) that can be a headline, whatever the sample size. */
export const MIN_MEANINGFUL_GAP = 0.5;

/** The significance rule in one sentence, for renderers. */
export const DIVERGENCE_RULE =
  `A gap is significant when the highest- and lowest-rating departments' 95% intervals do not overlap ` +
  `and a one-sided Welch test finds the gap larger than ${MIN_MEANINGFUL_GAP} points at ` +
  `p < ${DIVERGENCE_ALPHA} / (number of department pairs); when both departments are unanimous, ` +
  `the gap is exact and is significant when it is larger than ${MIN_MEANINGFUL_GAP} points.`;

interface Rated {
  departmentId: number;
  department: string;
  s: CellSummary;
}

const endOf = (r: Rated): DivergenceEnd => ({
  departmentId: r.departmentId,
  department: r.department,
  mean: r.s.mean,
  n: r.s.n,
  ciLow: r.s.ciLow,
  ciHigh: r.s.ciHigh,
});

/**
 * Kelley's (1935) ε² = 1 − (1 − η²)(N − 1)/(N − k), floored at 0: η² corrected for the share of
 * variance k groups explain by chance alone (under no difference E[η²] ≈ (k − 1)/(N − 1), 0.18 for
 * 8 teams of 5). Null when η² is null or N ≤ k.
 */
export function epsilonSquared(eta2: number | null, totalN: number, groups: number): number | null {
  if (eta2 === null || totalN <= groups) return null;
  return Math.max(0, 1 - ((1 - eta2) * (totalN - 1)) / (totalN - groups));
}

/** True when two intervals share a point, or when either is unknown (the conservative answer). */
function overlaps(a: DivergenceEnd, b: DivergenceEnd): boolean {
  if (a.ciLow === null || a.ciHigh === null || b.ciLow === null || b.ciHigh === null) return true;
  return a.ciLow <= b.ciHigh && b.ciLow <= a.ciHigh;
}

/**
 * True when neither extreme group has any spread (every rating in each is the same, n ≥ 2): the means
 * are then exact, the standard error is 0 and Welch's t is undefined, so the observed gap IS the gap.
 */
export function noSpread(high: CellSummary, low: CellSummary): boolean {
  return high.n >= 2 && low.n >= 2 && high.variance === 0 && low.variance === 0;
}

/**
 * One-sided Welch p-value of H₀: μ_high − μ_low ≤ margin against H₁: the gap is larger than `margin`
 * (a minimum-effect test: Welch's test of the high group shifted down by the margin). With no spread
 * in either group ({@link noSpread}) the gap is exact and p is its limit: 0 when the gap exceeds the
 * margin, else 1. With spread in one group only, Welch is defined (df = n − 1 of that group). Null
 * when not computable (a group of one).
 */
export function gapAboveMarginP(high: CellSummary, low: CellSummary, margin: number): number | null {
  if (noSpread(high, low)) return high.mean - low.mean > margin ? 0 : 1;
  const shifted = welchTest({ n: high.n, mean: high.mean - margin, variance: high.variance }, low);
  if (shifted === null) return null;
  return shifted.t > 0 ? shifted.p / 2 : 1 - shifted.p / 2;
}

/** Two-sided Welch p of equal means; with no spread in either group 0 if the means differ, else 1. */
export function equalMeansP(high: CellSummary, low: CellSummary): number | null {
  if (noSpread(high, low)) return high.mean === low.mean ? 1 : 0;
  return welchTest(high, low)?.p ?? null;
}

/**
 * The divergence of one touchpoint over its rated cells, or null with fewer than two.
 *
 * Significance rule (conservative on purpose, so a small team's wobble is never a headline), both:
 * 1. the extreme departments' 95% Student-t intervals do not overlap (on its own roughly p < 0.006
 *    for equal errors; Schenker & Gentleman 2001, The American Statistician 55(3));
 * 2. a one-sided Welch test finds the gap larger than {@link MIN_MEANINGFUL_GAP} points at
 *    α / (k(k − 1)/2), Bonferroni over all pairs of the k departments because the extreme pair is
 *    picked after looking at the data. Testing against half a point rather than against 0 means a
 *    real but trivial gap in a large company, or a modest gap inflated by picking the extremes of
 *    many small teams, is not a headline either.
 * When the two extreme teams are each unanimous (no spread), both intervals are points and the
 * Welch p is its limit, so the rule reduces to "the gap is larger than the margin".
 */
export function touchpointDivergence(
  touchpoint: { id: number; name: string },
  rated: readonly Rated[],
): TouchpointDivergence | null {
  const [first] = rated;
  if (first === undefined || rated.length < 2) return null;
  let high = first;
  let low = first;
  for (const r of rated) {
    if (r.s.mean > high.s.mean) high = r;
    if (r.s.mean < low.s.mean) low = r;
  }
  const k = rated.length;
  const totalN = rated.reduce((acc, r) => acc + r.s.n, 0);
  const eta2 = etaSquaredFromSummaries(rated.map((r) => ({ n: r.s.n, sum: r.s.sum, sumSq: r.s.sumSq })));
  const marginP = gapAboveMarginP(high.s, low.s, MIN_MEANINGFUL_GAP);
  const beyondMargin = marginP !== null && marginP < DIVERGENCE_ALPHA / ((k * (k - 1)) / 2);
  const hi = endOf(high);
  const lo = endOf(low);
  const gap = hi.mean - lo.mean;
  const intervalsOverlap = overlaps(hi, lo);
  const significant = beyondMargin && !intervalsOverlap;
  const verdict = significant ? 'diverges' : gap < MIN_MEANINGFUL_GAP ? 'agrees' : 'unclear';
  return {
    touchpointId: touchpoint.id,
    touchpoint: touchpoint.name,
    departments: k,
    high: hi,
    low: lo,
    gap,
    etaSquared: eta2,
    epsilonSquared: epsilonSquared(eta2, totalN, k),
    welchP: equalMeansP(high.s, low.s),
    marginP,
    beyondMargin,
    intervalsOverlap,
    significant,
    verdict,
  };
}

/** Every touchpoint rated by ≥ 2 shown departments: significant first, then by gap, largest first. */
export function buildDivergences(
  input: ReportInput,
  summaries: ReadonlyMap<string, CellSummary>,
): TouchpointDivergence[] {
  const out: TouchpointDivergence[] = [];
  for (const t of input.touchpoints) {
    const rated: Rated[] = [];
    for (const d of input.departments) {
      const s = summaries.get(`${d.id}:${t.id}`);
      if (s !== undefined) rated.push({ departmentId: d.id, department: d.name, s });
    }
    const divergence = touchpointDivergence(t, rated);
    if (divergence !== null) out.push(divergence);
  }
  return out.sort((a, b) => Number(b.significant) - Number(a.significant) || b.gap - a.gap);
}
