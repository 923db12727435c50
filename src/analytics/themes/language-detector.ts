/**
 * Which language an answer is in: the person's Slack locale when known ("fr-FR" → `fr`), else
 * plainly English text by a stopword check (half the cost of tagging is saved), else eld's n-gram
 * detector (small database), which is right on short answers where trigram detectors are not.
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

/** English function words that are not words of the other languages told apart. */
const ENGLISH_WORDS = new Set(
  (
    'the and of to are be been being they them their we our you your it its that this these those with ' +
    'for from not never when what who how why where which have has had do does did at by or if just ' +
    'get got without should would could every any more than about out up one my he she his her there ' +
    "after before like can can't don't doesn't isn't won't i'm it's they're we're you're is"
  ).split(' '),
);
/** Function words of the languages beside English (and their neighbours) that English lacks. */
const FOREIGN_WORDS = new Set(
  (
    'le la les des du une un et est pas que qui pour avec sans ce je nous vous très mais sur dans ' +
    'der die das und ist nicht ein eine einen mit für ohne ich wir sie sehr aber auch zu auf dass wenn ' +
    'el los las y es con sin por para una muy pero ni del al lo mi te se o os um uma não com sem mas ' +
    'e é de di il che per non het een en van niet voor met op te ik zijn och att og er ikke'
  ).split(' '),
);
/**
 * Letters of the Latin script, and letters of any other: text written only in another script
 * (Japanese, Greek, Arabic…) is in no language with a lexicon, whatever eld's subset guesses (it
 * returns no language there, which used to fall back to English).
 */
const LATIN_LETTER = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
/** How close English's eld score must be to the best one for English to be preferred. */
const ENGLISH_MARGIN = 0.05;

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

/** The text's words, lower-cased; `foreign` when a word has a letter outside a–z or is a foreign function word. */
function wordClues(text: string): { english: number; foreign: boolean } {
  let english = 0;
  let foreign = false;
  for (const word of text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []) {
    const plain = word.replace('’', "'");
    if (ENGLISH_WORDS.has(plain)) english += 1;
    if (FOREIGN_WORDS.has(plain) || /[^a-z']/.test(plain)) foreign = true;
  }
  return { english, foreign };
}

/**
 * Text with letters of other scripts only is unknown. Plain English (an English function word,
 * nothing foreign) skips eld. Otherwise eld decides, but
 * English is preferred when its score is close to the best one and nothing in the text is foreign
 * ("Wow moments" is not Catalan), and an unreliable guess ("fast" as German) is English unless the
 * text shows foreign words or letters ("Rápido", "Ni idea").
 */
function detected(text: string): string {
  if (NON_LATIN_LETTER.test(text) && !LATIN_LETTER.test(text)) return UNKNOWN_LANGUAGE;
  const clues = wordClues(text);
  if (clues.english > 0 && !clues.foreign) return DEFAULT_LANGUAGE;
  return byEld(text, clues.foreign);
}

/** eld's language for `text`, English when English scores close or the guess is unreliable (and `foreign` is false). */
function byEld(text: string, foreign: boolean): string {
  const result = eld.detect(text);
  if (result.language === '') return DEFAULT_LANGUAGE;
  if (!foreign) {
    const scores = result.getScores();
    const best = scores[result.language] ?? 0;
    if (!result.isReliable() || (scores[DEFAULT_LANGUAGE] ?? 0) >= best - ENGLISH_MARGIN) {
      return DEFAULT_LANGUAGE;
    }
  }
  return result.language;
}

/**
 * The language eld sees in text the English check took for English (every word plain a–z and one an
 * English function word: "Mandar mensagem avisando do atraso" has "do"), or undefined when eld
 * agrees it is English or cannot tell. The tagger asks only when the English lexicon found nothing.
 */
export function languageBesideEnglish(text: string, supported: ReadonlySet<string>): string | undefined {
  const language = byEld(text, false);
  return language !== DEFAULT_LANGUAGE && supported.has(language) ? language : undefined;
}

/**
 * The second-best language eld sees in `text` among `supported`, other than `chosen` and English, or
 * undefined: close languages (Spanish and Portuguese above all) are confused on short answers
 * ("Nada de cobros duplicados" reads as Portuguese), so when the first guess finds no theme the
 * tagger tries this one. Only for detected text; a locale is never second-guessed.
 */
export function runnerUpLanguage(
  text: string,
  supported: ReadonlySet<string>,
  chosen: string,
): string | undefined {
  const scores = eld.detect(text).getScores();
  const ranked = Object.entries(scores)
    .filter(([language]) => language !== chosen && language !== DEFAULT_LANGUAGE && supported.has(language))
    .sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0];
}
