/** Touchpoint perception per department, as the report carries it (see `../perception.ts`). */

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
