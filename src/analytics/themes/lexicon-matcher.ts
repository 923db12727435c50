/**
 * Compiles a {@link ThemeLexicon} into a phrase index and finds its terms in analysed text.
 *
 * Terms are split into words by the same wink-nlp tokeniser as the text (`"24x7"` → `24` `x7`,
 * `"follow-up"` → `follow` `up`). A term word matches a text word when it equals the text word's
 * lemma or its lower-cased form: `surprise` matches "surprises", `broken` matches "broken". Term words
 * are not lemmatised themselves: out of context, `broken` would become `break` and match "lunch break".
 * Matching is greedy, longest phrase first, and a matched word is consumed: "no surprises" is
 * the trust phrase `no surprise`, not the delight word `surprise`; "hassle-free" is ease, not value.
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
/** Joiners that are skipped rather than treated as breaks: "first-contact" = "first contact". */
const JOINERS = new Set(['-', '‐', '‑', '/', "'", '’']);
const SENTENCE_END = new Set(['.', '!', '?', '…', ';']);

/** Turns tokens into slots: words and numbers, with breaks at punctuation, emoji, URLs, etc. */
export function toSlots(tokens: readonly AnalysedToken[]): Slot[] {
  const slots: Slot[] = [];
  let sentenceStart = true;
  for (const token of tokens) {
    if (MATCHABLE_TYPES.has(token.type)) {
      slots.push({ token, sentenceStart });
      sentenceStart = false;
    } else if (!JOINERS.has(token.value)) {
      slots.push(null);
      if (SENTENCE_END.has(token.value)) sentenceStart = true;
    }
  }
  return slots;
}

/** Compiles `lexicon`; terms that analyse to no word (e.g. only punctuation) are ignored. */
export function compileLexicon(lexicon: ThemeLexicon): CompiledLexicon {
  const byKey = new Map<string, Phrase>();
  lexicon.themes.forEach((theme, themeIndex) => {
    for (const term of theme.terms) {
      const words = toSlots(analyse(normaliseTerm(term)))
        .filter((slot) => slot !== null)
        .map((slot) => slot.token.normal);
      if (words.length === 0) continue;
      const id = words.join(' ');
      const existing = byKey.get(id);
      if (existing) existing.themes.add(themeIndex);
      else byKey.set(id, { words, themes: new Set([themeIndex]) });
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
