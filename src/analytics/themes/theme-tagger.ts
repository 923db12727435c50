/**
 * Tags a free-text "what does a great customer experience look like?" answer with CX themes.
 */
import { DEFAULT_LEXICON } from './default-lexicon';
import {
  DEFAULT_LANGUAGE,
  detectLanguage,
  languageBesideEnglish,
  runnerUpLanguage,
  UNKNOWN_LANGUAGE,
} from './language-detector';
import type { ThemeLexicon } from './lexicon';
import { type CompiledLexicon, compileLexicon, matchLexicon, type Slot, toSlots } from './lexicon-matcher';
import { DEFAULT_LANGUAGE_LEXICONS } from './lexicons/index';
import { type CompiledLanguage, compileLanguage, type LanguageLexicon, tagInLanguage } from './multilingual';
import { sanitizeText } from './text-sanitizer';
import { type AnalysedToken, analyse } from './wink-adapter';

/** At most this many out-of-lexicon terms are returned per answer. */
export const MAX_TERMS_PER_ANSWER = 10;

/**
 * Words that say nothing about *which* CX an answer wants ("customer", "great", "experience"…).
 * They are never reported as frequent terms (none is a single-word term of the default lexicon).
 */
export const GENERIC_CX_WORDS: ReadonlySet<string> = new Set(
  (
    'customer client user consumer buyer people person experience cx service support team company business ' +
    'great good best better excellent amazing awesome nice perfect wonderful fantastic brilliant ' +
    'make give get take ensure sure thing stuff lot way really actually always never even just also ' +
    'want need like look feel think know go come let use do have be help'
  ).split(' '),
);

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
/** A plausible word lemma: starts with a letter, then letters, marks, hyphens or apostrophes. */
const WORD_LEMMA = /^\p{L}[\p{L}\p{M}'’-]{1,39}$/u;

/** Result of {@link ThemeTagger.tag}. */
export interface ThemeTags {
  /** Keys of the themes found, unique, in lexicon order. */
  themes: string[];
  /** Notable content lemmas outside the lexicon, unique, in text order, at most {@link MAX_TERMS_PER_ANSWER}. */
  terms: string[];
  /** ISO 639-1 code of the language the answer was read in, `xx` for one with no lexicon (no themes). */
  language: string;
}

/** Options of {@link ThemeTagger.tag}. */
export interface TagOptions {
  /** The person's Slack locale (`"fr-FR"`): when given, its language is used without detection. */
  locale?: string;
}

/** A tagger bound to one lexicon. */
export interface ThemeTagger {
  /** Theme keys of the lexicon, in order. */
  readonly themeKeys: readonly string[];
  /** Languages with a lexicon, English first. */
  readonly languages: readonly string[];
  /** Tags one answer. Never throws: on any failure the answer gets no themes and no terms. */
  tag(text: string, options?: TagOptions): ThemeTags;
}

/**
 * Proper nouns are skipped (names of colleagues or customers must not surface in reports), except at
 * the start of a sentence, where wink tags capitalised common words as PROPN ("Answer calls…",
 * "Customers…"): those are re-analysed in lower case to get their real POS and lemma.
 */
function contentToken(slot: NonNullable<Slot>): AnalysedToken | undefined {
  const { token, sentenceStart } = slot;
  if (CONTENT_POS.has(token.pos)) return token;
  if (token.pos !== 'PROPN' || !sentenceStart) return undefined;
  const [relemmatised] = analyse(token.normal);
  return relemmatised && CONTENT_POS.has(relemmatised.pos) ? relemmatised : undefined;
}

/** The lemma of `slot` if it is a notable content word outside the lexicon. */
function notableLemma(slot: Slot, lexiconWords: ReadonlySet<string>): string | undefined {
  if (slot === null || slot.token.type !== 'word' || slot.token.stopWord) return undefined;
  if (lexiconWords.has(slot.token.normal)) return undefined;
  const token = contentToken(slot);
  if (token === undefined || token.stopWord) return undefined;
  const { lemma } = token;
  const notable = WORD_LEMMA.test(lemma) && !GENERIC_CX_WORDS.has(lemma) && !lexiconWords.has(lemma);
  return notable ? lemma : undefined;
}

/** English tags: lexicon themes, and notable lemmas outside the lexicon. */
function tagEnglish(compiled: CompiledLexicon, text: string): ThemeTags {
  const slots = toSlots(analyse(text));
  const match = matchLexicon(compiled, slots);
  const themes = compiled.keys.filter((_, i) => match.themes.has(i));
  const terms = new Set<string>();
  slots.forEach((slot, i) => {
    if (terms.size >= MAX_TERMS_PER_ANSWER || match.consumed[i]) return;
    const lemma = notableLemma(slot, compiled.singleWords);
    if (lemma !== undefined) terms.add(lemma);
  });
  return { themes, terms: [...terms], language: DEFAULT_LANGUAGE };
}

/**
 * Creates a tagger for `lexicon` (English, default: {@link DEFAULT_LEXICON}) and, for the other
 * languages, `languages` (default: French, German, Spanish and Portuguese), matched on Snowball stems.
 *
 * Compiling the lexicon loads wink-nlp's English model on first use in the process (~0.4 s).
 * Only the first `MAX_INPUT_CHARS` (3000) characters of an answer are analysed, after Slack markup,
 * emoji short-codes and invisible characters are removed. The language is the locale's when given,
 * else detected; an answer in a language without a lexicon gets `xx` and no themes. Other languages
 * return only themes that the English lexicon also has, and their words outside their own lexicon
 * (stop-words and generic CX words of the language removed, one per Snowball stem).
 *
 * Negation is not reversed: themes are *topics*, not sentiment, so "never make them wait" and
 * "not slow" are about speed. Idiomatic negations that change the topic are lexicon phrases
 * instead (`no surprise`, `no hidden`, `hidden fee` → trust), which win over their single words.
 */
export function createThemeTagger(
  lexicon: ThemeLexicon = DEFAULT_LEXICON,
  languages: Readonly<Record<string, LanguageLexicon>> = DEFAULT_LANGUAGE_LEXICONS,
): ThemeTagger {
  const compiled = compileLexicon(lexicon);
  const themeKeys = [...compiled.keys];
  const others = new Map<string, CompiledLanguage>();
  const supported = new Set([DEFAULT_LANGUAGE, ...Object.keys(languages)]);
  const otherLanguage = (language: string): CompiledLanguage | undefined => {
    const entry = languages[language];
    if (entry === undefined) return undefined;
    let done = others.get(language);
    if (done === undefined) {
      done = compileLanguage(language, entry);
      others.set(language, done);
    }
    return done;
  };
  /** Tags `clean` in a language beside English (`xx`, nothing, when it has no lexicon). */
  const inLanguage = (clean: string, language: string): ThemeTags => {
    const other = otherLanguage(language);
    if (other === undefined) return { themes: [], terms: [], language: UNKNOWN_LANGUAGE };
    const found = tagInLanguage(clean, other, MAX_TERMS_PER_ANSWER);
    return { themes: themeKeys.filter((key) => found.themes.has(key)), terms: found.terms, language };
  };
  return {
    themeKeys,
    languages: [...supported],
    tag(text: string, options: TagOptions = {}): ThemeTags {
      try {
        const clean = sanitizeText(text);
        const language = detectLanguage(clean, supported, options.locale);
        if (language === DEFAULT_LANGUAGE) {
          const english = tagEnglish(compiled, clean);
          if (english.themes.length > 0 || options.locale !== undefined) return english;
          const beside = languageBesideEnglish(clean, supported);
          const retried = beside === undefined ? undefined : inLanguage(clean, beside);
          return retried !== undefined && retried.themes.length > 0 ? retried : english;
        }
        const first = inLanguage(clean, language);
        if (first.themes.length > 0 || options.locale !== undefined || first.language === UNKNOWN_LANGUAGE) {
          return first;
        }
        const second = runnerUpLanguage(clean, supported, language);
        const retried = second === undefined ? undefined : inLanguage(clean, second);
        return retried !== undefined && retried.themes.length > 0 ? retried : first;
      } catch {
        return { themes: [], terms: [], language: UNKNOWN_LANGUAGE };
      }
    },
  };
}
