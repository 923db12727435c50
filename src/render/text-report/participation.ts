import type { ReportModel } from '../../analytics/report/index';
import { pct } from '../report-format';
import { pad, section } from './layout';

export function participation(m: ReportModel): string[] {
  const lines = [
    ...section('Participation'),
    `  ${pad('Department', 24)}${'Delivered'.padStart(10)}${'Answered'.padStart(10)}${'Rate'.padStart(7)}${'Failed'.padStart(8)}`,
  ];
  const row = (name: string, delivered: number, answered: number, rate: number | null, failed: number) =>
    `  ${pad(name, 24)}${String(delivered).padStart(10)}${String(answered).padStart(10)}${(rate === null ? '–' : pct(rate)).padStart(7)}${String(failed).padStart(8)}`;
  for (const p of m.participation)
    lines.push(row(p.department, p.delivered, p.answered, p.responseRate, p.failed));
  const t = m.totals;
  lines.push(row('All shown departments', t.delivered, t.answers, t.responseRate, t.failed));
  return lines;
}
