/**
 * Admins' own words for a theme, per language: merged into that language's lexicon only, so an
 * English addition never moves a French tag. A language with no lexicon gains none (its answers
 * stay "not themed (language)").
 */
import { DEFAULT_LEXICON } from './default-lexicon';
import { DEFAULT_LANGUAGE } from './language-detector';
import { normaliseTerm, type ThemeLexicon } from './lexicon';
import { DEFAULT_LANGUAGE_LEXICONS } from './lexicons/index';
import type { LanguageLexicon } from './multilingual';
import { createThemeTagger, type ThemeTagger } from './theme-tagger';

/** Extra terms by language (ISO 639-1), then by theme key. */
export type ExtraTerms = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** The languages that have a lexicon (and so may get extra terms), English first. */
export const LEXICON_LANGUAGES: readonly string[] = [
  DEFAULT_LANGUAGE,
  ...Object.keys(DEFAULT_LANGUAGE_LEXICONS),
];

function merged(
  lexicon: ThemeLexicon,
  extra: Readonly<Record<string, readonly string[]>> | undefined,
): ThemeLexicon {
  if (extra === undefined) return lexicon;
  return {
    themes: lexicon.themes.map((t) => ({
      ...t,
      terms: [...new Set([...t.terms, ...(extra[t.key] ?? []).map(normaliseTerm)])],
    })),
  };
}

/** The lexicons with `extras` added: English and each language beside it, unknown themes ignored. */
export function withExtraTerms(
  extras: ExtraTerms,
  english: ThemeLexicon = DEFAULT_LEXICON,
  languages: Readonly<Record<string, LanguageLexicon>> = DEFAULT_LANGUAGE_LEXICONS,
): { lexicon: ThemeLexicon; languages: Record<string, LanguageLexicon> } {
  const others: Record<string, LanguageLexicon> = {};
  for (const [language, entry] of Object.entries(languages)) {
    others[language] = { ...entry, lexicon: merged(entry.lexicon, extras[language]) };
  }
  return { lexicon: merged(english, extras[DEFAULT_LANGUAGE]), languages: others };
}

/** A tagger over the default lexicons plus `extras`. */
export function createTaggerWithExtras(extras: ExtraTerms): ThemeTagger {
  const { lexicon, languages } = withExtraTerms(extras);
  return createThemeTagger(lexicon, languages);
}
