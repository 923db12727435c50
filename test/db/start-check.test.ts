import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, closeSqlite, openDb, openSqlite } from '../../src/db/open-db';
import { checkDatabaseAtStart, DatabaseUnusableError } from '../../src/db/start-check';
import { startTestBot } from '../support/test-bot';
import { freshDb, tempDir } from '../support/test-db';

/** A real database file with rows in many pages, then garbage written over its pages after the first. */
function corruptedFile(dir: string): string {
  const path = join(dir, 'damaged.db');
  const db = openDb(path);
  db.run(sql`create table filler (id integer primary key, body text)`);
  for (let i = 0; i < 400; i++) db.run(sql`insert into filler (body) values (${'x'.repeat(200 + i)})`);
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  closeDb(db);
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  const garbage = Buffer.alloc(4096, 0xa5);
  for (let at = 4096 * 2; at < size - 4096; at += 4096 * 3) writeSync(fd, garbage, 0, garbage.length, at);
  closeSync(fd);
  return path;
}

describe('the database checks at start', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it('a healthy file passes', () => {
    const ctx = freshDb();
    cleanups.push(ctx.cleanup);
    expect(() => checkDatabaseAtStart(ctx.db.$client, ctx.path)).not.toThrow();
  });

  it('refuses a file it cannot write, with one line that says what to check', () => {
    const ctx = freshDb();
    cleanups.push(ctx.cleanup);
    const readOnly = openSqlite(ctx.path, { readonly: true });
    try {
      expect(() => checkDatabaseAtStart(readOnly, ctx.path)).toThrow(DatabaseUnusableError);
      expect(() => checkDatabaseAtStart(readOnly, ctx.path)).toThrow(
        /cannot be written \(SQLITE_READONLY\); check the file's and its folder's permissions/,
      );
    } finally {
      closeSqlite(readOnly);
    }
  });

  it('refuses a file with damaged pages before migrating, and the bot does not start on it', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = corruptedFile(dir);
    expect(() => openDb(path, { check: true })).toThrow(
      /is damaged \(quick_check: .+\); restore the latest backup/,
    );
    const error = await startTestBot({ DATABASE_PATH: path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnusableError);
    expect(String((error as Error).message).split('\n')).toHaveLength(1);
  });
});
