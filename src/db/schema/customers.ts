/** What customers say, per touchpoint and period: imported by `cx-align customers import`. */
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { touchpoints } from './org';

/**
 * One customer score: a metric (CSAT, CES, NPS, reviews…) of one touchpoint in one period, as
 * given (`score` on `scale`) and normalised to the 1–5 rating scale. Not employee answers: no
 * anonymity threshold applies, and each is shown with its `n`. One row per (period, touchpoint,
 * metric): a later import of the same key replaces it.
 */
export const customerScores = sqliteTable(
  'customer_scores',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The period label as imported: `2026`, `2026-H2`, `2026-Q3`, `2026-09` or `2026-09-14`. */
    period: text('period').notNull(),
    touchpointId: integer('touchpoint_id')
      .notNull()
      .references(() => touchpoints.id),
    metric: text('metric').notNull(),
    rawScore: real('raw_score').notNull(),
    /** The scale as `from..to`, worst first (`0..10`, `-100..100`, `7..1` when lower is better). */
    scale: text('scale').notNull(),
    /** The score on 1–5: 1 + 4·(score − from)/(to − from). */
    normalised: real('normalised').notNull(),
    n: integer('n').notNull(),
    importedAt: integer('imported_at', { mode: 'timestamp_ms' }).notNull(),
    /** Where it came from: the imported file's name, or `demo`. */
    source: text('source').notNull(),
  },
  (t) => [
    uniqueIndex('customer_scores_key_unique').on(t.period, t.touchpointId, t.metric),
    index('customer_scores_touchpoint_idx').on(t.touchpointId),
  ],
);
