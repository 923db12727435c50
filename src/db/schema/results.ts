/** The frozen results of closed pulses: what every surface shows of a closed pulse. */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { pulses } from './pulses';

/**
 * One row per closed pulse, written in the transaction that closes it: the pulse's report input
 * (histograms, counts, participation, the quotes chosen) anonymised at the threshold its people
 * answered under. Deleting answers later, or changing the threshold, departments or touchpoints,
 * moves nothing here.
 */
export const pulseResults = sqliteTable('pulse_results', {
  pulseId: integer('pulse_id')
    .primaryKey()
    .references(() => pulses.id, { onDelete: 'cascade' }),
  /** The anonymity threshold the results were anonymised at: the pulse's own. */
  threshold: integer('anonymity_threshold').notNull(),
  /** Version of the `results` JSON's shape. */
  format: integer('format').notNull(),
  /** JSON: `{ input, hidden }` (see `repositories/report/results.ts`). */
  results: text('results').notNull(),
  takenAt: integer('taken_at', { mode: 'timestamp_ms' }).notNull(),
});
