/**
 * The customer-score CSV: its header and its records with their line numbers, parsed by csv-parse
 * (quotes, BOM, `,` `;` or tab as the delimiter). Nothing here knows what a row means.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';

/** The columns a file must have, in any order (names ignore case and spaces). */
export const CUSTOMER_COLUMNS = ['period', 'touchpoint', 'metric', 'score', 'scale', 'n'] as const;
export type CustomerColumn = (typeof CUSTOMER_COLUMNS)[number];

/** One record: its first line in the file and its cells by column. */
export interface CsvRecord {
  line: number;
  cells: Record<CustomerColumn, string>;
}

/** Records that could be read, and the lines that could not (wrong count of values); or a fatal reason. */
export type CsvRows = { ok: true; records: CsvRecord[]; errors: string[] } | { ok: false; errors: string[] };

const parsedSchema = z.array(
  z.object({ record: z.array(z.string()), info: z.object({ lines: z.number().int() }) }),
);

const list = (names: readonly string[]) => names.map((n) => `'${n}'`).join(', ');

/** The column of each header cell, or the header's problem as one line. */
function readHeader(header: readonly string[]): CustomerColumn[] | string {
  const names = header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const known = new Set<string>(CUSTOMER_COLUMNS);
  const unknown = names.filter((n) => !known.has(n));
  const missing = CUSTOMER_COLUMNS.filter((c) => !names.includes(c));
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (unknown.length === 0 && missing.length === 0 && twice.length === 0) return names as CustomerColumn[];
  const problems = [
    missing.length > 0 ? `missing ${list(missing)}` : '',
    unknown.length > 0 ? `unknown ${list(unknown)}` : '',
    twice.length > 0 ? `repeated ${list(twice)}` : '',
  ].filter((p) => p !== '');
  return `line 1: the header must name the columns ${CUSTOMER_COLUMNS.join(', ')} (any order); ${problems.join('; ')}`;
}

/** Parses the text into records, or the reasons it cannot be read (the header, or broken CSV). */
export function readCsvRows(text: string): CsvRows {
  let parsed: z.infer<typeof parsedSchema>;
  try {
    parsed = parsedSchema.parse(
      parse(text, {
        bom: true,
        info: true,
        skip_empty_lines: true,
        relax_column_count: true,
        delimiter: [',', ';', '\t'],
      }),
    );
  } catch (error) {
    if (error instanceof CsvError)
      return { ok: false, errors: [`the file is not valid CSV: ${error.message}`] };
    throw error;
  }
  const [header, ...body] = parsed;
  if (header === undefined) return { ok: false, errors: ['the file is empty: it needs a header and rows'] };
  const columns = readHeader(header.record);
  if (typeof columns === 'string') return { ok: false, errors: [columns] };
  const errors: string[] = [];
  const records: CsvRecord[] = [];
  for (const { record, info } of body) {
    if (record.length !== columns.length) {
      errors.push(`line ${info.lines}: ${record.length} values, the header has ${columns.length}`);
      continue;
    }
    const cells = Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])) as Record<
      CustomerColumn,
      string
    >;
    records.push({ line: info.lines, cells });
  }
  if (records.length === 0 && errors.length === 0)
    return { ok: false, errors: ['the file has a header but no rows'] };
  return { ok: true, records, errors };
}
