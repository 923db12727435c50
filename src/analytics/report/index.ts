/**
 * The alignment report: anonymity, the pure builder and its model (see DESIGN.md, "The alignment
 * model"). Input comes from `db/repositories/report-repository.ts`; renderers read the model.
 */
export {
  ALIGNMENT_INDEX_FORMULA,
  type AlignmentIndex,
  alignmentIndex,
  INDEX_PART_LABELS,
  INDEX_PARTS,
  INDEX_WEIGHTS,
  type IndexPart,
  type IndexPartKey,
  type PartInput,
  type TrendPoint,
} from './alignment-index';
export {
  type AnonymisedInput,
  applyAnonymity,
  DEFAULT_ANONYMITY_THRESHOLD,
  MIN_ANONYMITY_THRESHOLD,
  shownDepartmentIds,
} from './anonymity';
export { type BuildReportOptions, buildReport } from './build-report';
export type {
  DefinitionsSection,
  DepartmentDefinition,
  ReportQuote,
  SimilarityPair,
  TermEntry,
  ThemeShare,
} from './definitions';
export { DIVERGENCE_ALPHA, DIVERGENCE_RULE, MIN_MEANINGFUL_GAP } from './divergence';
export {
  type DepartmentIpa,
  type ImportancePerformanceSection,
  type IpaPoint,
  QUADRANT_LABELS,
  type Quadrant,
  type QuadrantConflict,
} from './importance-performance';
export { buildOpenPulseProgress, type OpenPulseInput, type OpenPulseProgress } from './open-pulse';
export { RWG_AGREES, RWG_SPLIT, SCALE_POINTS } from './perception';
export type {
  DepartmentPriorities,
  PrioritiesSection,
  PriorityConcordance,
  PriorityEntry,
} from './priorities';
export type * from './report-input';
export type * from './report-model';
export { buildTrend } from './trend';
