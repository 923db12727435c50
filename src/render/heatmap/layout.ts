/** Sizes and axis labels of the heatmap, fitted to its content. */
import { drawableName, truncateToWidth, wrapToWidth } from './names';

/** Cell width in CSS pixels (the PNG is drawn at 2×). */
export const CELL_WIDTH = 68;
/** Cell height in CSS pixels. */
export const CELL_HEIGHT = 34;
/** Font size of department (row) labels. */
export const ROW_FONT = 12;
/** Font size of touchpoint (column) labels. */
export const COLUMN_FONT = 11;
/** Font size of the values in the cells. */
export const CELL_FONT = 12;
const COLUMN_MAX_LINES = 3;
const ANGLED_LABEL_MAX = 170;
const ROW_LABEL_MAX = 200;
/** The angle of column labels that do not fit upright. */
export const COLUMN_ANGLE = -40;

/** Plot size and the text of every axis label, by row or column index. */
export type Layout = {
  width: number;
  height: number;
  /** Department labels, one line each. */
  rowLabels: string[];
  /** Touchpoint labels as lines: wrapped upright, or one line each when angled. */
  columnLabels: string[][];
  /** Lines in every column label (all padded to the same count). */
  columnLineCount: number;
  /** 0 when every touchpoint fits upright in at most three lines, else `COLUMN_ANGLE`. */
  columnAngle: number;
};

/**
 * Lays the grid out: upright, word-wrapped column labels when all of them fit their column,
 * otherwise every column label angled on one line; long names end with an ellipsis.
 */
export function planLayout(departments: readonly string[], touchpoints: readonly string[]): Layout {
  const names = touchpoints.map(drawableName);
  const wrapped = names.map((name) => wrapToWidth(name, CELL_WIDTH - 6, COLUMN_FONT, COLUMN_MAX_LINES));
  const upright = wrapped.every((lines) => lines !== null);
  const lineCount = upright ? Math.max(1, ...wrapped.map((lines) => lines?.length ?? 1)) : 1;
  // Vega stacks a multi-line label downwards from its baseline, so labels above the grid are
  // bottom-aligned by padding them with empty first lines (the spec lifts them by `lineCount`).
  const columnLabels = wrapped.map((lines, i) =>
    upright && lines !== null
      ? [...Array<string>(lineCount - lines.length).fill(''), ...lines]
      : [truncateToWidth(names[i] ?? '', ANGLED_LABEL_MAX, COLUMN_FONT)],
  );
  return {
    width: touchpoints.length * CELL_WIDTH,
    height: departments.length * CELL_HEIGHT,
    rowLabels: departments.map((d) => truncateToWidth(drawableName(d), ROW_LABEL_MAX, ROW_FONT)),
    columnLabels,
    columnLineCount: lineCount,
    columnAngle: upright ? 0 : COLUMN_ANGLE,
  };
}
