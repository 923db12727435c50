/**
 * Admins' extra theme terms, per language, kept in the settings store (`theme_lexicon_extras`,
 * every change audited) and checked with zod on the way in and out.
 */
import { z } from 'zod';
import {
  type ExtraTerms,
  LEXICON_LANGUAGES,
  MAX_TERM_CHARS,
  MAX_TERM_WORDS,
  normaliseTerm,
} from '../../analytics/themes/index';

/** The settings key the extra terms are stored under. */
export const EXTRAS_KEY = 'theme_lexicon_extras';
/** At most this many extra terms per theme and language. */
export const MAX_EXTRA_TERMS = 100;

/** One term as an admin types it: normalised, 1–60 characters, at most 5 words, a letter or digit. */
export const extraTermSchema = z
  .string()
  .transform(normaliseTerm)
  .pipe(
    z
      .string()
      .min(1, 'Say which word or phrase to add.')
      .max(MAX_TERM_CHARS, `A term is at most ${MAX_TERM_CHARS} characters.`)
      .regex(/[\p{L}\p{N}]/u, 'A term needs a letter or a digit.')
      .refine((t) => t.split(' ').length <= MAX_TERM_WORDS, `A term is at most ${MAX_TERM_WORDS} words.`),
  );

const storedSchema = z.record(
  z.string().refine((l) => LEXICON_LANGUAGES.includes(l)),
  z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), z.array(extraTermSchema).max(MAX_EXTRA_TERMS)),
);

/** The stored extras; anything unreadable counts as none (and is logged by the caller). */
export function parseExtras(value: unknown): { extras: ExtraTerms; ok: boolean } {
  if (value === null || value === undefined) return { extras: {}, ok: true };
  const parsed = storedSchema.safeParse(value);
  return parsed.success ? { extras: parsed.data, ok: true } : { extras: {}, ok: false };
}

/** `extras` with `term` added to (or removed from) `theme` in `language`; empty groups dropped. */
export function editExtras(
  extras: ExtraTerms,
  edit: { action: 'add' | 'remove'; language: string; theme: string; term: string },
): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const [language, themes] of Object.entries(extras)) {
    out[language] = Object.fromEntries(Object.entries(themes).map(([k, terms]) => [k, [...terms]]));
  }
  const themes = out[edit.language] ?? {};
  const terms = (themes[edit.theme] ?? []).filter((t) => t !== edit.term);
  if (edit.action === 'add') terms.push(edit.term);
  if (terms.length > 0) themes[edit.theme] = terms;
  else delete themes[edit.theme];
  if (Object.keys(themes).length > 0) out[edit.language] = themes;
  else delete out[edit.language];
  return out;
}
