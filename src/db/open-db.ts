import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { checkDatabaseAtStart } from './start-check';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The committed migrations, found next to the source whatever the working directory. */
export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations');

/**
 * better-sqlite3 12 finalizes a Statement in its destructor, which on Node 24 runs inside a GC weak
 * callback and aborts the process (`Assertion failed: (env) != nullptr` in
 * RemoveEnvironmentCleanupHook; WiseLibs/better-sqlite3#1515, fixed only in 13, which needs Node
 * 22). So no statement is ever left to the garbage collector: `prepare` is memoised per
 * connection (drizzle prepares the same SQL again for every query, so this is also a cache), and a
 * closed connection's statements and the connection itself stay referenced here.
 */
const retained: unknown[] = [];

function keepStatementsAlive(sqlite: Database.Database): Map<string, Database.Statement> {
  const cache = new Map<string, Database.Statement>();
  const prepare = sqlite.prepare.bind(sqlite) as (source: string, ...rest: unknown[]) => Database.Statement;
  const memoised = (source: string, ...rest: unknown[]): Database.Statement => {
    const key = `${rest.length}\u0000${source}`;
    const cached = cache.get(key);
    if (cached) {
      // a previous caller may have switched the statement's output mode
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = prepare(source, ...rest);
    cache.set(key, statement);
    return statement;
  };
  // better-sqlite3's own pragma() prepares through the native handle, past the memo: route it here
  const pragma = (source: string, options?: { simple?: boolean }): unknown => {
    const statement = memoised(`PRAGMA ${source}`);
    if (!statement.reader) {
      statement.run();
      return options?.simple ? undefined : [];
    }
    return options?.simple ? statement.pluck().get() : statement.all();
  };
  Object.defineProperty(sqlite, 'prepare', { value: memoised, configurable: true, writable: true });
  Object.defineProperty(sqlite, 'pragma', { value: pragma, configurable: true, writable: true });
  return cache;
}

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A raw better-sqlite3 connection whose statements are never left to the garbage collector (see
 * above). Every connection in the app and its tests is opened here and closed with `closeSqlite`.
 */
export function openSqlite(path: string, options?: Database.Options): Database.Database {
  const sqlite = new Database(path, options);
  caches.set(sqlite, keepStatementsAlive(sqlite));
  return sqlite;
}

/** Closes a connection from `openSqlite`, keeping it and its statements referenced. */
export function closeSqlite(sqlite: Database.Database): void {
  if (sqlite.open) sqlite.close();
  retained.push(sqlite, ...(caches.get(sqlite)?.values() ?? []));
  caches.delete(sqlite);
}

/** The newest migration this code knows (its `when`, ms since the epoch, in drizzle's journal). */
function newestKnownMigration(): number {
  const journal = JSON.parse(readFileSync(resolve(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return Math.max(...journal.entries.map((e) => e.when));
}

/** Refused: the database was migrated by a newer release than this code. */
export class SchemaTooNewError extends Error {
  constructor(applied: number, known: number) {
    super(
      `this database was upgraded by a newer CX Align (its schema is from ${new Date(applied).toISOString().slice(0, 10)}; ` +
        `this version knows schemas up to ${new Date(known).toISOString().slice(0, 10)}). ` +
        'Run the newer version, or restore the backup made before the upgrade; nothing was changed.',
    );
    this.name = 'SchemaTooNewError';
  }
}

/**
 * Throws {@link SchemaTooNewError} when the database holds a migration newer than any this code
 * has: drizzle would skip it silently and the code would read a schema it does not know.
 */
export function refuseNewerSchema(sqlite: Database.Database): void {
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return;
  const row = sqlite.prepare('SELECT max(created_at) AS at FROM __drizzle_migrations').get() as
    | { at: number | null }
    | undefined;
  const known = newestKnownMigration();
  if (row?.at != null && Number(row.at) > known) throw new SchemaTooNewError(Number(row.at), known);
}

/**
 * Opens (creating if needed) the SQLite database, sets the pragmas and applies the committed
 * migrations; with `check` it first refuses a damaged or unwritable file (start-check.ts).
 * Nothing is opened at import time.
 */
export function openDb(path: string, options: { migrate?: boolean; check?: boolean } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = openSqlite(path);
  sqlite.exec(
    'PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;',
  );
  const db = drizzle(sqlite, { schema });
  if (options.migrate !== false) {
    try {
      // the start-up checks come before the migrations, which would fail on either with a raw error
      if (options.check) checkDatabaseAtStart(sqlite, path);
      refuseNewerSchema(sqlite);
    } catch (error) {
      closeSqlite(sqlite);
      throw error;
    }
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  }
  return db;
}

export function closeDb(db: Db): void {
  closeSqlite(db.$client);
}
