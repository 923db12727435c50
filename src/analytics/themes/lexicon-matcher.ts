/**
 * Compiles a {@link ThemeLexicon} into a phrase index and finds its terms in analysed text.
 *
 * Terms are split into words by the same wink-nlp tokeniser as the text (`"24x7"` → `24` `x7`,
 * `"follow-up"` → `follow` `up`). A term word matches a text word when it equals the text word's
 * lemma or its lower-cased form: `surprise` matches "surprises", `broken` matches "broken". Term words
 * are not lemmatised themselves: out of context, `broken` would become `break` and match "lunch break".
 * Matching is greedy, longest phrase first, and a matched word is consumed: "no surprises" is
 * the trust phrase `no surprise`, not the delight word `surprise`; "hassle-free" is ease, not value.
 * Personal pronouns are one word class, so `repeat themselves` also matches "repeat myself" and
 * `keep them informed` "keep me informed". A few idioms ({@link NEUTRAL_PHRASES}) consume their
 * words and tag nothing: "second to none" is not about speed, "feel free" not about price.
 */
import type { ThemeLexicon } from './lexicon';
import { normaliseTerm } from './lexicon';
import { type AnalysedToken, analyse } from './wink-adapter';

/** A matchable word of the text; `null` marks a break that no phrase may span. */
export type Slot = { readonly token: AnalysedToken; readonly sentenceStart: boolean } | null;

interface Phrase {
  /** The phrase's words (lower-case). */
  readonly words: readonly string[];
  /** Indexes of the themes the phrase tags. */
  readonly themes: Set<number>;
}

/** A compiled lexicon. */
export interface CompiledLexicon {
  readonly keys: readonly string[];
  /** Phrases by their first word. */
  readonly index: ReadonlyMap<string, readonly Phrase[]>;
  /** Every single-word term. */
  readonly singleWords: ReadonlySet<string>;
}

const MATCHABLE_TYPES = new Set(['word', 'number', 'ordinal']);
/** Personal pronouns, matched as one class ({@link PRONOUN}). */
const PERSONAL_PRONOUNS = new Set(
  (
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves they them their theirs ' +
    'themselves themself he him his himself she her hers herself'
  ).split(' '),
);
/** The word every personal pronoun is matched as. */
export const PRONOUN = '§pron';
/** Idioms whose words are in the lexicon in another sense: they consume them and tag nothing. */
export const NEUTRAL_PHRASES: readonly string[] = [
  'second to none',
  'feel free',
  'same old',
  'same issue',
  'same problem',
  'same thing',
  'same mistake',
  'in the same boat',
  'at the same time',
  'money is tight',
  'nothing special',
];
/** A capitalised word: an upper-case letter, then lower-case ones. */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Sentence-start words re-analysed in lower case, by their written form (bounded). */
const relemmatised = new Map<string, AnalysedToken>();
const RELEMMATISED_MAX = 10_000;
/** Joiners that are skipped rather than treated as breaks: "first-contact" = "first contact". */
const JOINERS = new Set(['-', '‐', '‑', '/', "'", '’']);
const SENTENCE_END = new Set(['.', '!', '?', '…', ';']);

/**
 * wink tags a capitalised common word at the start of a sentence or bullet as a proper noun
 * ("Refunds processed…" → PROPN `refunds`): such a word is re-analysed in lower case, and kept
 * as a proper noun only if it still is one (a colleague's name stays out of the terms).
 */
function sentenceStartToken(token: AnalysedToken): AnalysedToken {
  if (token.pos !== 'PROPN' || !CAPITALISED.test(token.value)) return token;
  let lower = relemmatised.get(token.value);
  if (lower === undefined) {
    lower = analyse(token.normal)[0] ?? token;
    if (relemmatised.size >= RELEMMATISED_MAX) relemmatised.clear();
    relemmatised.set(token.value, lower);
  }
  return lower.pos === 'PROPN' ? token : { ...lower, value: token.value };
}

/** The token as matched: personal pronouns become {@link PRONOUN}. */
function matchable(token: AnalysedToken): AnalysedToken {
  return PERSONAL_PRONOUNS.has(token.normal) ? { ...token, normal: PRONOUN, lemma: PRONOUN } : token;
}

/** Turns tokens into slots: words and numbers, with breaks at punctuation, emoji, URLs, etc. */
export function toSlots(tokens: readonly AnalysedToken[]): Slot[] {
  const slots: Slot[] = [];
  let sentenceStart = true;
  for (const written of tokens) {
    if (MATCHABLE_TYPES.has(written.type)) {
      const token = matchable(sentenceStart ? sentenceStartToken(written) : written);
      slots.push({ token, sentenceStart });
      sentenceStart = false;
    } else if (!JOINERS.has(written.value)) {
      slots.push(null);
      if (SENTENCE_END.has(written.value)) sentenceStart = true;
    }
  }
  return slots;
}

/** How a language's terms are split into matchable words, and its idioms that tag nothing. */
export interface CompileOptions {
  words?: (term: string) => string[];
  neutral?: readonly string[];
}

/** English term words: wink's tokens, lower-cased, pronouns as {@link PRONOUN}. */
function englishWords(term: string): string[] {
  return toSlots(analyse(term))
    .filter((slot) => slot !== null)
    .map((slot) => slot.token.normal);
}

/** Compiles `lexicon`; terms that analyse to no word (e.g. only punctuation) are ignored. */
export function compileLexicon(lexicon: ThemeLexicon, options: CompileOptions = {}): CompiledLexicon {
  const wordsOf = options.words ?? englishWords;
  const byKey = new Map<string, Phrase>();
  const groups = [...lexicon.themes.map((theme) => theme.terms), options.neutral ?? NEUTRAL_PHRASES];
  groups.forEach((terms, themeIndex) => {
    const neutral = themeIndex === lexicon.themes.length;
    for (const term of terms) {
      const words = wordsOf(normaliseTerm(term));
      if (words.length === 0) continue;
      const id = words.join(' ');
      const existing = byKey.get(id);
      if (existing && !neutral) existing.themes.add(themeIndex);
      else if (!existing) byKey.set(id, { words, themes: new Set(neutral ? [] : [themeIndex]) });
    }
  });
  const index = new Map<string, Phrase[]>();
  const singleWords = new Set<string>();
  for (const phrase of byKey.values()) {
    const [first] = phrase.words;
    if (first === undefined) continue;
    index.set(first, [...(index.get(first) ?? []), phrase]);
    if (phrase.words.length === 1) singleWords.add(first);
  }
  for (const phrases of index.values()) phrases.sort((a, b) => b.words.length - a.words.length);
  return { keys: lexicon.themes.map((t) => t.key), index, singleWords };
}

function matchesAt(phrase: Phrase, slots: readonly Slot[], start: number): boolean {
  return phrase.words.every((word, offset) => {
    const slot = slots[start + offset];
    return slot != null && (slot.token.lemma === word || slot.token.normal === word);
  });
}

/** Result of {@link matchLexicon}. */
export interface LexiconMatch {
  /** Indexes of the themes found. */
  readonly themes: ReadonlySet<number>;
  /** `consumed[i]` is true when slot `i` is part of a matched term. */
  readonly consumed: readonly boolean[];
}

/** Finds lexicon terms in `slots`, longest phrase first, left to right. */
export function matchLexicon(lexicon: CompiledLexicon, slots: readonly Slot[]): LexiconMatch {
  const themes = new Set<number>();
  const consumed = slots.map(() => false);
  let i = 0;
  while (i < slots.length) {
    const slot = slots[i];
    let best: Phrase | undefined;
    if (slot) {
      const byLemma = lexicon.index.get(slot.token.lemma) ?? [];
      const byNormal =
        slot.token.normal === slot.token.lemma ? [] : (lexicon.index.get(slot.token.normal) ?? []);
      for (const phrase of [...byLemma, ...byNormal]) {
        const longer = best === undefined || phrase.words.length > best.words.length;
        if (longer && matchesAt(phrase, slots, i)) best = phrase;
      }
    }
    if (best === undefined) {
      i += 1;
      continue;
    }
    for (const theme of best.themes) themes.add(theme);
    for (let k = 0; k < best.words.length; k += 1) consumed[i + k] = true;
    i += best.words.length;
  }
  return { themes, consumed };
}
