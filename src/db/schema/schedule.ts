import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The last slot each scheduled job (the pulse schedule, the weekly digest) fired for: every minute
 * the scheduler fires the latest due slot after it that is still inside the job's window, so a
 * restart or a stalled loop across a slot neither misses nor repeats it.
 */
export const scheduleSlots = sqliteTable('schedule_slots', {
  job: text('job').primaryKey(),
  lastSlot: integer('last_slot', { mode: 'timestamp_ms' }).notNull(),
  firedAt: integer('fired_at', { mode: 'timestamp_ms' }).notNull(),
});
