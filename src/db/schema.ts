/**
 * The whole CX Align domain in SQLite. Unique keys hold the invariants:
 * - one counted answer per person per pulse: answers (pulse_id, respondent);
 * - one delivery per person per pulse and kind: deliveries (pulse_id, person_id, kind);
 * - one digest per period and channel: digests (period_key, channel_id);
 * - one scheduled pulse per cron window: pulses (schedule_key).
 * Answers are stored under a keyed pseudonym (HMAC of the Slack user id), never the raw id.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

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

export const departments = sqliteTable(
  'departments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Slack user group (S…) whose members belong to this department. */
    usergroupId: text('usergroup_id'),
    /** Value of the custom profile field (see the `department_field` setting) that means this department. */
    profileValue: text('profile_value'),
    /** The department's own channel, for "how your team's view differs" digests. */
    channelId: text('channel_id'),
    sortOrder: integer('sort_order').notNull().default(0),
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('departments_name_unique').on(sql`lower(${t.name})`)],
);

/** The roster, refreshed from users.list before each pulse. */
export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slackUserId: text('slack_user_id').notNull().unique(),
    tz: text('tz'),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'set null' }),
    /** How the department was learnt: usergroup, profile, admin or self. */
    departmentSource: text('department_source', { enum: ['usergroup', 'profile', 'admin', 'self'] }),
    /** An admin's assignment, kept apart so a later user-group mapping does not erase it. */
    assignedDepartmentId: integer('assigned_department_id').references(() => departments.id, {
      onDelete: 'set null',
    }),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    optedOutAt: integer('opted_out_at', { mode: 'timestamp_ms' }),
    /** The DM channel with the bot, kept so conversations.open (Tier 3) runs once per person. */
    dmChannelId: text('dm_channel_id'),
    seenAt: integer('seen_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('people_department_idx').on(t.departmentId)],
);

export const touchpoints = sqliteTable(
  'touchpoints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('touchpoints_name_unique').on(sql`lower(${t.name})`)],
);

/** The bank of optional second prompts, asked in turn. */
export const prompts = sqliteTable('prompts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  text: text('text').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
});

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
    /** Roster refresh and fan-out enqueue are done (delivery rows exist for everyone). */
    enqueuedAt: integer('enqueued_at', { mode: 'timestamp_ms' }),
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

/** One counted answer per respondent per pulse. `respondent` is HMAC-SHA256(user id), never the id. */
export const answers = sqliteTable(
  'answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pulseId: integer('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    respondent: text('respondent').notNull(),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'set null' }),
    definition: text('definition').notNull(),
    secondPrompt: text('second_prompt'),
    secondAnswer: text('second_answer'),
    comment: text('comment'),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('answers_pulse_respondent_unique').on(t.pulseId, t.respondent),
    index('answers_respondent_idx').on(t.respondent),
    index('answers_pulse_department_idx').on(t.pulseId, t.departmentId),
  ],
);

/** A 1–5 rating of one touchpoint; "don't know" is no row. */
export const ratings = sqliteTable(
  'ratings',
  {
    answerId: integer('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    touchpointId: integer('touchpoint_id')
      .notNull()
      .references(() => touchpoints.id),
    rating: integer('rating').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.answerId, t.touchpointId] }),
    index('ratings_touchpoint_idx').on(t.touchpointId),
    check('ratings_rating_range', sql`${t.rating} BETWEEN 1 AND 5`),
  ],
);

/** Up to three touchpoints the respondent says matter most. */
export const priorities = sqliteTable(
  'priorities',
  {
    answerId: integer('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    touchpointId: integer('touchpoint_id')
      .notNull()
      .references(() => touchpoints.id),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.touchpointId] })],
);

/** CX themes tagged at write time from the answer's definition, so reports never re-read text. */
export const answerThemes = sqliteTable(
  'answer_themes',
  {
    answerId: integer('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    theme: text('theme').notNull(),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.theme] }), index('answer_themes_theme_idx').on(t.theme)],
);

/** Notable words of the definition outside the theme lexicon ("frequent terms"). */
export const answerTerms = sqliteTable(
  'answer_terms',
  {
    answerId: integer('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    term: text('term').notNull(),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.term] })],
);

/** Digest posts: one per period and channel, across restarts. */
export const digests = sqliteTable(
  'digests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    periodKey: text('period_key').notNull(),
    channelId: text('channel_id').notNull(),
    kind: text('kind', { enum: ['company', 'department'] })
      .notNull()
      .default('company'),
    status: text('status', { enum: ['pending', 'posting', 'posted', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    messageTs: text('message_ts'),
    fileId: text('file_id'),
    lastError: text('last_error'),
    postedAt: integer('posted_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('digests_period_channel_unique').on(t.periodKey, t.channelId)],
);

/** Problems an admin should hear about once (a channel the bot is not in, failed deliveries…). */
export const adminNotices = sqliteTable('admin_notices', {
  key: text('key').primaryKey(),
  message: text('message').notNull(),
  createdAt: createdAt(),
  notifiedAt: integer('notified_at', { mode: 'timestamp_ms' }),
});
