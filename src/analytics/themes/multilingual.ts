/**
 * Tagging in the languages beside English: each has its own lexicon (same theme keys), matched on
 * Snowball stems, so an English lexicon edit never moves another language's tags.
 */
import { type LanguageTermsFilter, languageTerms } from './language-terms';
import type { ThemeLexicon } from './lexicon';
import { type CompiledLexicon, compileLexicon, matchLexicon, type Slot } from './lexicon-matcher';
import { stopWordsOf } from './lexicons/stop-words';
import { type StemmedWord, stemWords } from './snowball-adapter';

/** A language's lexicon and the idioms of it that tag nothing ("ehrlich gesagt" is not honesty). */
export interface LanguageLexicon {
  lexicon: ThemeLexicon;
  neutral: readonly string[];
}

/** A compiled lexicon of one language. */
export interface CompiledLanguage {
  readonly language: string;
  readonly compiled: CompiledLexicon;
  readonly stopWords: ReadonlySet<string>;
}

/** What an answer carries in one language: theme keys, and notable words outside the lexicon. */
export interface LanguageTags {
  readonly themes: Set<string>;
  readonly terms: string[];
}

function toSlot(word: StemmedWord | null): Slot {
  if (word === null) return null;
  const { normal, stem } = word;
  const token = { value: normal, normal, lemma: stem, pos: 'X', type: 'word', stopWord: false };
  return { token, sentenceStart: false };
}

/** Compiles `entry` for `language`: its terms are stemmed as the text will be. */
export function compileLanguage(language: string, entry: LanguageLexicon): CompiledLanguage {
  const words = (term: string): string[] =>
    stemWords(term, language).flatMap((w) => (w === null ? [] : [w.stem]));
  const compiled = compileLexicon(entry.lexicon, { words, neutral: entry.neutral });
  return { language, compiled, stopWords: stopWordsOf(language) };
}

/** The theme keys `text` carries in `compiledLanguage`, and at most `maxTerms` words outside its lexicon. */
export function tagInLanguage(
  text: string,
  { language, compiled, stopWords }: CompiledLanguage,
  maxTerms: number,
): LanguageTags {
  const words = stemWords(text, language);
  const match = matchLexicon(compiled, words.map(toSlot));
  const themes = new Set(
    [...match.themes].flatMap((i) => (compiled.keys[i] === undefined ? [] : [compiled.keys[i]])),
  );
  const filter: LanguageTermsFilter = { stopWords, lexiconStems: compiled.singleWords, max: maxTerms };
  return { themes, terms: languageTerms(words, match.consumed, filter) };
}
