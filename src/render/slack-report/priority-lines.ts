/**
 * Priorities in words: how much departments agree on what matters most (Kendall's W), and the
 * touchpoints departments put in different importance–performance quadrants.
 */
import type {
  PriorityConcordance,
  Quadrant,
  QuadrantConflict,
  ReportModel,
} from '../../analytics/report/index';
import { REPORT_EN, type ReportMessages } from '../i18n/report/index';
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
export function concordanceWord(c: PriorityConcordance, m: ReportMessages = REPORT_EN): string {
  const w = m.priorities.concordanceWords;
  if (c.meanSpearman >= 0.6) return w.largely;
  if (c.meanSpearman >= 0.3) return w.partly;
  if (c.meanSpearman >= 0.1) return w.hardly;
  return w.none;
}

/** "Departments partly agree on what matters most to customers (Kendall's W 0.47, …)". */
export function concordanceLine(c: PriorityConcordance | null, m: ReportMessages = REPORT_EN): string {
  if (c === null) return m.priorities.noConcordance;
  const p = c.p < 0.001 ? 'p &lt; 0.001' : `p = ${c.p.toFixed(3)}`;
  const chance = c.p >= 0.05 ? m.priorities.chance : '';
  const word = concordanceWord(c, m);
  return m.priorities.concordance(word, two(c.w), two(c.meanSpearman), p, c.departments, chance);
}

/** "Product & service quality 45% · Customer support 43% · …": the shown departments' top picks. */
export function topPicksLine(model: ReportModel, max = 3, m: ReportMessages = REPORT_EN): string {
  const top = model.priorities.company.filter((e) => e.picks > 0).slice(0, max);
  if (top.length === 0) return '';
  return m.priorities.topPicks(top.map((e) => `${bold(e.touchpoint)} ${pct(e.share)}`).join(' · '));
}

/** "Marketing, Finance" or "Sales, Product, IT, HR +2 more". */
export function namesList(
  names: readonly string[],
  max = NAMES_PER_QUADRANT,
  m: ReportMessages = REPORT_EN,
): string {
  const shown = names.slice(0, max).map((n) => name(n));
  return names.length > max ? m.priorities.moreNames(shown.join(', '), names.length - max) : shown.join(', ');
}

/** "*Content* (opposite views): fix first for Marketing, Finance · possible overkill for Sales, …". */
export function conflictLine(c: QuadrantConflict, m: ReportMessages = REPORT_EN): string {
  const parts = QUADRANT_ORDER.flatMap((q) => {
    const names = c.byQuadrant[q];
    return names === undefined || names.length === 0
      ? []
      : [m.priorities.quadrantFor(m.priorities.quadrants[q], namesList(names, NAMES_PER_QUADRANT, m))];
  });
  return `${bold(c.touchpoint)}${c.opposite ? m.priorities.opposite : ''}: ${parts.join(' · ')}`;
}

/** Lines for quadrant conflicts: "fix first" against "possible overkill" first. */
export function conflictLines(model: ReportModel, max: number, m: ReportMessages = REPORT_EN): string[] {
  const list = model.importancePerformance.conflicts;
  if (list.length === 0) return [m.priorities.noConflict];
  const lines = list.slice(0, max).map((c) => conflictLine(c, m));
  if (list.length > max) lines.push(m.report.moreTouchpoints(list.length - max));
  return lines;
}
