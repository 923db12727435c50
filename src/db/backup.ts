import { closeSqlite, type Db, openSqlite } from './open-db';

/**
 * A consistent online backup (SQLite's backup API: pages copied while the bot keeps writing), then
 * checked by opening the copy read-only: integrity_check and the row counts that matter.
 */
export async function backupDatabase(
  db: Db,
  target: string,
): Promise<{ pages: number; answers: number; pulses: number }> {
  const progress = await db.$client.backup(target);
  const copy = openSqlite(target, { readonly: true, fileMustExist: true });
  try {
    const integrity: unknown = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`the backup failed its integrity check (${String(integrity)})`);
    const count = (table: string) =>
      (copy.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { pages: progress.totalPages, answers: count('answers'), pulses: count('pulses') };
  } finally {
    closeSqlite(copy);
  }
}
