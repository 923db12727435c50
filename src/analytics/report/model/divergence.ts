/** Touchpoint divergence, as the report carries it (see `../divergence.ts`). */

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
