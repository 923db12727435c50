/** Department × touchpoint heatmap for the weekly digest, rendered in-process to PNG. */
export { ALT_TEXT_MAX, heatmapAltText } from './alt-text';
export { EMPTY_MESSAGE } from './empty-spec';
export { RATING_DOMAIN, SCHEME } from './ink';
export { LEGEND_TITLE, SUPPRESSED_FILL, SUPPRESSED_LEGEND } from './layers';
export { PIXEL_RATIO, renderHeatmapPng } from './render';
export { type HeatmapDatum, heatmapData, heatmapSpec, SUPPRESSED_LABEL } from './spec';
export type { HeatmapCell, HeatmapImage, HeatmapInput } from './types';
