/** The terminal text of `cx-align customers list` and of an import's outcome. Pure. */
import { comparePeriods } from '../../analytics/customers/period';
import { formatScore } from './numbers';

/** A stored score as the list shows it. */
export interface CustomerScoreLine {
  period: string;
  touchpoint: string;
  metric: string;
  rawScore: number;
  scale: string;
  normalised: number;
  n: number;
  source: string;
  importedAt: Date;
}

/** Errors printed at most; the rest are counted. */
export const MAX_ERRORS_SHOWN = 100;

/** The stored scores, newest period first, then by touchpoint and metric. */
export function renderCustomerList(rows: readonly CustomerScoreLine[], rule: string): string {
  if (rows.length === 0)
    return 'No customer scores yet. Import some with `cx-align customers import FILE.csv`.\n';
  const sorted = [...rows].sort(
    (a, b) =>
      comparePeriods(a.period, b.period) ||
      a.touchpoint.localeCompare(b.touchpoint) ||
      a.metric.localeCompare(b.metric),
  );
  const lines = sorted.map(
    (r) =>
      `${r.period.padEnd(10)}  ${r.touchpoint.padEnd(28)}  ${r.metric.padEnd(10)}  ${String(r.rawScore).padStart(7)} on ${r.scale.padEnd(10)}  → ${formatScore(r.normalised)}  n=${r.n}  (${r.source}, ${r.importedAt.toISOString().slice(0, 10)})`,
  );
  return [`Customer scores (${rows.length}); on 1–5: ${rule}`, '', ...lines, ''].join('\n');
}

/** The lines of a failed import: each problem, at most {@link MAX_ERRORS_SHOWN} of them. */
export function renderImportErrors(file: string, errors: readonly string[]): string {
  const shown = errors.slice(0, MAX_ERRORS_SHOWN);
  const more = errors.length - shown.length;
  return [
    `Nothing was imported from ${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'}. Fix them and import the file again.`,
    ...shown.map((e) => `  ${e}`),
    ...(more > 0 ? [`  … and ${more} more`] : []),
    '',
  ].join('\n');
}
