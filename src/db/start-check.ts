import type Database from 'better-sqlite3';

/** Refused at start: the database cannot be written, or its pages are damaged. */
export class DatabaseUnusableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnusableError';
  }
}

const codeOf = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
};

/**
 * `PRAGMA quick_check` (the page-level checks of integrity_check without the index cross-check,
 * so it stays fast on a large file): 'ok', or the first problem it names.
 */
function quickCheck(sqlite: Database.Database): string {
  try {
    const rows = sqlite.prepare('PRAGMA quick_check(1)').pluck().all() as unknown[];
    return String(rows[0] ?? 'ok').replace(/\s+/g, ' ');
  } catch (error) {
    return codeOf(error);
  }
}

/**
 * A write probe: BEGIN IMMEDIATE takes the write lock, the header's user_version is rewritten with
 * the value it has, and the change commits. null when that worked, else SQLite's error code.
 */
function writeProbe(sqlite: Database.Database): string | null {
  try {
    const version = Number(sqlite.pragma('user_version', { simple: true })) || 0;
    sqlite.exec(`BEGIN IMMEDIATE; PRAGMA user_version = ${version}; COMMIT`);
    return null;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    return codeOf(error);
  }
}

/**
 * Before the app serves anything: the database must pass `quick_check` and take a write, or the
 * start is refused with one line that says what is wrong and what to do. Without it a read-only
 * or damaged file started silently and failed each answer later.
 */
export function checkDatabaseAtStart(sqlite: Database.Database, path: string): void {
  const integrity = quickCheck(sqlite);
  if (integrity !== 'ok')
    throw new DatabaseUnusableError(
      `the database at ${path} is damaged (quick_check: ${integrity}); restore the latest backup (cx-align backup) or move the file away to start afresh.`,
    );
  const write = writeProbe(sqlite);
  if (write)
    throw new DatabaseUnusableError(
      `the database at ${path} cannot be written (${write}); check the file's and its folder's permissions, the free disk space, and that no other program holds it.`,
    );
}
