/**
 * Tagging in the languages beside English: each has its own lexicon (same theme keys), matched on
 * Snowball stems, so an English lexicon edit never moves another language's tags.
 */
import type { ThemeLexicon } from './lexicon';
import { type CompiledLexicon, compileLexicon, matchLexicon, type Slot } from './lexicon-matcher';
import { stemWords } from './snowball-adapter';

/** A language's lexicon and the idioms of it that tag nothing ("ehrlich gesagt" is not honesty). */
export interface LanguageLexicon {
  lexicon: ThemeLexicon;
  neutral: readonly string[];
}

/** A compiled lexicon of one language. */
export interface CompiledLanguage {
  readonly language: string;
  readonly compiled: CompiledLexicon;
}

function slots(text: string, language: string): Slot[] {
  return stemWords(text, language).map((word) =>
    word === null
      ? null
      : {
          token: {
            value: word.normal,
            normal: word.normal,
            lemma: word.stem,
            pos: 'X',
            type: 'word',
            stopWord: false,
          },
          sentenceStart: false,
        },
  );
}

/** Compiles `entry` for `language`: its terms are stemmed as the text will be. */
export function compileLanguage(language: string, entry: LanguageLexicon): CompiledLanguage {
  const words = (term: string): string[] =>
    stemWords(term, language).flatMap((w) => (w === null ? [] : [w.stem]));
  return { language, compiled: compileLexicon(entry.lexicon, { words, neutral: entry.neutral }) };
}

/** The theme keys `text` carries in `compiledLanguage`. */
export function tagInLanguage(text: string, { language, compiled }: CompiledLanguage): Set<string> {
  const match = matchLexicon(compiled, slots(text, language));
  return new Set(
    [...match.themes].flatMap((i) => (compiled.keys[i] === undefined ? [] : [compiled.keys[i]])),
  );
}
