/** The card shown instead of a heatmap when there is nothing to draw. */
import type { TopLevelSpec } from 'vega-lite';
import { MUTED, THEME, titleOf } from './theme';
import type { HeatmapInput } from './types';

/** What an empty heatmap says. */
export const EMPTY_MESSAGE = 'No data yet';

/** A small "No data yet" card under the input's title (no departments or no touchpoints). */
export function emptySpec(input: HeatmapInput): TopLevelSpec {
  return {
    title: titleOf(input),
    width: 280,
    height: 28,
    data: { values: [{ text: EMPTY_MESSAGE }] },
    mark: { type: 'text', fontSize: 14, color: MUTED, align: 'left', baseline: 'middle' },
    encoding: { text: { field: 'text', type: 'nominal' }, x: { value: 0 }, y: { value: 14 } },
    config: THEME,
  };
}
