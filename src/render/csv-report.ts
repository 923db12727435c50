/**
 * The alignment report as CSV: one row per shown department × touchpoint, aggregates only (never an
 * individual answer, never a department under the anonymity threshold: it reads the anonymised model).
 * Pure: model in, string out.
 */
import { stringify } from 'csv-stringify/sync';
import { QUADRANT_LABELS, type ReportModel } from '../analytics/report/index';
import { CUSTOMER_CSV_COLUMNS, customerCsvCells } from './customers/csv-cells';

/** The header, in column order. */
export const CSV_COLUMNS = [
  'department',
  'touchpoint',
  'respondents',
  'n',
  'mean',
  'sd',
  'ci_low',
  'ci_high',
  'rwg',
  'agreement',
  'priority_share',
  'priority_rank',
  'quadrant',
  'status',
  'definitions_tagged',
  'definitions_themed',
  'definitions_not_themed_language',
  ...CUSTOMER_CSV_COLUMNS,
] as const;

type Cell = string | number | null;

/**
 * Guards against spreadsheet formula injection (OWASP "CSV Injection"): a text cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so Excel, LibreOffice and Google
 * Sheets show it as text instead of running it. Numbers are left as numbers.
 */
export function guardCell(value: Cell): Cell {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const round = (x: number | null | undefined, digits = 4): number | null =>
  x === null || x === undefined ? null : Number(x.toFixed(digits));

/** Renders the CSV (RFC 4180 quoting, `\r\n` line ends, a header row). */
export function renderCsvReport(model: ReportModel): string {
  const respondents = new Map(model.departments.map((d) => [d.id, d.respondents]));
  const priority = new Map<string, { share: number; rank: number }>(
    model.priorities.byDepartment.flatMap((d) =>
      d.ranking.map((e) => [`${d.departmentId}:${e.touchpointId}`, e] as const),
    ),
  );
  const quadrant = new Map<string, string>(
    model.importancePerformance.byDepartment.flatMap((d) =>
      d.points.map((p) => [`${d.departmentId}:${p.touchpointId}`, QUADRANT_LABELS[p.quadrant]] as const),
    ),
  );
  // how much of each department's definitions rests on tagged text (blank: not counted then)
  const coverage = new Map(model.definitions.byDepartment.map((d) => [d.departmentId, d.coverage]));
  const customers = customerCsvCells(model);
  const rows: Cell[][] = model.cells.map((c) => {
    const covered = coverage.get(c.departmentId);
    const key = `${c.departmentId}:${c.touchpointId}`;
    const s = c.stats;
    const p = priority.get(key);
    return [
      c.department,
      c.touchpoint,
      respondents.get(c.departmentId) ?? null,
      s?.n ?? null,
      round(s?.mean),
      round(s?.sd),
      round(s?.ciLow),
      round(s?.ciHigh),
      round(s?.rwg),
      s?.agreement ?? null,
      round(p?.share),
      p?.rank ?? null,
      quadrant.get(key) ?? null,
      s === null ? 'too few answers' : 'ok',
      covered?.tagged ?? null,
      covered?.themed ?? null,
      covered?.notThemedLanguage ?? null,
      ...customers(c.touchpointId),
    ].map(guardCell);
  });
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: '\r\n', cast: { number: String } });
}
