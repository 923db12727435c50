/**
 * Roster names in free text: whole words only, case- and accent-insensitive, possessives included
 * ("Anna's" → "[name]'s"); a name that is also a common word is matched only when capitalised.
 */
import { COMMON_WORDS, NAME_PARTICLES } from './common-words';
import { MARK } from './contacts';

/** A word, keeping inner apostrophes (O'Brien, d'Arc); hyphens split (Jean-Pierre is two words). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
/** Adjacent marks ("[name] [name]", "[name]-[name]") read as one. */
const RUN_OF_NAMES = /\[name\](?:\s*-\s*\[name\]|\s+\[name\])+/g;

/** The roster's names as words to look up: folded word → whether it is also a common word. */
export type NameMatcher = ReadonlyMap<string, boolean>;

/** Lower case, no accents, one apostrophe: "José" and "jose" fold alike, and "Anna’s" to "anna's". */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

/** The words of every name (real and display), except particles, single letters and numbers. */
export function nameMatcher(names: Iterable<string>): NameMatcher {
  const words = new Map<string, boolean>();
  for (const name of names)
    for (const [word] of name.normalize('NFKC').matchAll(WORD)) {
      const folded = foldWord(word);
      if (Array.from(folded).length < 2 || NAME_PARTICLES.has(folded) || /^\d+$/.test(folded)) continue;
      words.set(folded, COMMON_WORDS.has(folded));
    }
  return words;
}

const capitalised = (word: string) => {
  const first = Array.from(word)[0] ?? '';
  return first !== first.toLowerCase();
};

/** Every roster name in `text` replaced by "[name]"; nothing else changes. */
export function scrubNames(text: string, names: NameMatcher): string {
  if (names.size === 0) return text.replace(RUN_OF_NAMES, MARK.name);
  const replaced = text.replace(WORD, (word: string, at: number) => {
    if (text[at - 1] === '[' && text[at + word.length] === ']') return word; // a mark already
    const folded = foldWord(word);
    const possessive = /'s$/.test(folded) ? word.slice(-2) : '';
    const stem = possessive ? folded.slice(0, -2) : folded;
    const common = names.get(folded) ?? names.get(stem);
    if (common === undefined || (common && !capitalised(word))) return word;
    return names.has(folded) ? MARK.name : `${MARK.name}${possessive}`;
  });
  return replaced.replace(RUN_OF_NAMES, MARK.name);
}
