import type { Db } from './open-db';

/** How long the probe waits for another writer's lock: short, as it blocks the event loop. */
const PROBE_BUSY_MS = 100;

/**
 * A cheap write probe: takes the write lock (BEGIN IMMEDIATE), rewrites the header's user_version
 * with the value it has, and commits. null when that worked, else SQLite's error code (e.g.
 * SQLITE_BUSY while another connection holds the lock, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL).
 */
export function probeWritable(db: Db): string | null {
  const sqlite = db.$client;
  const busy = Number(sqlite.pragma('busy_timeout', { simple: true })) || 5000;
  const version = Number(sqlite.pragma('user_version', { simple: true })) || 0;
  try {
    sqlite.exec(`PRAGMA busy_timeout = ${PROBE_BUSY_MS}`);
    sqlite.exec(`BEGIN IMMEDIATE; PRAGMA user_version = ${version}; COMMIT`);
    return null;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : 'unknown_error';
  } finally {
    sqlite.exec(`PRAGMA busy_timeout = ${busy}`);
  }
}
