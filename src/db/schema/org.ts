/** What the company is made of: departments, the people on the roster, touchpoints and prompts. */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

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
    /** The person's Slack locale (`"fr-FR"`), from users.list: the language their messages are in. */
    locale: text('locale'),
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

/**
 * Every real and display name seen on the roster, kept only to scrub them from quotes. No user id:
 * a name here links to nobody's answers. Names are added at each refresh and never dropped, so a
 * person who left is still not named in an old answer.
 */
export const rosterNames = sqliteTable('roster_names', {
  name: text('name').primaryKey(),
  seenAt: integer('seen_at', { mode: 'timestamp_ms' }).notNull(),
});

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
