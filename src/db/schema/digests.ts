/** Digest posts and the admin notices said once. */
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

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
