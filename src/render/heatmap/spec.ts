/** The heatmap as a Vega-Lite spec: pure, inline data only. */
import type { TopLevelSpec } from 'vega-lite';
import { emptySpec } from './empty-spec';
import { buildGrid, type GridCell, isEmptyGrid, rowLabelsOf } from './grid';
import { inkFor } from './ink';
import { cellLayers } from './layers';
import { COLUMN_FONT, planLayout, ROW_FONT } from './layout';
import { THEME, titleOf } from './theme';
import type { HeatmapInput } from './types';

/** Label of suppressed cells. */
export const SUPPRESSED_LABEL = '–';
/** Ink of suppressed cells' labels. */
export const SUPPRESSED_INK = '#6e7781';

/** One row of the spec's inline data. */
export type HeatmapDatum = GridCell & { label: string; ink: string; suppressed: boolean };

/** The spec's data rows, one per grid cell, row by row. */
export function heatmapData(input: HeatmapInput): HeatmapDatum[] {
  const grid = buildGrid(input);
  return [...grid.cells, ...grid.customerCells].map((cell) =>
    cell.mean === null
      ? { ...cell, label: SUPPRESSED_LABEL, ink: SUPPRESSED_INK, suppressed: true }
      : { ...cell, label: cell.mean.toFixed(1), ink: inkFor(cell.mean), suppressed: false },
  );
}

const COLUMN_LINE = COLUMN_FONT + 3;

/**
 * A string as a vega expression. Vega's expression parser reads a string literal whose value is a
 * key of Object.prototype ("toString", "constructor", …) or "if" as an identifier (it looks the
 * value up in a plain object), and the view then fails to build: a department or touchpoint named
 * so stopped the heatmap, and the digest with it. Such a string is written as its first character
 * plus the rest, which the parser keeps as text; every other string stays a plain JSON literal.
 */
function stringExpr(s: string): string {
  const misread = s.length > 1 && (s === 'if' || s in Object.prototype);
  return misread ? `${JSON.stringify(s.slice(0, 1))}+${stringExpr(s.slice(1))}` : JSON.stringify(s);
}

/** A vega expression that maps an axis value (a row or column index) to its label. */
const labelsByIndex = (labels: readonly (string | string[])[]): string =>
  `[${labels.map((l) => (Array.isArray(l) ? `[${l.map(stringExpr).join(',')}]` : stringExpr(l))).join(',')}][datum.value]`;

/** Scale domain of row or column indices 0…n−1, cells touching. */
const indices = (n: number) => ({
  domain: Array.from({ length: n }, (_, i) => i),
  paddingInner: 0,
  paddingOuter: 0,
});

/**
 * The Vega-Lite spec of the heatmap: departments as rows, touchpoints as columns (both keyed by
 * index, labelled in input order), fill = mean on the fixed 1–5 `redyellowblue` scale (3 neutral),
 * each cell labelled with its mean to one decimal, suppressed cells grey with "–". With no
 * departments or no touchpoints it is a small card saying "No data yet" instead.
 */
export function heatmapSpec(input: HeatmapInput): TopLevelSpec {
  const grid = buildGrid(input);
  if (isEmptyGrid(grid)) return emptySpec(input);
  const rows = rowLabelsOf(grid);
  const layout = planLayout(rows, grid.touchpoints);
  const data = heatmapData(input);
  const upright = layout.columnAngle === 0;
  return {
    title: titleOf(input),
    width: layout.width,
    height: layout.height,
    data: { values: data },
    encoding: {
      x: {
        field: 'col',
        type: 'ordinal',
        scale: indices(grid.touchpoints.length),
        axis: {
          orient: 'top',
          title: null,
          labelExpr: labelsByIndex(layout.columnLabels),
          labelAngle: layout.columnAngle,
          labelFontSize: COLUMN_FONT,
          labelLineHeight: COLUMN_LINE,
          labelPadding: 8 + (layout.columnLineCount - 1) * COLUMN_LINE,
          ...(upright ? { labelBaseline: 'bottom' } : { labelAlign: 'left' }),
        },
      },
      y: {
        field: 'row',
        type: 'ordinal',
        scale: indices(rows.length),
        axis: {
          title: null,
          labelExpr: labelsByIndex(layout.rowLabels),
          ...(grid.customerLabel === null
            ? {}
            : {
                labelFontWeight: {
                  condition: { test: `datum.value == ${rows.length - 1}`, value: 'bold' },
                  value: 'normal',
                },
              }),
          labelFontSize: ROW_FONT,
          labelPadding: 10,
        },
      },
    },
    layer: cellLayers(
      data.some((d) => d.suppressed),
      grid.customerLabel !== null,
    ),
    config: THEME,
  };
}
