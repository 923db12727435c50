/**
 * Priorities in words: how much departments agree on what matters most (Kendall's W), and the
 * touchpoints departments put in different importance–performance quadrants.
 */
import {
  type PriorityConcordance,
  QUADRANT_LABELS,
  type Quadrant,
  type QuadrantConflict,
  type ReportModel,
} from '../../analytics/report/index';
import { pct, two } from '../report-format';
import { bold, name } from './words';

/** Quadrants in the order a reader scans a conflict: the opposite pair first. */
export const QUADRANT_ORDER: readonly Quadrant[] = [
  'fix_first',
  'possible_overkill',
  'keep_it_up',
  'low_priority',
];
/** Names listed per quadrant before "+N more". */
const NAMES_PER_QUADRANT = 4;

/** How strongly departments agree, from the chance-corrected mean rank correlation r̄. */
export function concordanceWord(c: PriorityConcordance): string {
  if (c.meanSpearman >= 0.6) return 'largely agree';
  if (c.meanSpearman >= 0.3) return 'partly agree';
  if (c.meanSpearman >= 0.1) return 'hardly agree';
  return 'do not agree';
}

/** "Departments partly agree on what matters most to customers (Kendall's W 0.47, …)". */
export function concordanceLine(c: PriorityConcordance | null): string {
  if (c === null) return 'Not enough departments picked priorities to compare them.';
  const p = c.p < 0.001 ? 'p &lt; 0.001' : `p = ${c.p.toFixed(3)}`;
  const chance = c.p >= 0.05 ? ', no more than chance would give' : '';
  return `Departments ${concordanceWord(c)} on what matters most to customers (Kendall's W ${two(c.w)}, mean rank correlation ${two(c.meanSpearman)}, ${p}, ${c.departments} departments${chance}).`;
}

/** "Product & service quality 45% · Customer support 43% · …": the shown departments' top picks. */
export function topPicksLine(model: ReportModel, max = 3): string {
  const top = model.priorities.company.filter((e) => e.picks > 0).slice(0, max);
  if (top.length === 0) return '';
  return `Most picked as a top 3: ${top.map((e) => `${bold(e.touchpoint)} ${pct(e.share)}`).join(' · ')}`;
}

/** "Marketing, Finance" or "Sales, Product, IT, HR +2 more". */
export function namesList(names: readonly string[], max = NAMES_PER_QUADRANT): string {
  const shown = names.slice(0, max).map((n) => name(n));
  return names.length > max ? `${shown.join(', ')} +${names.length - max} more` : shown.join(', ');
}

/** "*Content* (opposite views): fix first for Marketing, Finance · possible overkill for Sales, …". */
export function conflictLine(c: QuadrantConflict): string {
  const parts = QUADRANT_ORDER.flatMap((q) => {
    const names = c.byQuadrant[q];
    return names === undefined || names.length === 0 ? [] : [`${QUADRANT_LABELS[q]} for ${namesList(names)}`];
  });
  return `${bold(c.touchpoint)}${c.opposite ? ' (opposite views)' : ''}: ${parts.join(' · ')}`;
}

/** Lines for quadrant conflicts: "fix first" against "possible overkill" first. */
export function conflictLines(model: ReportModel, max: number): string[] {
  const list = model.importancePerformance.conflicts;
  if (list.length === 0) return ['Departments place every touchpoint in the same quadrant.'];
  const lines = list.slice(0, max).map(conflictLine);
  if (list.length > max) lines.push(`…and ${list.length - max} more touchpoints`);
  return lines;
}
