/**
 * The CX theme lexicon: its type and the validator used when an admin edits it.
 */
import { z } from 'zod';

/**
 * An editable CX theme lexicon.
 *
 * Each term is a lower-case lemma (`"discount"`, `"wait"`) or a phrase of up to
 * {@link MAX_TERM_WORDS} words (`"first contact"`, `"no surprise"`). Terms are matched against
 * the lemmas of an answer and, as a fallback, its lower-cased words, so inflected forms also work.
 * A term may belong to several themes; it then tags all of them.
 */
export interface ThemeLexicon {
  themes: { key: string; label: string; terms: string[] }[];
}

/** Result of {@link parseLexicon}. */
export type ParseLexiconResult = { ok: true; lexicon: ThemeLexicon } | { ok: false; errors: string[] };

/** Upper bounds that keep an edited lexicon sane (and tagging fast). */
export const MAX_THEMES = 50;
export const MAX_TERMS_PER_THEME = 500;
export const MAX_TERM_WORDS = 5;
export const MAX_TERM_CHARS = 60;
export const MAX_LABEL_CHARS = 60;

/** Canonical form of a term: NFKC, lower-case, trimmed, single spaces. */
export function normaliseTerm(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return [...dupes];
}

const termSchema = z
  .string()
  .transform(normaliseTerm)
  .pipe(
    z
      .string()
      .min(1, 'term must not be empty')
      .max(MAX_TERM_CHARS, `term must be at most ${MAX_TERM_CHARS} characters`)
      .regex(/[\p{L}\p{N}]/u, 'term must contain a letter or a digit')
      .refine((t) => t.split(' ').length <= MAX_TERM_WORDS, `term must have at most ${MAX_TERM_WORDS} words`),
  );

const themeSchema = z
  .object({
    key: z
      .string()
      .regex(
        /^[a-z][a-z0-9_]{0,39}$/,
        'key must be lower-case letters, digits or "_" (max 40), starting with a letter',
      ),
    label: z.string().trim().min(1, 'label must not be empty').max(MAX_LABEL_CHARS),
    terms: z
      .array(termSchema)
      .min(1, 'a theme needs at least one term')
      .max(MAX_TERMS_PER_THEME, `a theme can have at most ${MAX_TERMS_PER_THEME} terms`),
  })
  .superRefine((theme, ctx) => {
    for (const term of duplicates(theme.terms)) {
      ctx.addIssue({ code: 'custom', path: ['terms'], message: `duplicate term "${term}"` });
    }
  });

const lexiconSchema = z
  .object({
    themes: z
      .array(themeSchema)
      .min(1, 'the lexicon needs at least one theme')
      .max(MAX_THEMES, `the lexicon can have at most ${MAX_THEMES} themes`),
  })
  .superRefine((lexicon, ctx) => {
    for (const key of duplicates(lexicon.themes.map((t) => t.key))) {
      ctx.addIssue({ code: 'custom', path: ['themes'], message: `duplicate theme key "${key}"` });
    }
  });

/**
 * Validates an admin-edited lexicon (e.g. parsed JSON).
 *
 * On success the returned lexicon has normalised terms (lower-case, trimmed, single-spaced) and
 * trimmed labels, and no unknown properties. On failure, `errors` holds one readable message per
 * problem, prefixed with its path (`themes.2.terms.0: term must not be empty`). Never throws.
 */
export function parseLexicon(input: unknown): ParseLexiconResult {
  const result = lexiconSchema.safeParse(input);
  if (result.success) return { ok: true, lexicon: result.data };
  const errors = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
  return { ok: false, errors };
}
