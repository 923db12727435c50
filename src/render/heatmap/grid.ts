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
  /** A cell of the customers' row. */
  customers?: boolean;
};

/** Every department × touchpoint pair once, row by row, in the input's order. */
export type Grid = {
  departments: string[];
  touchpoints: string[];
  cells: GridCell[];
  /** The customers' row label, after an empty spacer row; null without customer scores. */
  customerLabel: string | null;
  /** The customers' cells (row = departments + 1), only touchpoints with a score. */
  customerCells: GridCell[];
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
  return { departments, touchpoints, cells, ...customerRow(input, departments.length, touchpoints) };
}

/** The customers' row, one spacer row below the last department. */
function customerRow(
  input: HeatmapInput,
  departmentCount: number,
  touchpoints: readonly string[],
): Pick<Grid, 'customerLabel' | 'customerCells'> {
  const given = input.customers;
  if (given === undefined || given.cells.length === 0) return { customerLabel: null, customerCells: [] };
  const label = cleanName(given.label);
  const byName = new Map(
    given.cells.filter((c) => Number.isFinite(c.mean)).map((c) => [cleanName(c.touchpoint), c]),
  );
  const customerCells = touchpoints.flatMap((touchpoint, col) => {
    const c = byName.get(touchpoint);
    return c === undefined
      ? []
      : [
          {
            department: label,
            touchpoint,
            mean: c.mean,
            n: c.n,
            row: departmentCount + 1,
            col,
            customers: true,
          },
        ];
  });
  return { customerLabel: customerCells.length > 0 ? label : null, customerCells };
}

/** Row labels top to bottom: the departments, then (with customer scores) a spacer and the customers. */
export function rowLabelsOf(grid: Grid): string[] {
  return grid.customerLabel === null ? grid.departments : [...grid.departments, '', grid.customerLabel];
}

/** True when there is nothing to draw: no departments or no touchpoints. */
export function isEmptyGrid(grid: Grid): boolean {
  return grid.departments.length === 0 || grid.touchpoints.length === 0;
}
