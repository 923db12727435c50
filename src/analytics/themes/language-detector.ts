/**
 * Which language an answer is in: the person's Slack locale when known ("fr-FR" → `fr`), else eld's
 * n-gram detector (small database), which is right on short answers where trigram detectors are not.
 */
import { eld } from 'eld/small';

/** The code of an answer in a language the tagger has no lexicon for. */
export const UNKNOWN_LANGUAGE = 'xx';
/** The language assumed when the text is too short to tell (the default lexicon's). */
export const DEFAULT_LANGUAGE = 'en';
/**
 * The languages told apart: those with a lexicon and their neighbours, so an Italian or Dutch answer
 * is recognised as such (`xx`) rather than as Spanish or German. A subset doubles eld's speed.
 */
const DETECTED = [
  'en',
  'fr',
  'de',
  'es',
  'pt',
  'it',
  'nl',
  'pl',
  'sv',
  'da',
  'no',
  'fi',
  'ro',
  'tr',
  'ca',
  'cs',
];
eld.setLanguageSubset(DETECTED);

/** The ISO 639-1 code of a Slack locale (`"pt-BR"` → `pt`), or undefined. */
export function localeLanguage(locale: string | undefined): string | undefined {
  const match = /^([a-z]{2})(?:[-_]|$)/i.exec(locale ?? '');
  return match?.[1]?.toLowerCase();
}

/**
 * The language of `text` among `supported`, or {@link UNKNOWN_LANGUAGE}. A locale hint wins; an
 * unreliable detection (a word or two) falls back to {@link DEFAULT_LANGUAGE}.
 */
export function detectLanguage(text: string, supported: ReadonlySet<string>, locale?: string): string {
  const hinted = localeLanguage(locale);
  const language = hinted ?? detected(text);
  return supported.has(language) ? language : UNKNOWN_LANGUAGE;
}

function detected(text: string): string {
  const result = eld.detect(text);
  return result.language !== '' && result.isReliable() ? result.language : DEFAULT_LANGUAGE;
}
