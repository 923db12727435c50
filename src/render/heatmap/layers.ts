/** The heatmap's mark layers: coloured cells, grey suppressed cells, and the value labels. */

import type { Field } from 'vega-lite/build/src/channeldef';
import type { LayerSpec, UnitSpec } from 'vega-lite/build/src/spec';
import { RATING_DOMAIN, RATING_MID, SCHEME } from './ink';
import { CELL_FONT } from './layout';

/** Fill of suppressed cells (too few answers). */
export const SUPPRESSED_FILL = '#e4e7eb';
/** Legend title of the colour scale. */
export const LEGEND_TITLE = 'mean rating';
/** Legend title for suppressed cells. */
export const SUPPRESSED_LEGEND_TITLE = 'not shown';
/** Legend entry for suppressed cells. */
export const SUPPRESSED_LEGEND = 'too few answers (–)';

type Layer = LayerSpec<Field> | UnitSpec<Field>;

const CELL = { type: 'rect', stroke: 'white', strokeWidth: 2 } as const;

/** Shown cells, filled by mean on the fixed 1–5 diverging scale, with the "mean rating" legend. */
const meanCells: Layer = {
  transform: [{ filter: '!datum.suppressed' }],
  mark: CELL,
  encoding: {
    color: {
      field: 'mean',
      type: 'quantitative',
      scale: { scheme: SCHEME, domain: RATING_DOMAIN, domainMid: RATING_MID, clamp: true },
      legend: {
        title: LEGEND_TITLE,
        orient: 'bottom',
        direction: 'horizontal',
        gradientLength: 200,
        gradientThickness: 10,
        values: [1, 2, 3, 4, 5],
        format: 'd',
      },
    },
  },
};

/** Suppressed cells in grey, with a one-entry legend explaining them. */
const suppressedCells: Layer = {
  transform: [{ filter: 'datum.suppressed' }],
  mark: CELL,
  encoding: {
    fill: {
      datum: SUPPRESSED_LEGEND,
      type: 'nominal',
      scale: { domain: [SUPPRESSED_LEGEND], range: [SUPPRESSED_FILL] },
      legend: {
        title: SUPPRESSED_LEGEND_TITLE,
        orient: 'bottom',
        symbolType: 'square',
        symbolSize: 150,
        symbolStrokeWidth: 0,
      },
    },
  },
};

/** Every cell's label ("3.4" or "–") in its precomputed ink colour, unscaled. */
const labels: Layer = {
  mark: { type: 'text', fontSize: CELL_FONT, fontWeight: 600 },
  encoding: {
    text: { field: 'label', type: 'nominal' },
    fill: { field: 'ink', type: 'nominal', scale: null },
  },
};

/** Outline of the customers' row: dark and dashed, so it does not read as one more department. */
export const CUSTOMER_OUTLINE = '#24292f';
const customerOutline: Layer = {
  transform: [{ filter: 'datum.customers === true' }],
  mark: { type: 'rect', fillOpacity: 0, stroke: CUSTOMER_OUTLINE, strokeWidth: 2, strokeDash: [4, 2] },
};

/**
 * The layers, leaving out the suppressed layer (and its legend) when no cell is suppressed, and
 * the customers' outline when there is no customers' row.
 */
export function cellLayers(anySuppressed: boolean, customers = false): Layer[] {
  return [
    meanCells,
    ...(anySuppressed ? [suppressedCells] : []),
    ...(customers ? [customerOutline] : []),
    labels,
  ];
}
