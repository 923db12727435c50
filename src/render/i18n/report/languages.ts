/** The languages reports and digests are written in: the workspace's `report_language` setting. */
export const REPORT_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The nouns a report counts ("3 departments"), each with its singular and plural. */
export type CountedNoun = 'department' | 'answer' | 'respondent';
export type NounForms = Readonly<Record<CountedNoun, readonly [one: string, many: string]>>;
