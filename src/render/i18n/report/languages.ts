/** The languages reports and digests are written in: the workspace's `report_language` setting. */
export const REPORT_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** Each language's name in itself, for the settings modal. */
export const REPORT_LANGUAGE_NAMES: Readonly<Record<ReportLanguage, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  pt: 'Português',
};

/** The nouns a report counts ("3 departments"), each with its singular and plural. */
export type CountedNoun = 'department' | 'answer' | 'respondent';
export type NounForms = Readonly<Record<CountedNoun, readonly [one: string, many: string]>>;
