/**
 * Block Kit renderers of the alignment report (pure: model in, Slack messages and views out). They
 * read only the report model, which holds nothing about a group under the anonymity threshold.
 */
export { LIMITS } from './blocks';
export { DASHBOARD_MAX_BLOCKS, renderDashboardBlocks } from './dashboard';
export { renderDepartmentDigestMessage, renderDepartmentMessage } from './department-message';
export { type DigestOptions, renderDigestMessage } from './digest-message';
export { NO_RESULTS } from './empty-state';
export { heatmapInputFromModel } from './heatmap-input';
export {
  answeredSoFar,
  NO_CLOSED_RESULTS,
  noClosedResultsMessage,
  openPulseBlocks,
  openPulseNote,
  openPulseWords,
  withOpenPulse,
} from './open-pulse';
export { renderReportMessage } from './report-message';
export { REPORT_MODAL_TITLE, renderReportModal } from './report-modal';
export { renderTouchpointMessage } from './touchpoint-message';
export { MAX_TREND_POINTS, renderTrendMessage } from './trend-message';
