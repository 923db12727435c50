/**
 * A typed adapter over snowball-stemmers (the Snowball algorithms in plain JavaScript): stems and
 * words of non-English text, diacritics removed after stemming so "qualite" meets "qualité".
 */
import { createRequire } from 'node:module';

/** Snowball algorithm names by ISO 639-1 code. */
const ALGORITHMS: Readonly<Record<string, string>> = {
  fr: 'french',
  de: 'german',
  es: 'spanish',
  pt: 'portuguese',
  it: 'italian',
  nl: 'dutch',
};

/**
 * Words Snowball gives another word's stem, by language: French "attention" stems to "attent", as
 * "attente" (waiting) does, so every "attention" (a kind gesture) was tagged as speed.
 */
const OWN_STEMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  fr: {
    attention: 'attention',
    attentions: 'attention',
    attentionné: 'attentionn',
    attentionnée: 'attentionn',
    attentionnés: 'attentionn',
  },
};

type Stem = (word: string) => string;
const stemmers = new Map<string, Stem>();
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

const plain = (word: string): string => word.normalize('NFD').replace(MARKS, '');

function stemmerFor(language: string): Stem {
  const cached = stemmers.get(language);
  if (cached) return cached;
  const algorithm = ALGORITHMS[language];
  if (algorithm === undefined) throw new Error(`no stemmer for ${language}`);
  const lib: unknown = createRequire(import.meta.url)('snowball-stemmers');
  const make = (lib as { newStemmer?: unknown }).newStemmer;
  if (typeof make !== 'function') throw new Error('snowball-stemmers could not be loaded');
  const stemmer: unknown = make(algorithm);
  const stem = (stemmer as { stem?: unknown }).stem;
  if (typeof stem !== 'function') throw new Error('snowball-stemmers returned no stemmer');
  const own = OWN_STEMS[language] ?? {};
  const bound: Stem = (word) => own[word] ?? String(stem.call(stemmer, word));
  stemmers.set(language, bound);
  return bound;
}

/** A word of the text: its stem and its lower-cased form, both without diacritics, and as written (lower-cased). */
export interface StemmedWord {
  readonly stem: string;
  readonly normal: string;
  readonly written: string;
}

/** Splits `text` into words by sentence ("." "!" "?" ";" "," break phrases: `null`). */
export function stemWords(text: string, language: string): (StemmedWord | null)[] {
  const stem = stemmerFor(language);
  const out: (StemmedWord | null)[] = [];
  for (const part of text.toLowerCase().split(/[.!?;,:…()"«»]+/u)) {
    for (const word of part.match(WORD) ?? [])
      out.push({ stem: plain(stem(word)), normal: plain(word), written: word });
    out.push(null);
  }
  return out;
}

/** True when a Snowball stemmer is known for `language`. */
export function hasStemmer(language: string): boolean {
  return Object.hasOwn(ALGORITHMS, language);
}
