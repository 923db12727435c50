/** Agreement in ratings: between departments (divergences) and inside each team (rwg). */
import { DIVERGENCE_RULE, type ReportModel, type TouchpointDivergence } from '../../analytics/report/index';
import { one, plain, two } from '../report-format';
import { section, wrap } from './layout';

const MAX_DIVERGENCES = 6;
const MAX_SPLITS = 6;

function divergenceLine(d: TouchpointDivergence): string {
  const verdict = d.significant ? 'significant' : d.verdict === 'agrees' ? 'within noise' : 'not significant';
  return `${plain(d.touchpoint)}: ${plain(d.high.department)} rates it ${one(d.high.mean)}, ${plain(d.low.department)} ${one(d.low.mean)} (gap ${one(d.gap)}, ${verdict})`;
}

export function divergences(m: ReportModel): string[] {
  const diverging = m.divergences.filter((d) => d.significant).slice(0, MAX_DIVERGENCES);
  const agreeing = m.divergences.filter((d) => d.verdict === 'agrees');
  const lines = section('Where departments diverge');
  if (diverging.length === 0) lines.push('  No gap between departments is larger than the noise.');
  diverging.forEach((d, i) => {
    lines.push(...wrap(`${i + 1}. ${divergenceLine(d)}`, '  '));
  });
  lines.push(...wrap(`Rule: ${DIVERGENCE_RULE}`, '  '));
  lines.push(...section('Where departments agree'));
  if (agreeing.length === 0)
    lines.push('  No touchpoint has all departments within 0.5 points of each other.');
  for (const d of agreeing) {
    lines.push(
      ...wrap(
        `${plain(d.touchpoint)}: all ${d.departments} departments within ${one(d.gap)} (${one(d.low.mean)}–${one(d.high.mean)})`,
        '  ',
      ),
    );
  }
  return lines;
}

export function teams(m: ReportModel): string[] {
  const split = m.cells.filter((c) => c.stats?.agreement === 'split');
  const agrees = m.cells.filter((c) => c.stats?.agreement === 'agrees').length;
  const rated = m.cells.filter((c) => c.stats !== null).length;
  const hidden = m.cells.length - rated;
  const lines = section('Agreement inside teams');
  lines.push(`  ${agrees} of ${rated} department × touchpoint ratings show a team that agrees (rwg ≥ 0.7).`);
  for (const c of split.slice(0, MAX_SPLITS)) {
    lines.push(
      ...wrap(
        `${plain(c.department)} is split on ${plain(c.touchpoint)} (rwg ${two(c.stats?.rwg ?? 0)}, mean ${one(c.stats?.mean ?? 0)})`,
        '  ',
      ),
    );
  }
  if (split.length > MAX_SPLITS) lines.push(`  …and ${split.length - MAX_SPLITS} more split ratings.`);
  if (hidden > 0)
    lines.push(`  ${hidden} ratings show "too few answers" (fewer than ${m.threshold} raters).`);
  return lines;
}
