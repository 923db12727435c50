/** The alignment index and its trend, as the report carries them (see `../alignment-index.ts`). */

/** The parts of the index. */
export type IndexPartKey = 'ratingAgreement' | 'priorityConcordance' | 'definitionSimilarity';

/** One part of the index. */
export interface IndexPart {
  /** In [0, 1]; null when it cannot be computed. */
  value: number | null;
  /** Effective weight after renormalisation (0 when the part is missing); weights sum to 1. */
  weight: number;
  /** Why the value is null; null otherwise. */
  reason: string | null;
}

/** The index with its parts. */
export interface AlignmentIndex {
  /** 0–100, or null when no part can be computed. */
  value: number | null;
  parts: Record<IndexPartKey, IndexPart>;
  formula: string;
}

/** One pulse of the trend. */
export interface TrendPoint {
  pulseId: number;
  /** ms since the epoch. */
  openedAt: number;
  index: number | null;
  parts: Record<IndexPartKey, number | null>;
  /** index − the previous point's index; null for the first point or when either is null. */
  change: number | null;
  departmentsShown: number;
}
