/** Follow-ups: a divergence turned into an owner, a next step and a due date, with its audit trail. */
import { integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { FollowUpOutcome } from '../../analytics/follow-ups/outcome';
import { createdAt } from './columns';
import { pulses } from './pulses';

/**
 * One follow-up per saved modal: `idempotency_key` comes from the view submission, so Slack's retry
 * or a restart after a SIGKILL mid-save finds the row instead of writing a second one. The figures
 * at the time are copied here: later pulses, deletes or settings never change what was agreed on.
 */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pulseId: integer('pulse_id')
      .notNull()
      .references(() => pulses.id),
    subjectKind: text('subject_kind', { enum: ['touchpoint', 'theme'] }).notNull(),
    /** The touchpoint id as text, or the theme's key. */
    subjectKey: text('subject_key').notNull(),
    subjectName: text('subject_name').notNull(),
    /** The departments involved, as a JSON list of names; the first two are the gap's ends. */
    departments: text('departments', { mode: 'json' }).$type<string[]>().notNull(),
    highDepartment: text('high_department').notNull(),
    lowDepartment: text('low_department').notNull(),
    gap: real('gap').notNull(),
    highMean: real('high_mean').notNull(),
    lowMean: real('low_mean').notNull(),
    significant: integer('significant', { mode: 'boolean' }).notNull(),
    ownerId: text('owner_id').notNull(),
    nextStep: text('next_step').notNull(),
    /** The due day, YYYY-MM-DD as the datepicker gives it. */
    dueDate: text('due_date').notNull(),
    channelId: text('channel_id'),
    status: text('status', { enum: ['open', 'done', 'resolved'] })
      .notNull()
      .default('open'),
    doneNote: text('done_note'),
    /** The latest measured outcome, as JSON (see analytics/follow-ups/outcome), null until measured. */
    outcome: text('outcome', { mode: 'json' }).$type<FollowUpOutcome>(),
    createdBy: text('created_by').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set once the owner's DM and the channel post went out, so a restart does not post twice. */
    announcedAt: integer('announced_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('follow_ups_idempotency_unique').on(t.idempotencyKey)],
);

/** Every change to a follow-up: who, when, what. */
export const followUpAudit = sqliteTable('follow_up_audit', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  followUpId: integer('follow_up_id')
    .notNull()
    .references(() => followUps.id, { onDelete: 'cascade' }),
  actor: text('actor').notNull(),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  what: text('what').notNull(),
});
