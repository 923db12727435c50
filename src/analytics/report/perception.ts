/**
 * Touchpoint perception per department: n, mean, sd, 95% interval and within-team agreement,
 * all from the rating histograms (no individual answers).
 */
import { meanConfidenceInterval, rwgFromSummary, summaryFromHistogram } from '../stats/index';
import type { AgreementLabel, CellStats, ReportCell } from './model/index';
import type { ReportInput } from './report-input';

/** Points of the rating scale (1–5): the uniform null of r_wg has variance (5² − 1)/12 = 2. */
export const SCALE_POINTS = 5;
/** r_wg at or above this: the team "agrees" (LeBreton & Senter 2008: .71–.90 strong agreement). */
export const RWG_AGREES = 0.7;
/** r_wg below this: the team is "split" (LeBreton & Senter 2008: ≤ .50 weak or no agreement). */
export const RWG_SPLIT = 0.5;

/** A cell's statistics together with its sums (for η² and the Welch test). */
export interface CellSummary extends CellStats {
  sum: number;
  sumSq: number;
  variance: number | null;
}

/**
 * Labels within-group agreement r_wg with the conventional cut-offs of LeBreton & Senter (2008),
 * "Answers to 20 questions about interrater reliability and interrater agreement", Organizational
 * Research Methods 11(4), table 3: ≥ 0.7 "agrees" (strong), < 0.5 "split" (weak or none),
 * in between "moderate".
 */
export function agreementLabel(rwg: number | null): AgreementLabel | null {
  if (rwg === null) return null;
  if (rwg >= RWG_AGREES) return 'agrees';
  return rwg < RWG_SPLIT ? 'split' : 'moderate';
}

/** Statistics of one histogram (rating → count); null when it holds no rating. */
export function summariseCell(histogram: ReadonlyMap<number, number>): CellSummary | null {
  const s = summaryFromHistogram(histogram);
  if (!(s.n > 0) || s.mean === null) return null;
  const ci = meanConfidenceInterval({ n: s.n, mean: s.mean, sd: s.sd }, 0.95);
  const rwg = rwgFromSummary({ n: s.n, variance: s.variance }, SCALE_POINTS);
  return {
    n: s.n,
    mean: s.mean,
    sd: s.sd,
    ciLow: ci?.low ?? null,
    ciHigh: ci?.high ?? null,
    rwg,
    agreement: agreementLabel(rwg),
    sum: s.sum,
    sumSq: s.sumSq,
    variance: s.variance,
  };
}

/** Histograms keyed by `departmentId:touchpointId`. */
export function histogramsOf(input: ReportInput): Map<string, Map<number, number>> {
  const byCell = new Map<string, Map<number, number>>();
  for (const r of input.ratingCounts) {
    const key = `${r.departmentId}:${r.touchpointId}`;
    let histogram = byCell.get(key);
    if (histogram === undefined) {
      histogram = new Map();
      byCell.set(key, histogram);
    }
    histogram.set(r.rating, (histogram.get(r.rating) ?? 0) + r.count);
  }
  return byCell;
}

/** Summaries of every department × touchpoint of the (anonymised) input, keyed like the histograms. */
export function cellSummaries(input: ReportInput): Map<string, CellSummary> {
  const summaries = new Map<string, CellSummary>();
  for (const [key, histogram] of histogramsOf(input)) {
    const summary = summariseCell(histogram);
    if (summary !== null) summaries.set(key, summary);
  }
  return summaries;
}

/** The public cells: every department × touchpoint, department-major, `stats` null when hidden. */
export function buildCells(input: ReportInput, summaries: ReadonlyMap<string, CellSummary>): ReportCell[] {
  const cells: ReportCell[] = [];
  for (const d of input.departments) {
    for (const t of input.touchpoints) {
      const s = summaries.get(`${d.id}:${t.id}`);
      const stats: CellStats | null =
        s === undefined
          ? null
          : {
              n: s.n,
              mean: s.mean,
              sd: s.sd,
              ciLow: s.ciLow,
              ciHigh: s.ciHigh,
              rwg: s.rwg,
              agreement: s.agreement,
            };
      cells.push({ departmentId: d.id, department: d.name, touchpointId: t.id, touchpoint: t.name, stats });
    }
  }
  return cells;
}
