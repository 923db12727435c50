/** The priorities section of the report (see `../priorities.ts`). */

/** One touchpoint in a ranking. */
export interface PriorityEntry {
  touchpointId: number;
  touchpoint: string;
  /** Answers that picked it among their top 3. */
  picks: number;
  /** picks / answers of the group: the share of answers that call it a top priority. */
  share: number;
  /** 1 = most picked; ties share the average rank. */
  rank: number;
}

/** One shown department's ranking, most picked first. */
export interface DepartmentPriorities {
  departmentId: number;
  department: string;
  answers: number;
  ranking: PriorityEntry[];
}

/** Agreement between departments' rankings (departments are raters, touchpoints items). */
export interface PriorityConcordance {
  /** Kendall's W with the tie correction, in [0, 1]. */
  w: number;
  /** Friedman χ² = m (n − 1) W and its upper-tail p (reliable for more than 7 touchpoints). */
  chiSquare: number;
  df: number;
  p: number;
  /** Chance-corrected mean Spearman correlation between departments, (mW − 1)/(m − 1), floored at 0. */
  meanSpearman: number;
  /** m: departments that picked at least one touchpoint. */
  departments: number;
  /** n: touchpoints ranked. */
  touchpoints: number;
}

/** The priorities part of the report. */
export interface PrioritiesSection {
  byDepartment: DepartmentPriorities[];
  /** The shown departments together (picks summed over them only). */
  company: PriorityEntry[];
  /** null when fewer than 2 departments picked anything or fewer than 2 touchpoints were asked. */
  concordance: PriorityConcordance | null;
}
