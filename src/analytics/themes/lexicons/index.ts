/** The lexicons of the languages beside English, by ISO 639-1 code. */
import type { LanguageLexicon } from '../multilingual';
import { DE } from './de';
import { ES } from './es';
import { FR } from './fr';
import { PT } from './pt';

export const DEFAULT_LANGUAGE_LEXICONS: Readonly<Record<string, LanguageLexicon>> = {
  fr: FR,
  de: DE,
  es: ES,
  pt: PT,
};
