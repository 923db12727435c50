/** Turns a `HeatmapInput` into a complete, clean departments × touchpoints grid. */
import { cleanName } from './names';
import type { HeatmapInput } from './types';

/** One grid cell; `mean` is null when suppressed or missing. */
export type GridCell = {
  department: string;
  touchpoint: string;
  mean: number | null;
  n: number;
  row: number;
  col: number;
};

/** Every department × touchpoint pair once, row by row, in the input's order. */
export type Grid = {
  departments: string[];
  touchpoints: string[];
  cells: GridCell[];
};

function uniqueClean(names: readonly string[]): string[] {
  return [...new Set(names.map(cleanName))];
}

/**
 * Builds the grid. Names are cleaned (white space folded) and de-duplicated, first one wins;
 * cells for unknown names are ignored, the first cell of a pair wins, a pair without a cell or
 * with a non-finite mean counts as suppressed (`mean: null`).
 */
export function buildGrid(input: HeatmapInput): Grid {
  const departments = uniqueClean(input.departments);
  const touchpoints = uniqueClean(input.touchpoints);
  const given = new Map<string, { mean: number | null; n: number }>();
  for (const cell of input.cells) {
    const key = JSON.stringify([cleanName(cell.department), cleanName(cell.touchpoint)]);
    if (given.has(key)) continue;
    const mean = cell.mean !== null && Number.isFinite(cell.mean) ? cell.mean : null;
    given.set(key, { mean, n: Number.isFinite(cell.n) ? cell.n : 0 });
  }
  const cells: GridCell[] = [];
  departments.forEach((department, row) => {
    touchpoints.forEach((touchpoint, col) => {
      const found = given.get(JSON.stringify([department, touchpoint]));
      cells.push({ department, touchpoint, mean: found?.mean ?? null, n: found?.n ?? 0, row, col });
    });
  });
  return { departments, touchpoints, cells };
}

/** True when there is nothing to draw: no departments or no touchpoints. */
export function isEmptyGrid(grid: Grid): boolean {
  return grid.departments.length === 0 || grid.touchpoints.length === 0;
}
