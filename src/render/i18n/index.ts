/** The message catalog: a person's Slack locale chooses the language, English when there is none. */
import { de } from './de';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';

export type { Messages } from './en';

export const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CATALOG: Record<Language, Messages> = { en, fr, de, es, pt };

/** The language of a Slack locale (`fr-CA` → fr, `pt-BR` → pt, `es-419` → es); English otherwise. */
export function languageOf(locale: string | null | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base) ?? 'en';
}

/** The messages for a Slack locale (or a bare language code); English when unknown or null. */
export function messagesFor(locale: string | null | undefined): Messages {
  return CATALOG[languageOf(locale)];
}
