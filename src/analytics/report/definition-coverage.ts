/**
 * How much of each department's definitions the theme tagger could read: answers per language,
 * how many got a theme, and how many are in a language with no lexicon ("not themed (language)").
 * The tagged answers are the base of every theme share, so answers the tagger cannot read never
 * lower a theme's share.
 */
import { UNKNOWN_LANGUAGE } from '../themes/index';
import { topTerms } from './definition-text';
import type { DefinitionCoverage, LanguageTerms } from './model/index';
import type { LanguageCount, TermCount } from './report-input';

/** Each department's coverage; none when the input has no language counts (results frozen before). */
export function coverageByDepartment(
  rows: readonly LanguageCount[] | undefined,
): Map<number, DefinitionCoverage> | undefined {
  if (rows === undefined) return undefined;
  const out = new Map<number, DefinitionCoverage>();
  for (const r of rows) {
    const c = out.get(r.departmentId) ?? { tagged: 0, themed: 0, notThemedLanguage: 0, languages: [] };
    if (r.language === UNKNOWN_LANGUAGE) c.notThemedLanguage += r.answers;
    else {
      c.tagged += r.answers;
      c.themed += r.themed;
    }
    c.languages.push({ language: r.language, answers: r.answers, themed: r.themed });
    out.set(r.departmentId, c);
  }
  for (const c of out.values())
    c.languages.sort((a, b) => b.answers - a.answers || a.language.localeCompare(b.language));
  return out;
}

/** An empty coverage, for a department with answers but no language row (none in practice). */
export const NO_COVERAGE: DefinitionCoverage = { tagged: 0, themed: 0, notThemedLanguage: 0, languages: [] };

/** The most used words outside the lexicon, per language (English first, then by code). */
export function termsByLanguage(rows: readonly TermCount[]): LanguageTerms[] {
  const languages = [...new Set(rows.map((r) => r.language ?? 'en'))].sort((a, b) =>
    a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b),
  );
  return languages
    .map((language) => ({
      language,
      terms: topTerms(rows.filter((r) => (r.language ?? 'en') === language)),
    }))
    .filter((l) => l.terms.length > 0);
}
