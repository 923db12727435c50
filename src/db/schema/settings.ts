import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Key/value settings edited in Slack; values are JSON. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  updatedBy: text('updated_by'),
});

/** Who changed which setting, when, from what to what: shown to admins. */
export const settingsAudit = sqliteTable('settings_audit', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  actor: text('actor').notNull(),
  key: text('key').notNull(),
  oldValue: text('old_value', { mode: 'json' }),
  newValue: text('new_value', { mode: 'json' }),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * One-off data upgrades a migration owes and the start-up does (they need the pseudonym secret,
 * which the migration has not): a row is written pending (`done_at` null) and marked done in the
 * same transaction as the work.
 */
export const upgrades = sqliteTable('upgrades', {
  name: text('name').primaryKey(),
  doneAt: integer('done_at', { mode: 'timestamp_ms' }),
});
