import type { ReportModel } from '../../analytics/report/index';
import { pct, plain, two } from '../report-format';
import { labelled, section, wrap } from './layout';

export function definitions(m: ReportModel): string[] {
  const d = m.definitions;
  const lines = section('How each department defines great CX');
  for (const dept of d.byDepartment) {
    const themes =
      dept.themes
        .slice(0, 3)
        .map((t) => `${plain(t.label)} ${pct(t.share)}`)
        .join(' · ') || 'no CX theme mentioned';
    lines.push(...labelled(dept.department, themes));
  }
  const consensus = d.consensus.map((c) => plain(c.label)).join(', ');
  lines.push(...wrap(`Shared by most departments: ${consensus || 'no theme'}.`, '  '));
  for (const t of d.divergent.slice(0, 5)) {
    lines.push(
      ...wrap(
        `Stands out: ${plain(t.department)} on ${plain(t.label)} (${pct(t.share)} vs ${pct(t.othersShare)} elsewhere)`,
        '  ',
      ),
    );
  }
  if (d.meanSimilarity !== null)
    lines.push(`  Similarity of definitions (1 − JSD), mean over pairs: ${two(d.meanSimilarity)}`);
  if (d.topTerms.length > 0)
    lines.push(
      ...wrap(`Frequent words outside the lexicon: ${d.topTerms.map((t) => plain(t.term)).join(', ')}`, '  '),
    );
  const quotes = d.byDepartment.flatMap(
    (dept) => d.quotes.find((q) => q.department === dept.department) ?? [],
  );
  if (quotes.length > 0)
    lines.push('', '  In their words (one per department, attributed to the department only):');
  for (const q of quotes) lines.push(...wrap(`“${plain(q.text)}” — ${plain(q.department)}`, '    '));
  return lines;
}
