/** A plain-words description of the heatmap for Slack's `alt_text` (at most 1000 characters). */
import { truncate } from '../escape';
import { buildGrid, type GridCell, isEmptyGrid } from './grid';
import { cleanName } from './names';
import type { HeatmapInput } from './types';

/** Slack's limit on an image block's `alt_text`. */
export const ALT_TEXT_MAX = 1000;
const NAME_MAX = 40;
const EXTREMES = 3;

const name = (text: string): string => truncate(text === '' ? '(unnamed)' : text, NAME_MAX);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const cellText = (c: GridCell & { mean: number }): string =>
  `${name(c.department)} on ${name(c.touchpoint)} ${c.mean.toFixed(1)} (n=${c.n})`;

/** The touchpoint whose department means spread the most, if any has two or more shown. */
function widestSplit(cells: readonly (GridCell & { mean: number })[]): string | null {
  const byTouchpoint = new Map<string, number[]>();
  for (const c of cells) byTouchpoint.set(c.touchpoint, [...(byTouchpoint.get(c.touchpoint) ?? []), c.mean]);
  let best: { touchpoint: string; spread: number } | null = null;
  for (const [touchpoint, means] of byTouchpoint) {
    if (means.length < 2) continue;
    const spread = Math.max(...means) - Math.min(...means);
    if (best === null || spread > best.spread) best = { touchpoint, spread };
  }
  return best === null
    ? null
    : `Departments disagree most on ${name(best.touchpoint)} (spread ${best.spread.toFixed(1)}).`;
}

/**
 * Describes the heatmap: what it shows, the highest and lowest cells, where departments
 * disagree most, and how many cells are hidden. Names come from the input unaltered (emoji kept).
 */
export function heatmapAltText(input: HeatmapInput): string {
  const grid = buildGrid(input);
  const cleanTitle = cleanName(input.title);
  const title = cleanTitle === '' ? 'Heatmap' : `Heatmap: ${cleanTitle}`;
  if (isEmptyGrid(grid)) return truncate(`${title}. No data yet.`, ALT_TEXT_MAX);
  const shown = grid.cells.filter((c): c is GridCell & { mean: number } => c.mean !== null);
  const parts = [
    `${title}.`,
    `${plural(grid.departments.length, 'department')} (rows) by ${plural(grid.touchpoints.length, 'touchpoint')} (columns), colour and number = mean rating from 1 (red) through 3 (yellow) to 5 (blue).`,
  ];
  if (shown.length === 0) {
    parts.push('Every cell is hidden: too few answers.');
  } else {
    const sorted = [...shown].sort((a, b) => b.mean - a.mean || a.row - b.row || a.col - b.col);
    const k = Math.min(EXTREMES, Math.floor(sorted.length / 2) || 1);
    parts.push(`Highest: ${sorted.slice(0, k).map(cellText).join('; ')}.`);
    if (sorted.length > 1) parts.push(`Lowest: ${sorted.slice(-k).reverse().map(cellText).join('; ')}.`);
    const split = widestSplit(shown);
    if (split !== null) parts.push(split);
    const hidden = grid.cells.length - shown.length;
    if (hidden > 0) parts.push(`${plural(hidden, 'cell')} hidden (too few answers).`);
  }
  if (grid.customerLabel !== null)
    parts.push(
      `Last row, set apart: ${name(grid.customerLabel)}, the customers' own scores on 1–5: ${grid.customerCells.map((c) => `${name(c.touchpoint)} ${(c.mean ?? 0).toFixed(1)} (n=${c.n})`).join('; ')}.`,
    );
  return truncate(parts.join(' '), ALT_TEXT_MAX);
}
