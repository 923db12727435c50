import Database from 'better-sqlite3';
import { type Db, retainSqliteObjects } from './open-db';

/**
 * A consistent online backup (SQLite's backup API: pages copied while the bot keeps writing), then
 * checked by opening the copy read-only: integrity_check and the row counts that matter.
 */
export async function backupDatabase(
  db: Db,
  target: string,
): Promise<{ pages: number; answers: number; pulses: number }> {
  const progress = await db.$client.backup(target);
  const copy = new Database(target, { readonly: true, fileMustExist: true });
  try {
    const check = copy.prepare('PRAGMA integrity_check');
    retainSqliteObjects(check);
    const integrity: unknown = check.pluck().get();
    if (integrity !== 'ok') throw new Error(`the backup failed its integrity check (${String(integrity)})`);
    const count = (table: string) =>
      (copy.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { pages: progress.totalPages, answers: count('answers'), pulses: count('pulses') };
  } finally {
    copy.close();
    retainSqliteObjects(copy);
  }
}
