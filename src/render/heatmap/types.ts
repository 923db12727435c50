/** Input and output types of the heatmap renderer. */

/** One department × touchpoint cell. `mean` is `null` when the group was too small to show. */
export type HeatmapCell = {
  department: string;
  touchpoint: string;
  /** Mean rating on the 1–5 scale, or `null` when suppressed (too few answers). */
  mean: number | null;
  /** Number of answers behind the mean. */
  n: number;
};

/** What the weekly digest's heatmap shows: departments (rows) × touchpoints (columns). */
export type HeatmapInput = {
  /** Chart title, e.g. "How departments rate each touchpoint (1–5)". */
  title: string;
  /** Optional second line, e.g. "Pulse #12 · 143 respondents · groups under 5 not shown". */
  subtitle?: string;
  /** Row order, top to bottom. */
  departments: string[];
  /** Column order, left to right. */
  touchpoints: string[];
  /** Cells; a pair with no cell is shown like a suppressed one. */
  cells: HeatmapCell[];
  /**
   * The customers' own scores (on 1–5) as one more row below the departments, set apart by an
   * empty row and an outline. Not employees: no threshold; a touchpoint without a score is blank.
   */
  customers?: { label: string; cells: { touchpoint: string; mean: number; n: number }[] };
};

/** A rendered heatmap: PNG bytes, their pixel size, and a text description for Slack's `alt_text`. */
export type HeatmapImage = {
  png: Buffer;
  width: number;
  height: number;
  altText: string;
};
