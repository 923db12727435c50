/**
 * The words of reports and digests, in the workspace's `report_language` (not a person's locale:
 * a channel post is read by everyone in it). Kept apart from the person-facing catalog in `../`.
 */

import { reportDe } from './de';
import { type ReportMessages, reportEn } from './en';
import { reportEs } from './es';
import { reportFr } from './fr';
import { type CountedNoun, REPORT_LANGUAGES, type ReportLanguage } from './languages';
import { reportPt } from './pt';

export type { ReportMessages } from './en';
export {
  type CountedNoun,
  REPORT_LANGUAGE_NAMES,
  REPORT_LANGUAGES,
  type ReportLanguage,
} from './languages';

export const REPORT_CATALOG: Readonly<Record<ReportLanguage, ReportMessages>> = {
  en: reportEn,
  fr: reportFr,
  de: reportDe,
  es: reportEs,
  pt: reportPt,
};

/** English, the default and the words every test that compares bytes was written against. */
export const REPORT_EN: ReportMessages = reportEn;

/** The catalog of a language; English for anything else (a stored value from a newer version). */
export function reportMessagesFor(lang: string | null | undefined): ReportMessages {
  return REPORT_LANGUAGES.find((l) => l === lang) === undefined
    ? reportEn
    : REPORT_CATALOG[lang as ReportLanguage];
}

/** "1 department", "3 departments", with the language's own rule for the singular. */
export function countOf(m: ReportMessages, n: number, noun: CountedNoun): string {
  const [one, many] = m.nouns[noun];
  return `${n} ${m.isOne(n) ? one : many}`;
}
