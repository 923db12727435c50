/** Builds a language's lexicon from its terms by theme key ("a | b c"), labels as in English. */
import { DEFAULT_LEXICON } from '../default-lexicon';
import type { ThemeLexicon } from '../lexicon';

export function lexiconOf(terms: Readonly<Record<string, string>>): ThemeLexicon {
  return {
    themes: DEFAULT_LEXICON.themes
      .filter((t) => terms[t.key] !== undefined)
      .map((t) => ({
        key: t.key,
        label: t.label,
        terms: [
          ...new Set(
            (terms[t.key] ?? '')
              .split('|')
              .map((x) => x.trim())
              .filter((x) => x !== ''),
          ),
        ],
      })),
  };
}
