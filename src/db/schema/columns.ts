import { sql } from 'drizzle-orm';
import { integer } from 'drizzle-orm/sqlite-core';

/** When a row was written, in milliseconds, set by SQLite itself. */
export const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
