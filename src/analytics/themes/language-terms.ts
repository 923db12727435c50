/**
 * Frequent-word candidates outside the lexicon for the languages beside English, as English has
 * its content lemmas: the words of an answer that no lexicon term consumed, that are not stop-words
 * or generic CX words of the language, and whose stem is not a single-word term of its lexicon.
 * One term per stem and answer, reported as written (lower case, accents kept), so admins read a
 * word they can add with `/cx-alignment themes add LANG THEME WORD`.
 */
import type { StemmedWord } from './snowball-adapter';

/** A plausible word: starts with a letter, then letters or marks, 3 to 40 characters. */
const WORD = /^\p{L}[\p{L}\p{M}]{2,39}$/u;

/** What decides which words of one language are notable. */
export interface LanguageTermsFilter {
  /** The language's stop-words and generic CX words, plain (no diacritics) and lower-cased. */
  readonly stopWords: ReadonlySet<string>;
  /** Stems of the lexicon's single-word terms. */
  readonly lexiconStems: ReadonlySet<string>;
  /** At most this many terms are returned. */
  readonly max: number;
}

/** The notable words of `words`, unique by stem, in text order; `consumed[i]` marks lexicon matches. */
export function languageTerms(
  words: readonly (StemmedWord | null)[],
  consumed: readonly boolean[],
  { stopWords, lexiconStems, max }: LanguageTermsFilter,
): string[] {
  const stems = new Set<string>();
  const terms: string[] = [];
  words.forEach((word, i) => {
    if (word === null || consumed[i] || terms.length >= max) return;
    if (!WORD.test(word.written) || stopWords.has(word.normal)) return;
    if (lexiconStems.has(word.stem) || stems.has(word.stem)) return;
    stems.add(word.stem);
    terms.push(word.written);
  });
  return terms;
}
