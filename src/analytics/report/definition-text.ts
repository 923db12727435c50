/**
 * The free-text parts of the definitions section: frequent terms and quotes.
 */
import { type NameMatcher, nameMatcher, scrubQuote } from '../quote-scrub/index';
import type { ReportQuote, TermEntry } from './model/index';
import type { InputQuote, ReportInput, TermCount } from './report-input';

/** A word must be used in at least this many answers to be reported (a word one person used can identify them). */
export const MIN_TERM_COUNT = 2;
/** Terms listed per department and company-wide. */
export const TOP_TERMS = 8;
/** Quotes shown per department. */
export const QUOTES_PER_DEPARTMENT = 3;
/** Quotes are cut to this many characters. */
export const MAX_QUOTE_CHARS = 240;
/** Shorter definitions ("fast", "n/a") are not worth quoting. */
const MIN_QUOTE_CHARS = 20;

/** The most used terms (summed per term), at least {@link MIN_TERM_COUNT} answers each. */
export function topTerms(rows: readonly TermCount[], limit = TOP_TERMS): TermEntry[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.term, (counts.get(r.term) ?? 0) + r.count);
  return [...counts]
    .map(([term, count]) => ({ term, count }))
    .filter((t) => t.count >= MIN_TERM_COUNT)
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term))
    .slice(0, limit);
}

/** Trims, folds white space and control characters to single spaces, and cuts to `max` characters. */
export function cleanQuote(text: string, max = MAX_QUOTE_CHARS): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A quote chosen for a department, with the candidates it was made from (two may read alike). */
export interface ChosenQuote<Q extends InputQuote> {
  departmentId: number;
  text: string;
  from: Q[];
}

/**
 * Up to {@link QUOTES_PER_DEPARTMENT} quotes for each of these departments, in their order: each
 * candidate scrubbed of contacts, links, mentions and the roster's names, cleaned, long enough and
 * distinct, before it is chosen.
 */
export function chooseQuotes<Q extends InputQuote>(
  candidates: readonly Q[],
  departmentIds: readonly number[],
  names: NameMatcher,
): ChosenQuote<Q>[] {
  const out: ChosenQuote<Q>[] = [];
  for (const departmentId of departmentIds) {
    const chosen = new Map<string, Q[]>();
    for (const q of candidates) {
      if (q.departmentId !== departmentId) continue;
      const text = cleanQuote(scrubQuote(q.text, names));
      if (Array.from(text).length < MIN_QUOTE_CHARS) continue;
      const same = chosen.get(text);
      if (same) same.push(q);
      else if (chosen.size < QUOTES_PER_DEPARTMENT) chosen.set(text, [q]);
    }
    for (const [text, from] of chosen) out.push({ departmentId, text, from });
  }
  return out;
}

/** The quotes of the report: {@link chooseQuotes} over the shown departments, by department name. */
export function quotesOf(input: ReportInput): ReportQuote[] {
  const names = nameMatcher(input.quotes.length > 0 ? (input.rosterNames ?? []) : []);
  const nameOf = new Map(input.departments.map((d) => [d.id, d.name]));
  return chooseQuotes(
    input.quotes,
    input.departments.map((d) => d.id),
    names,
  ).map((q) => ({ department: nameOf.get(q.departmentId) ?? '', text: q.text }));
}
