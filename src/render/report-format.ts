/**
 * Small number and text formatting shared by the report renderers (terminal text and Block Kit).
 * Pure helpers, no Slack or terminal specifics.
 */

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
