/** Renders the heatmap to PNG in-process: Vega-Lite → Vega → SVG → resvg. */
import { Resvg } from '@resvg/resvg-js';
import { heatmapAltText } from './alt-text';
import { interFontFiles } from './fonts';
import { heatmapSpec } from './spec';
import { FONT } from './theme';
import type { HeatmapImage, HeatmapInput } from './types';
import { specToSvg } from './vega-adapter';

/** The PNG is drawn at this multiple of the SVG's CSS pixels, so it stays sharp on retina screens. */
export const PIXEL_RATIO = 2;

/** Rasterises an SVG with only the shipped Inter fonts (no system fonts, so output is the same everywhere). */
export function svgToPng(svg: string): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    font: { fontFiles: interFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT },
    fitTo: { mode: 'zoom', value: PIXEL_RATIO },
    background: 'white',
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/**
 * Renders `input` as a PNG heatmap with its alt text. No network, Slack or database; the only I/O
 * is reading the Inter font files (once). Empty input (no departments or no touchpoints) gives a
 * small "No data yet" card rather than an error.
 */
export async function renderHeatmapPng(input: HeatmapInput): Promise<HeatmapImage> {
  const svg = await specToSvg(heatmapSpec(input));
  return { ...svgToPng(svg), altText: heatmapAltText(input) };
}
