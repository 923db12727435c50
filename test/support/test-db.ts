import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, type Db, openDb } from '../../src/db/open-db';

/** A fresh SQLite file with the real migrations; `cleanup` closes and deletes it. */
export function freshDb(): { db: Db; path: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cx-align-test-'));
  const path = join(dir, 'test.db');
  const db = openDb(path);
  return {
    db,
    path,
    dir,
    cleanup: () => {
      closeDb(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cx-align-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
