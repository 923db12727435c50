/**
 * Small number and text formatting shared by the report renderers (terminal text and Block Kit).
 * Pure helpers, no Slack or terminal specifics.
 */

import type { DepartmentDefinition } from '../analytics/report/index';

/** Removes control characters (terminal escapes, newlines) and folds white space to single spaces. */
export function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  return text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
}

/** One decimal: 4.4. */
export const one = (x: number): string => x.toFixed(1);
/** Two decimals: 0.47. */
export const two = (x: number): string => x.toFixed(2);
/** A share in [0, 1] as a whole percentage: 68%. */
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * "12 of 15 answers themed, 3 not themed (language)": how much of a department's definition rests
 * on tagged text (its shares are over the 15). Empty for results frozen before it was counted.
 */
export function coverageNote(d: DepartmentDefinition): string {
  const c = d.coverage;
  if (c === undefined) return '';
  const other = c.notThemedLanguage > 0 ? `, ${c.notThemedLanguage} not themed (language)` : '';
  return `${c.themed} of ${c.tagged} ${c.tagged === 1 ? 'answer' : 'answers'} themed${other}`;
}
