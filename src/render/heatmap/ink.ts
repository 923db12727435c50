/** Cell colours on the fixed 1–5 scale, and a label colour that stays readable on each. */
import { colourScheme } from './vega-adapter';

/** Diverging, colour-blind-safe vega scheme: 1 = red, 3 = pale yellow (neutral), 5 = blue. */
export const SCHEME = 'redyellowblue';
/** The colour scale's fixed domain: the rating scale, whatever the data's range. */
export const RATING_DOMAIN: [number, number] = [1, 5];
/** The neutral midpoint of the rating scale. */
export const RATING_MID = 3;
/** Dark label colour. */
export const DARK_INK = '#1b1f24';
/** Light label colour. */
export const LIGHT_INK = '#ffffff';

/** Relative luminance (WCAG 2) of an `rgb(r, g, b)` or `#rrggbb` colour. */
export function luminance(colour: string): number {
  const rgb = colour.startsWith('#')
    ? [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16))
    : (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours (1…21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

let scheme: ((t: number) => string) | undefined;

/** The fill colour of a mean rating (clamped to 1–5), as the chart's colour scale draws it. */
export function fillFor(mean: number): string {
  scheme ??= colourScheme(SCHEME);
  const [lo, hi] = RATING_DOMAIN;
  return scheme(Math.min(1, Math.max(0, (mean - lo) / (hi - lo))));
}

/** Whichever of dark and light ink contrasts more with the cell's fill. */
export function inkFor(mean: number): string {
  const fill = fillFor(mean);
  return contrast(fill, DARK_INK) >= contrast(fill, LIGHT_INK) ? DARK_INK : LIGHT_INK;
}
