/**
 * Statistics for the alignment model (see DESIGN.md, "The alignment model"): pure functions, no I/O.
 * Each function documents its formula and the source it follows.
 */
export { type Description, describe } from './describe';
export { etaSquared } from './eta-squared';
export { etaSquaredFromSummaries, type GroupSums } from './eta-squared-from-summaries';
export { type IccResult, icc } from './icc';
export { jensenShannon } from './jensen-shannon';
export { kendallW } from './kendall-w';
export { type KendallWSignificance, kendallWSignificance } from './kendall-w-significance';
export { krippendorffAlpha, type MeasurementLevel } from './krippendorff-alpha';
export { type ConfidenceInterval, meanConfidenceInterval } from './mean-confidence-interval';
export { rankWithTies } from './rank-with-ties';
export { rwg } from './rwg';
export { rwgFromSummary } from './rwg-from-summary';
export { rwgj } from './rwgj';
export { type Histogram, type HistogramSummary, summaryFromHistogram } from './summary-from-histogram';
export { uniformNullVariance } from './uniform-null-variance';
export { type SampleSummary, type WelchTestResult, welchTest } from './welch-test';
