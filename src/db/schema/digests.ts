/** Digest posts, what each digest channel last showed, and the admin notices said once. */
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { departments } from './org';

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

/**
 * What a channel's last digest showed, so the weekly digest skips a channel that would see the same
 * closed results again: one row per company digest channel (department null) and per department
 * and its own channel.
 */
export const digestChannelSources = sqliteTable(
  'digest_channel_sources',
  {
    channelId: text('channel_id').notNull(),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'cascade' }),
    /** The closed pulses the digest was built from, as `pulses:1,2:closed`. */
    source: text('source').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // SQLite counts NULLs as distinct in a unique key: the company rows get their own partial index
  (t) => [
    uniqueIndex('digest_channel_sources_company_unique').on(t.channelId).where(sql`department_id is null`),
    uniqueIndex('digest_channel_sources_department_unique')
      .on(t.channelId, t.departmentId)
      .where(sql`department_id is not null`),
  ],
);

/** Problems an admin should hear about once (a channel the bot is not in, failed deliveries…). */
export const adminNotices = sqliteTable('admin_notices', {
  key: text('key').primaryKey(),
  message: text('message').notNull(),
  createdAt: createdAt(),
  notifiedAt: integer('notified_at', { mode: 'timestamp_ms' }),
});
