/**
 * The report's reads: aggregates over a window of pulses, never all answers, so memory grows with
 * departments × touchpoints, not with the number of answers. No respondent pseudonym ever leaves
 * these modules (`report/`). Synchronous (better-sqlite3).
 *
 * The big counts (ratings, priorities, themes, terms) use `cx_report_tally` (`report/tally.ts`), an
 * aggregate function counting key tuples in a hash map inside the query.
 */
export { type LoadOptions, loadReportAggregates, type ReportAggregates } from './report/aggregates';
export { readAnonymityThreshold } from './report/anonymity-threshold';
export { loadOpenPulse } from './report/open-pulse';
export {
  findPulsesUpTo,
  findPulseWindow,
  isClosedOnly,
  type PulseSelector,
  type WindowOptions,
} from './report/pulse-window';
export {
  freezeMissingResults,
  freezeResults,
  type PulseResults,
  resultsOf,
  thresholdOfPulse,
} from './report/results';
export { readShowQuotes } from './report/show-quotes';
