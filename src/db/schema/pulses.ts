/** Pulses, the touchpoints each one asked, and the outbox of its DMs. */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { departments, people, touchpoints } from './org';

export const pulses = sqliteTable(
  'pulses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    trigger: text('trigger', { enum: ['schedule', 'manual', 'catch-up', 'demo'] }).notNull(),
    /** The cron window this pulse was opened for; unique so a tick or a catch-up opens it once. */
    scheduleKey: text('schedule_key').unique(),
    openedBy: text('opened_by'),
    openedAt: integer('opened_at', { mode: 'timestamp_ms' }).notNull(),
    remindAt: integer('remind_at', { mode: 'timestamp_ms' }),
    closesAt: integer('closes_at', { mode: 'timestamp_ms' }).notNull(),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    /** The word used for "customer" when the pulse was asked. */
    customerWord: text('customer_word').notNull().default('customer'),
    secondPrompt: text('second_prompt'),
    /**
     * The anonymity threshold in force when the pulse opened: the one its people answered under. No
     * later, lower threshold shows a group of this pulse below it.
     */
    anonymityThreshold: integer('anonymity_threshold'),
    /**
     * The turn of the prompt bank's rotation this pulse's second prompt took (bank[index % length]);
     * null when it asked none. The next pulse takes the highest index so far plus one.
     */
    promptIndex: integer('prompt_index'),
    /** Roster refresh and fan-out enqueue are done (delivery rows exist for everyone). */
    enqueuedAt: integer('enqueued_at', { mode: 'timestamp_ms' }),
    /**
     * The digest owed after this pulse closed has been claimed (or found to owe nothing). A start-up
     * catches up a recently closed pulse newer than the newest one marked here.
     */
    digestDoneAt: integer('digest_done_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('pulses_status_idx').on(t.status)],
);

/** The touchpoints a pulse asked, frozen with their names so history stays readable after edits. */
export const pulseTouchpoints = sqliteTable(
  'pulse_touchpoints',
  {
    pulseId: integer('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    touchpointId: integer('touchpoint_id')
      .notNull()
      .references(() => touchpoints.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pulseId, t.touchpointId] })],
);

/** The delivery outbox: one row per (pulse, person, kind), drained by a worker. */
export const deliveries = sqliteTable(
  'deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pulseId: integer('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['invite', 'reminder'] }).notNull(),
    /** pending → in_flight → sent | failed; in_flight found at start-up is "in doubt". */
    status: text('status', { enum: ['pending', 'in_flight', 'sent', 'failed', 'cancelled'] })
      .notNull()
      .default('pending'),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'set null' }),
    notBefore: integer('not_before', { mode: 'timestamp_ms' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    channelId: text('channel_id'),
    messageTs: text('message_ts'),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('deliveries_pulse_person_kind_unique').on(t.pulseId, t.personId, t.kind),
    index('deliveries_due_idx').on(t.status, t.notBefore),
  ],
);

/**
 * What is kept of a closed pulse's outbox: per department, kind and status, how many rows there
 * were. The close replaces the per-person rows with these, so a copy of the database does not say
 * who was invited or reminded.
 */
export const pulseDeliveryCounts = sqliteTable(
  'pulse_delivery_counts',
  {
    pulseId: integer('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['invite', 'reminder'] }).notNull(),
    status: text('status', { enum: ['pending', 'in_flight', 'sent', 'failed', 'cancelled'] }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [index('pulse_delivery_counts_pulse_idx').on(t.pulseId)],
);
