/** The importance–performance section of the report (see `../importance-performance.ts`). */

/** The four classic quadrants. */
export type Quadrant = 'fix_first' | 'keep_it_up' | 'low_priority' | 'possible_overkill';

/** One touchpoint placed by one department. */
export interface IpaPoint {
  touchpointId: number;
  touchpoint: string;
  /** Pick share, in [0, 1]. */
  importance: number;
  /** Mean rating, 1–5. */
  performance: number;
  quadrant: Quadrant;
}

/** One shown department's quadrant chart. */
export interface DepartmentIpa {
  departmentId: number;
  department: string;
  /** The department's median importance: above it is "important". */
  importanceCut: number;
  /** The department's median performance: above it is "performing well". */
  performanceCut: number;
  points: IpaPoint[];
}

/** A touchpoint that departments place in different quadrants. */
export interface QuadrantConflict {
  touchpointId: number;
  touchpoint: string;
  /** Department names per quadrant (only quadrants somebody chose). */
  byQuadrant: Partial<Record<Quadrant, string[]>>;
  /** Some department says "fix first" while another says "possible overkill". */
  opposite: boolean;
}

/** The importance–performance part of the report. */
export interface ImportancePerformanceSection {
  byDepartment: DepartmentIpa[];
  /** Opposite conflicts first, then by the number of quadrants used, most first. */
  conflicts: QuadrantConflict[];
}
