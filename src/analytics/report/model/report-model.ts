/**
 * The alignment report as plain, JSON-serialisable data: what every renderer (text, CSV, JSON,
 * Block Kit, chart) reads. It is built only from departments at or above the anonymity threshold,
 * so nothing downstream needs to know about anonymity. Numbers that cannot be computed are `null`,
 * never NaN.
 */
import type { AlignmentIndex, TrendPoint } from './alignment-index';
import type { CustomerSection } from './customers';
import type { DefinitionsSection } from './definitions';
import type { TouchpointDivergence } from './divergence';
import type { ImportancePerformanceSection } from './importance-performance';
import type { ReportCell } from './perception';
import type { PrioritiesSection } from './priorities';

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
  /**
   * Whether this department's invitations are known: false while some were sent before the
   * person's department was known (they may have answered here without being counted here).
   */
  invitesKnown: boolean;
  /** answered / delivered, at most 1; null when nothing was delivered or the invitations are not known. */
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
  /** Invitations delivered to the shown departments and to people whose department was not known yet. */
  delivered: number;
  /** Of `delivered`, those sent before the person's department was known. */
  unplacedDelivered: number;
  failed: number;
  /** answers / delivered, at most 1; null when nothing was delivered. */
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
  /**
   * More than half of the invited people's departments were declared by themselves, not mapped
   * or set by an admin: the report says so, as the department split is only as good as that.
   */
  departmentsMostlySelfDeclared: boolean;
  /**
   * The customers' own scores of the period the pulse maps to, beside the departments' means:
   * added by the report loader from the stored customer scores at read time (they are not
   * employee answers, so they are not frozen with a closed pulse). Absent or null: no such data.
   */
  customers?: CustomerSection | null;
}
