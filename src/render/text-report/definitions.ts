import type { ReportModel } from '../../analytics/report/index';
import { coverageNote, pct, plain, two } from '../report-format';
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
    const note = coverageNote(dept);
    lines.push(...labelled(dept.department, note === '' ? themes : `${themes} (${note})`));
  }
  if (d.byDepartment.some((dept) => dept.coverage !== undefined))
    lines.push(...wrap('Theme shares are of the answers in a language with a lexicon.', '  '));
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
  const byLanguage = d.termsByLanguage ?? [{ language: 'en', terms: d.topTerms }];
  for (const { language, terms } of byLanguage.filter((l) => l.terms.length > 0)) {
    const words = terms.map((t) => plain(t.term)).join(', ');
    const label = byLanguage.length > 1 ? ` (${language})` : '';
    lines.push(...wrap(`Frequent words outside the lexicon${label}: ${words}`, '  '));
  }
  const quotes = d.byDepartment.flatMap(
    (dept) => d.quotes.find((q) => q.department === dept.department) ?? [],
  );
  if (quotes.length > 0)
    lines.push('', '  In their words (one per department, attributed to the department only):');
  for (const q of quotes) lines.push(...wrap(`“${plain(q.text)}” — ${plain(q.department)}`, '    '));
  return lines;
}
