/**
 * The alignment report: anonymity, the pure builder and its model (see DESIGN.md, "The alignment
 * model"). Input comes from `db/repositories/report-repository.ts`; renderers read the model.
 */
export {
  ALIGNMENT_INDEX_FORMULA,
  alignmentIndex,
  INDEX_PART_LABELS,
  INDEX_PARTS,
  INDEX_WEIGHTS,
  type PartInput,
} from './alignment-index';
export {
  type AnonymisedInput,
  applyAnonymity,
  DEFAULT_ANONYMITY_THRESHOLD,
  MIN_ANONYMITY_THRESHOLD,
  shownDepartmentIds,
  withHiddenDepartments,
} from './anonymity';
export { type BuildReportOptions, buildReport } from './build-report';
export {
  buildCustomerSection,
  type CustomerScoreInput,
  customerMargin,
  PERCEPTION_GAP_RULE,
  perceptionVerdict,
  pooledCompany,
} from './customers';
export { DIVERGENCE_ALPHA, DIVERGENCE_RULE, MIN_MEANINGFUL_GAP } from './divergence';
export { QUADRANT_LABELS } from './importance-performance';
export type * from './model/index';
export {
  buildOpenPulseProgress,
  type OpenPulseInput,
  type OpenPulseLine,
  type OpenPulseProgress,
  toOpenPulseLine,
} from './open-pulse';
export { RWG_AGREES, RWG_SPLIT, SCALE_POINTS } from './perception';
export { poolInputs } from './pool';
export type * from './report-input';
export { ROUND_COUNT_BELOW, type RoundedParticipation, roundParticipation } from './rounded-participation';
export { buildTrend } from './trend';
