import type { ReportModel } from '../../analytics/report/index';
import { plain } from '../report-format';
import { date, wrap } from './layout';

export function header(m: ReportModel): string[] {
  const ids = m.window.pulseIds;
  const pulses = ids.length === 1 ? `Pulse ${ids[0]}` : `Pulses ${ids.join(', ')}`;
  const from = m.window.from === null ? '' : ` · opened ${date(m.window.from)}`;
  const to = m.window.open ? ' · still open' : m.window.to === null ? '' : ` · closed ${date(m.window.to)}`;
  const lines = [
    'CX Align · alignment report',
    `${pulses}${from}${to}`,
    `${m.totals.respondents} respondents in ${m.totals.departmentsShown} departments shown · anonymity threshold ${m.threshold}`,
  ];
  if (m.suppressed.note !== null) {
    const names = m.suppressed.departments.map(plain).join(', ');
    lines.push(...wrap(`${m.suppressed.note}${names ? ` Not shown: ${names}.` : ''}`, ''));
  }
  return lines;
}
