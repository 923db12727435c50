/**
 * `cx-align customers import FILE.csv` and `cx-align customers list [--period P]`: the customers'
 * own scores per touchpoint, in the database at DATABASE_PATH. Exit codes: 0 done, 1 the file was
 * refused (nothing imported), 2 a wrong argument or an unreadable file.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { NORMALISATION_RULE } from '../analytics/customers/scale';
import { databasePathFrom } from '../config/load-config';
import { closeDb, type Db, openDb } from '../db/open-db';
import { createCustomerScoreRepository } from '../db/repositories/customer-score-repository';
import { createTouchpointRepository } from '../db/repositories/touchpoint-repository';
import { renderCustomerList, renderImportErrors } from '../render/customers/list';
import { CUSTOMER_COLUMNS, importCustomerScores } from '../services/customers/index';
import { loadEnvFile } from './env-file';
import { type CommandIo, processIo } from './report-command';

export const CUSTOMERS_USAGE = `Usage: cx-align customers import FILE.csv
       cx-align customers list [--period P]

The CSV's columns: ${CUSTOMER_COLUMNS.join(', ')}. Scores are put on 1–5 by
${NORMALISATION_RULE}.
Nothing is imported if any line fails. Reads the database at DATABASE_PATH.`;

function withDb<T>(io: CommandIo, run: (db: Db) => T): T {
  loadEnvFile(io.cwd);
  const db = openDb(resolve(io.cwd, databasePathFrom(io.env)));
  try {
    return run(db);
  } finally {
    closeDb(db);
  }
}

function importFile(file: string, io: CommandIo, clock: () => Date): number {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch {
    io.stderr(`Cannot read ${file}: is the path right?\n`);
    return 2;
  }
  const result = withDb(io, (db) => {
    const scores = createCustomerScoreRepository(db);
    const touchpoints = createTouchpointRepository(db);
    return importCustomerScores(
      { touchpoints: () => touchpoints.listActive(), upsertAll: (rows) => scores.upsertAll(rows), clock },
      text,
      basename(file),
    );
  });
  if (!result.ok) {
    io.stderr(renderImportErrors(file, result.errors));
    return 1;
  }
  io.stdout(
    `Imported ${result.rows} customer score${result.rows === 1 ? '' : 's'} (${result.added} new, ${result.replaced} replaced) for ${result.periods.join(', ')}.\nOn 1–5: ${result.rule}\n`,
  );
  return 0;
}

function list(args: string[], io: CommandIo): number {
  const period = args[0] === '--period' ? args[1] : undefined;
  if (args.length > 0 && (period === undefined || args.length > 2)) {
    io.stderr(`Unknown argument "${args.join(' ')}".\n\n${CUSTOMERS_USAGE}\n`);
    return 2;
  }
  const rows = withDb(io, (db) => createCustomerScoreRepository(db).list(period));
  io.stdout(renderCustomerList(rows, NORMALISATION_RULE));
  return 0;
}

/** Runs `cx-align customers …`; `clock` is injected for the tests. */
export function runCustomersCommand(
  args: string[],
  io: CommandIo = processIo(),
  clock: () => Date = () => new Date(),
): number {
  const [sub, ...rest] = args;
  if (sub === 'import' && rest.length === 1 && rest[0] !== undefined) return importFile(rest[0], io, clock);
  if (sub === 'list') return list(rest, io);
  if (sub === undefined || sub === '--help' || sub === 'help') {
    io.stdout(`${CUSTOMERS_USAGE}\n`);
    return 0;
  }
  io.stderr(`Unknown arguments "${args.join(' ')}".\n\n${CUSTOMERS_USAGE}\n`);
  return 2;
}
