/** Shared Vega-Lite config: Inter everywhere (the only font resvg is given), quiet greys, white background. */
import type { Config } from 'vega-lite';
import { stripEmoji, truncateToWidth } from './names';
import type { HeatmapInput } from './types';

/** The font family the SVG names; `fonts.ts` hands resvg the matching files. */
export const FONT = 'Inter';
/** Main text colour. */
export const TEXT = '#1b1f24';
/** Secondary text colour (subtitle, legend labels). */
export const MUTED = '#57606a';

/** Vega-Lite config with the font set on every text-bearing part. */
export const THEME: Config = {
  font: FONT,
  background: 'white',
  padding: 20,
  view: { stroke: null },
  title: {
    font: FONT,
    fontSize: 17,
    fontWeight: 600,
    color: TEXT,
    subtitleFont: FONT,
    subtitleFontSize: 12,
    subtitleColor: MUTED,
    subtitlePadding: 6,
    anchor: 'start',
    frame: 'bounds',
    offset: 16,
  },
  axis: {
    labelFont: FONT,
    titleFont: FONT,
    labelColor: TEXT,
    domain: false,
    ticks: false,
    grid: false,
    labelLimit: 0,
  },
  legend: {
    labelFont: FONT,
    titleFont: FONT,
    labelColor: MUTED,
    titleColor: TEXT,
    titleFontSize: 11,
    titleFontWeight: 600,
    labelFontSize: 11,
  },
  text: { font: FONT },
};

/** Titles longer than this (CSS px) end with an ellipsis. */
const TITLE_MAX = 900;

/** The chart title and subtitle, cleaned and cut to a sensible width. */
export function titleOf(input: HeatmapInput): { text: string; subtitle?: string } {
  const text = truncateToWidth(stripEmoji(input.title), TITLE_MAX, 17, true);
  const subtitle = truncateToWidth(stripEmoji(input.subtitle ?? ''), TITLE_MAX, 12);
  return subtitle === '' ? { text } : { text, subtitle };
}
