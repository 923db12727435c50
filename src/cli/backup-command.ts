import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { databasePathFrom } from '../config/load-config';
import { backupDatabase } from '../db/backup';
import { closeDb, openDb } from '../db/open-db';
import { loadEnvFile } from './env-file';
import type { CommandIo } from './report-command';

export const BACKUP_USAGE = `Usage: cx-align backup FILE

Writes a consistent copy of the database at DATABASE_PATH to FILE while the bot may keep running.
Restore by stopping the bot and pointing DATABASE_PATH at the copy (or copying it into place).`;

const targetSchema = z
  .string({ error: 'Say where to write the backup, e.g. `cx-align backup backups/cx-align-2026-11-24.db`.' })
  .trim()
  .min(1, 'Say where to write the backup.');

/** `cx-align backup FILE`; returns the exit code. */
export async function runBackupCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = targetSchema.safeParse(args.find((a) => !a.startsWith('-')));
  if (!parsed.success) {
    io.stderr(`${parsed.error.issues[0]?.message}\n\n${BACKUP_USAGE}\n`);
    return 2;
  }
  loadEnvFile(io.cwd);
  const source = resolve(io.cwd, databasePathFrom(io.env));
  const target = resolve(io.cwd, parsed.data);
  if (!existsSync(source)) {
    io.stderr(`There is no database at ${source} yet: nothing to back up.\n`);
    return 1;
  }
  if (target === source) {
    io.stderr('The backup must go to another file than the database itself.\n');
    return 2;
  }
  if (existsSync(target)) {
    io.stderr(`${target} exists already; choose a new file name so no backup is overwritten.\n`);
    return 2;
  }
  if (!existsSync(dirname(target))) {
    io.stderr(`The folder ${dirname(target)} does not exist.\n`);
    return 2;
  }
  const db = openDb(source);
  try {
    const result = await backupDatabase(db, target);
    io.stdout(
      `Backed up ${source} to ${target}: ${result.pulses} pulses, ${result.answers} answers (${result.pages} pages, integrity ok).\n`,
    );
    return 0;
  } finally {
    closeDb(db);
  }
}
