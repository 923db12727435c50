/**
 * `cx-align followups`: the follow-ups on divergences in the terminal, the same list as
 * `/cx-alignment followups` (overdue, open, resolved), from the database at DATABASE_PATH.
 * Exit codes: 0 printed (or nothing yet), 2 an unknown argument.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { databasePathFrom } from '../config/load-config';
import { closeDb, openDb } from '../db/open-db';
import { createFollowUpRepository } from '../db/repositories/follow-up-repository';
import { renderFollowUpText } from '../render/follow-ups/list';
import { loadEnvFile } from './env-file';
import { type CommandIo, processIo } from './report-command';

export const FOLLOWUPS_USAGE = 'Usage: cx-align followups\n\nReads the database at DATABASE_PATH.';

/** Runs `cx-align followups`; `today` is injected so the overdue split can be tested. */
export function runFollowUpsCommand(
  args: string[],
  io: CommandIo = processIo(),
  today: string = new Date().toISOString().slice(0, 10),
): number {
  if (args.length > 0 && !(args.length === 1 && (args[0] === '--help' || args[0] === '-h'))) {
    io.stderr(`Unknown argument "${args[0]}".\n\n${FOLLOWUPS_USAGE}\n`);
    return 2;
  }
  if (args.length === 1) {
    io.stdout(`${FOLLOWUPS_USAGE}\n`);
    return 0;
  }
  loadEnvFile(io.cwd);
  const path = resolve(io.cwd, databasePathFrom(io.env));
  if (!existsSync(path)) {
    io.stdout('No follow-ups yet.\n');
    return 0;
  }
  const db = openDb(path);
  try {
    io.stdout(renderFollowUpText(createFollowUpRepository(db).all(), today));
    return 0;
  } finally {
    closeDb(db);
  }
}
