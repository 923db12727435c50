/**
 * What the database holds, as comparable text: the stress tests take it before and after a request
 * and compare, so "changes nothing" is checked on the rows themselves, not on a few counters.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../../src/db/open-db';

/** The tables that hold what people and admins entered (and what a pulse is). */
export const ANSWER_TABLES = ['answers', 'ratings', 'priorities', 'answer_themes', 'answer_terms'] as const;
export const SETTINGS_TABLES = [
  'settings',
  'settings_audit',
  'departments',
  'touchpoints',
  'prompts',
] as const;
export const PULSE_TABLES = ['pulses', 'pulse_touchpoints'] as const;
export const PEOPLE_TABLES = ['people'] as const;

/** Per table: its row count and a hash of every row, in rowid order (internal settings left out). */
export function tableState(db: Db, tables: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const where = table === 'settings' ? ` where key not like 'internal:%'` : '';
    const rows = db.$client.prepare(`select * from ${table}${where} order by rowid`).all();
    const hash = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
    out[table] = `${rows.length}:${hash}`;
  }
  return out;
}

/** Rows of a table. */
export const countRows = (db: Db, table: string): number =>
  Number(db.$client.prepare(`select count(*) from ${table}`).pluck().get());

/**
 * A cheap fingerprint for big databases: rows written on the bot's connection so far (SQLite's
 * `total_changes()`, which counts every row inserted, updated or deleted, so "unchanged" means not
 * one row was written), and the row counts of `tables` (so a failure says where).
 */
export function writes(db: Db, tables: readonly string[]): { written: number; rows: Record<string, number> } {
  const written = Number(db.$client.prepare('select total_changes()').pluck().get());
  return { written, rows: Object.fromEntries(tables.map((t) => [t, countRows(db, t)])) };
}

/** Respondents with more than one answer to the same pulse (must always be empty). */
export function duplicateAnswers(db: Db): { pulse_id: number; respondent: string; n: number }[] {
  return db.$client
    .prepare(
      'select pulse_id, respondent, count(*) as n from answers group by pulse_id, respondent having count(*) > 1',
    )
    .all() as { pulse_id: number; respondent: string; n: number }[];
}
