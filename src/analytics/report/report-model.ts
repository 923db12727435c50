/**
 * The alignment report as plain, JSON-serialisable data: what every renderer (text, CSV, JSON,
 * Block Kit, chart) reads. It is built only from departments at or above the anonymity threshold,
 * so nothing downstream needs to know about anonymity. Numbers that cannot be computed are `null`,
 * never NaN.
 */
import type { AlignmentIndex, TrendPoint } from './alignment-index';
import type { DefinitionsSection } from './definitions';
import type { ImportancePerformanceSection } from './importance-performance';
import type { PrioritiesSection } from './priorities';

/** Agreement inside a team on one touchpoint, from r_wg (LeBreton & Senter 2008 cut-offs). */
export type AgreementLabel = 'agrees' | 'moderate' | 'split';

/** Statistics of one department's ratings of one touchpoint (1–5 scale). */
export interface CellStats {
  /** Ratings counted ("don't know" is not a rating). */
  n: number;
  mean: number;
  /** Sample standard deviation; null when n < 2. */
  sd: number | null;
  /** 95% Student-t confidence interval of the mean; null when n < 2. */
  ciLow: number | null;
  ciHigh: number | null;
  /** r_wg against the uniform null on 5 points, in [0, 1]; null when n < 2. */
  rwg: number | null;
  /** rwg ≥ 0.7 "agrees", < 0.5 "split", otherwise "moderate"; null when rwg is null. */
  agreement: AgreementLabel | null;
}

/** One shown department × touchpoint. */
export interface ReportCell {
  departmentId: number;
  department: string;
  touchpointId: number;
  touchpoint: string;
  /** null: fewer than `threshold` people rated it ("too few answers"); no figure is given. */
  stats: CellStats | null;
}

/** One side (highest or lowest department) of a touchpoint's divergence. */
export interface DivergenceEnd {
  departmentId: number;
  department: string;
  mean: number;
  n: number;
  ciLow: number | null;
  ciHigh: number | null;
}

/** How the departments' ratings of one touchpoint compare. */
export interface TouchpointDivergence {
  touchpointId: number;
  touchpoint: string;
  /** Shown departments with a rated (non-suppressed) cell; at least 2. */
  departments: number;
  /** Department with the highest mean. */
  high: DivergenceEnd;
  /** Department with the lowest mean. */
  low: DivergenceEnd;
  /** high.mean − low.mean. */
  gap: number;
  /** Share of rating variance explained by department (η²); null when undefined. */
  etaSquared: number | null;
  /** η² corrected for the number of groups (Kelley's ε², ≥ 0); what the index uses. */
  epsilonSquared: number | null;
  /** Two-sided Welch p of "the extreme departments' means are equal" (for information). */
  welchP: number | null;
  /** One-sided Welch p of "the gap is at most 0.5 points" (a minimum-effect test). */
  marginP: number | null;
  /** marginP below 0.05 / (number of department pairs) (Bonferroni). */
  beyondMargin: boolean;
  /** The two extreme departments' 95% intervals overlap. */
  intervalsOverlap: boolean;
  /** See `DIVERGENCE_RULE`: beyondMargin and no interval overlap. */
  significant: boolean;
  /** "diverges" when significant; "agrees" when the gap is under 0.5; otherwise "unclear". */
  verdict: 'diverges' | 'agrees' | 'unclear';
}

/** A shown department with its size in the window. */
export interface ReportDepartment {
  id: number;
  name: string;
  /** Distinct respondents in the window (≥ threshold). */
  respondents: number;
  /** Counted answers in the window (respondents × pulses answered). */
  answers: number;
}

/** Pulse invitations and answers of one shown department. */
export interface DepartmentParticipation {
  departmentId: number;
  department: string;
  /** Invitations sent (department at enqueue time). */
  delivered: number;
  /** Invitations that could not be delivered. */
  failed: number;
  /** Counted answers. */
  answered: number;
  /** answered / delivered; null when nothing was delivered. */
  responseRate: number | null;
}

/** The departments and cells left out for anonymity. */
export interface SuppressedNote {
  /** Departments with fewer respondents than the threshold. Their names only, never a figure. */
  departments: string[];
  /** Number of such departments. */
  departmentCount: number;
  /** Cells of shown departments rated by fewer than `threshold` people. */
  cellCount: number;
  /** One sentence for renderers, or null when nothing was suppressed. */
  note: string | null;
}

/** Company-wide totals, summed over the shown departments only (never "company − shown"). */
export interface ReportTotals {
  departmentsShown: number;
  respondents: number;
  answers: number;
  delivered: number;
  failed: number;
  /** answers / delivered over shown departments; null when nothing was delivered. */
  responseRate: number | null;
}

/** The whole report. */
export interface ReportModel {
  /** Format version of this model. */
  version: 1;
  /** The pooled pulses. `from` is the oldest opening, `to` the newest closing (null if still open). */
  window: { pulseIds: number[]; from: number | null; to: number | null; open: boolean };
  /** The anonymity threshold applied (minimum respondents per department and raters per cell). */
  threshold: number;
  totals: ReportTotals;
  suppressed: SuppressedNote;
  /** Shown departments, in input order. */
  departments: ReportDepartment[];
  /** Touchpoints of the window, in the order they were asked. */
  touchpoints: { id: number; name: string }[];
  /** Every shown department × touchpoint, department-major. */
  cells: ReportCell[];
  /** Touchpoints rated by ≥ 2 shown departments: significant first, then by gap, largest first. */
  divergences: TouchpointDivergence[];
  priorities: PrioritiesSection;
  importancePerformance: ImportancePerformanceSection;
  definitions: DefinitionsSection;
  alignment: AlignmentIndex;
  /** Index per pulse, oldest first (empty when no per-pulse inputs were given). */
  trend: TrendPoint[];
  participation: DepartmentParticipation[];
}
