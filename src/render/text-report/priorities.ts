/** What departments rank first: their top-3 picks, and where importance and performance disagree. */
import { QUADRANT_LABELS, type Quadrant, type ReportModel } from '../../analytics/report/index';
import { pct, plain, two } from '../report-format';
import { labelled, section, wrap } from './layout';

const MAX_CONFLICTS = 5;

export function priorities(m: ReportModel): string[] {
  const lines = section('Priorities (top-3 picks)');
  const top = (entries: { touchpoint: string; share: number }[]) =>
    entries
      .slice(0, 3)
      .map((e) => `${plain(e.touchpoint)} ${pct(e.share)}`)
      .join(' · ');
  lines.push(...labelled('All shown', top(m.priorities.company)));
  for (const d of m.priorities.byDepartment) lines.push(...labelled(d.department, top(d.ranking)));
  const c = m.priorities.concordance;
  if (c === null) lines.push('  Concordance: not enough departments picked priorities.');
  else {
    const p = c.p < 0.001 ? 'p < 0.001' : `p = ${c.p.toFixed(3)}`;
    lines.push(
      ...wrap(
        `Kendall's W = ${two(c.w)} (${p}, ${c.departments} departments): mean rank correlation between departments ${two(c.meanSpearman)}.`,
        '  ',
      ),
    );
  }
  return lines;
}

export function conflicts(m: ReportModel): string[] {
  const lines = section('Importance vs performance: different quadrants');
  const list = m.importancePerformance.conflicts.slice(0, MAX_CONFLICTS);
  if (list.length === 0) lines.push('  Departments place every touchpoint in the same quadrant.');
  for (const c of list) {
    const parts = (Object.entries(c.byQuadrant) as [Quadrant, string[]][]).map(
      ([q, names]) => `${QUADRANT_LABELS[q]} for ${names.map(plain).join(', ')}`,
    );
    lines.push(
      ...wrap(`${plain(c.touchpoint)}${c.opposite ? ' (opposite views)' : ''}: ${parts.join('; ')}`, '  '),
    );
  }
  return lines;
}
