/**
 * `cx-align customers import`: every row checked, then all stored in one transaction, or none.
 * A key (period, touchpoint, metric) twice in the file is an error; a key stored by an earlier
 * import is replaced (an admin correcting a figure re-imports it).
 */
import { NORMALISATION_RULE } from '../../analytics/customers/scale';
import type { CustomerScoreInput } from '../../analytics/report/index';
import { readCsvRows } from './csv-rows';
import { checkRow, type KnownTouchpoint, type ScoreRow, touchpointFinder } from './score-row';

/** What the import needs from the database. */
export interface CustomerImportDeps {
  touchpoints: () => KnownTouchpoint[];
  upsertAll: (
    rows: readonly (CustomerScoreInput & { period: string; importedAt: Date; source: string })[],
  ) => { added: number; replaced: number };
  clock: () => Date;
}

export type CustomerImportResult =
  | { ok: true; rows: number; added: number; replaced: number; periods: string[]; rule: string }
  | { ok: false; errors: string[] };

export const NO_TOUCHPOINTS =
  'the database has no touchpoints yet: start the bot once (it writes the default touchpoints) or set them in `/cx-alignment config`, then import again';

/** Lines whose key appeared on an earlier line. */
function duplicates(rows: readonly ScoreRow[]): string[] {
  const firstLine = new Map<string, number>();
  const errors: string[] = [];
  for (const row of rows) {
    const key = `${row.period}\u0000${row.touchpointId}\u0000${row.metric.toLowerCase()}`;
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, row.line);
    else
      errors.push(
        `line ${row.line}: duplicate of line ${first} (${row.metric} of '${row.touchpoint}' in ${row.period} is there twice)`,
      );
  }
  return errors;
}

/** Checks `text` (the CSV) and stores its rows under `source`; nothing is stored if a line fails. */
export function importCustomerScores(
  deps: CustomerImportDeps,
  text: string,
  source: string,
): CustomerImportResult {
  const csv = readCsvRows(text);
  if (!csv.ok) return csv;
  const known = deps.touchpoints();
  if (known.length === 0) return { ok: false, errors: [NO_TOUCHPOINTS] };
  const find = touchpointFinder(known);
  const errors = [...csv.errors];
  const rows: ScoreRow[] = [];
  for (const record of csv.records) {
    const checked = checkRow(record, find);
    if (Array.isArray(checked)) errors.push(...checked);
    else rows.push(checked);
  }
  errors.push(...duplicates(rows));
  if (errors.length > 0) return { ok: false, errors: sortByLine(errors) };
  const importedAt = deps.clock();
  const { added, replaced } = deps.upsertAll(
    rows.map(({ line: _line, touchpoint: _name, ...row }) => ({ ...row, importedAt, source })),
  );
  const periods = [...new Set(rows.map((r) => r.period))];
  return { ok: true, rows: rows.length, added, replaced, periods, rule: NORMALISATION_RULE };
}

const lineOf = (error: string) => Number(/^line (\d+):/.exec(error)?.[1] ?? 0);
const sortByLine = (errors: string[]) => [...errors].sort((a, b) => lineOf(a) - lineOf(b));
