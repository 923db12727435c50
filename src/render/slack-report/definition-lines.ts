/**
 * How departments define great CX, in words: each department's top themes, the themes most share,
 * the themes that set one department apart, how similar the definitions are, and a few quotes
 * attributed to a department only.
 */
import type { DepartmentDefinition, ReportModel, ReportQuote } from '../../analytics/report/index';
import { truncate } from '../escape';
import { REPORT_EN, type ReportMessages } from '../i18n/report/index';
import { pct, plain, two } from '../report-format';
import { bold, name } from './words';

/** Longest quote shown. */
export const QUOTE_MAX = 240;

/** "Very similar", "fairly similar", … for a 1 − JSD similarity. */
export function similarityWord(similarity: number, m: ReportMessages = REPORT_EN): string {
  const w = m.definitions.similarity;
  if (similarity >= 0.8) return w.very;
  if (similarity >= 0.6) return w.fairly;
  if (similarity >= 0.4) return w.somewhat;
  return w.different;
}

/** "*Marketing*: Delight 44% · Personalisation 37% · Consistency 35% _(12 of 15 answers themed)_". */
export function themesLine(d: DepartmentDefinition, max = 3, m: ReportMessages = REPORT_EN): string {
  const themes = d.themes.slice(0, max).map((t) => `${name(t.label)} ${pct(t.share)}`);
  const c = d.coverage;
  // nothing for results frozen before coverage was counted
  const note =
    c === undefined ? '' : ` _(${m.definitions.coverage(c.themed, c.tagged, c.notThemedLanguage)})_`;
  return `${bold(d.department)}: ${themes.length === 0 ? m.definitions.noTheme : themes.join(' · ')}${note}`;
}

/** "Shared by most departments: *Trust / promise* (8 departments, 42% of answers)". */
export function consensusLine(model: ReportModel, max = 3, m: ReportMessages = REPORT_EN): string {
  const list = model.definitions.consensus.slice(0, max);
  if (list.length === 0) return m.definitions.noConsensus;
  const items = list.map((c) =>
    m.definitions.consensusItem(bold(c.label), c.departments.length, pct(c.share)),
  );
  return m.definitions.consensus(items.join(', '));
}

/** "*Finance* stands out on *Value / price* (86% vs 8% elsewhere)", strongest contrast first. */
export function divergentThemeLines(
  model: ReportModel,
  max: number,
  departmentId?: number,
  m: ReportMessages = REPORT_EN,
): string[] {
  const wanted =
    departmentId === undefined
      ? null
      : (model.departments.find((d) => d.id === departmentId)?.name ?? '\u0000');
  return model.definitions.divergent
    .filter((t) => wanted === null || t.department === wanted)
    .sort((a, b) => b.share - b.othersShare - (a.share - a.othersShare))
    .slice(0, max)
    .map((t) => m.definitions.standsOut(bold(t.department), bold(t.label), pct(t.share), pct(t.othersShare)));
}

/** "Definitions are fairly similar across departments (mean similarity 0.56; …)". */
export function similarityLine(model: ReportModel, m: ReportMessages = REPORT_EN): string {
  const d = model.definitions;
  if (d.meanSimilarity === null) return '';
  const pairs = [...d.similarityPairs].sort((a, b) => b.similarity - a.similarity);
  const closest = pairs[0];
  const furthest = pairs.at(-1);
  const ends =
    closest === undefined || furthest === undefined || pairs.length < 2
      ? ''
      : m.definitions.ends(
          name(closest.a),
          name(closest.b),
          two(closest.similarity),
          name(furthest.a),
          name(furthest.b),
          two(furthest.similarity),
        );
  return m.definitions.similarityLine(similarityWord(d.meanSimilarity, m), two(d.meanSimilarity), ends);
}

/**
 * Up to `max` quotes from different departments, those named in `prefer` first (e.g. the ends of
 * the top divergence), then in department order. Quotes only ever name a department.
 */
export function pickQuotes(model: ReportModel, max: number, prefer: readonly string[] = []): ReportQuote[] {
  const order = [...new Set([...prefer, ...model.departments.map((d) => d.name)])];
  return order
    .flatMap((dept) => model.definitions.quotes.find((q) => q.department === dept) ?? [])
    .slice(0, max);
}

/** "> “We answer every call within 10 seconds.” — _Customer Service_". */
export function quoteLine(q: ReportQuote): string {
  return `> “${name(truncate(plain(q.text), QUOTE_MAX), QUOTE_MAX)}” — _${name(q.department)}_`;
}
