/**
 * The free-text parts of the definitions section: frequent terms and quotes.
 */
import { nameMatcher, scrubQuote } from '../quote-scrub/index';
import type { ReportQuote, TermEntry } from './model/index';
import type { ReportInput, TermCount } from './report-input';

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

/**
 * Up to {@link QUOTES_PER_DEPARTMENT} quotes per shown department, in department order, each
 * scrubbed of contacts, links, mentions and the roster's names before it is chosen.
 */
export function quotesOf(input: ReportInput): ReportQuote[] {
  const out: ReportQuote[] = [];
  const names = nameMatcher(input.quotes.length > 0 ? (input.rosterNames ?? []) : []);
  for (const d of input.departments) {
    const texts = input.quotes
      .filter((q) => q.departmentId === d.id)
      .map((q) => cleanQuote(scrubQuote(q.text, names)))
      .filter((text) => Array.from(text).length >= MIN_QUOTE_CHARS);
    for (const text of [...new Set(texts)].slice(0, QUOTES_PER_DEPARTMENT))
      out.push({ department: d.name, text });
  }
  return out;
}
