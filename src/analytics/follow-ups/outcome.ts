/**
 * The outcome of a follow-up: the gap it was opened on (before) against the same two departments'
 * gap on the same touchpoint in a later closed pulse (after), judged by the divergence rule of
 * `report/divergence.ts`. The pair was chosen before the later pulse was asked, so it is tested as
 * one pre-specified pair (k = 2, no Bonferroni over all pairs): the same intervals-and-margin rule,
 * without the correction for picking the extremes after looking.
 */
import { MIN_MEANINGFUL_GAP, touchpointDivergence } from '../report/divergence';
import type { CellStats, ReportModel } from '../report/index';
import type { CellSummary } from '../report/perception';

/** What the follow-up recorded when it was opened. */
export interface FollowUpBaseline {
  subjectKey: string;
  subjectName: string;
  highDepartment: string;
  lowDepartment: string;
  gap: number;
  significant: boolean;
}

export type FollowUpOutcome =
  /** One side is under the threshold, or the touchpoint was not rated by it: no figure at all. */
  | { kind: 'not-measurable'; pulseIds: number[] }
  | {
      kind: 'measured';
      pulseIds: number[];
      before: number;
      /** The first department's mean minus the second's, as signed at the time (may turn negative). */
      after: number;
      significant: boolean;
      /** Not significant and within half a point: the gap is gone, the follow-up is resolved. */
      closed: boolean;
    };

/** A cell's statistics as the summary the divergence rule reads (sum and sum of squares rebuilt). */
export function summaryOf(s: CellStats): CellSummary {
  const variance = s.sd === null ? null : s.sd * s.sd;
  const sum = s.mean * s.n;
  const sumSq = (variance ?? 0) * (s.n - 1) + s.n * s.mean * s.mean;
  return { ...s, sum, sumSq, variance };
}

/** The shown, rated cell of a department on a touchpoint, or null (never a suppressed figure). */
function shownCell(model: ReportModel, touchpointId: number, department: string): CellStats | null {
  if (model.suppressed.departments.includes(department)) return null;
  const cell = model.cells.find((c) => c.touchpointId === touchpointId && c.department === department);
  if (!cell?.stats || cell.stats.n < model.threshold) return null;
  return cell.stats;
}

/** Before → after for one follow-up over a later pulse's model (built with the anonymity threshold). */
export function measureFollowUp(baseline: FollowUpBaseline, model: ReportModel): FollowUpOutcome {
  const pulseIds = model.window.pulseIds;
  const touchpointId = Number(baseline.subjectKey);
  const high = shownCell(model, touchpointId, baseline.highDepartment);
  const low = shownCell(model, touchpointId, baseline.lowDepartment);
  if (!Number.isInteger(touchpointId) || high === null || low === null)
    return { kind: 'not-measurable', pulseIds };
  const pair = touchpointDivergence({ id: touchpointId, name: baseline.subjectName }, [
    { departmentId: 1, department: baseline.highDepartment, s: summaryOf(high) },
    { departmentId: 2, department: baseline.lowDepartment, s: summaryOf(low) },
  ]);
  const after = high.mean - low.mean;
  const significant = pair?.significant ?? false;
  const closed = !significant && Math.abs(after) < MIN_MEANINGFUL_GAP;
  return { kind: 'measured', pulseIds, before: baseline.gap, after, significant, closed };
}
