/** The alignment index: its value and parts, and its trend over pulses. */
import { INDEX_PART_LABELS, INDEX_PARTS, type ReportModel } from '../../analytics/report/index';
import { one } from '../report-format';
import { date, pad, section, wrap } from './layout';

export function alignment(m: ReportModel): string[] {
  const { value, parts } = m.alignment;
  // The change is the trend's only when this report is that single pulse (a pooled window is not).
  const last =
    m.window.pulseIds.length === 1 ? m.trend.find((p) => p.pulseId === m.window.pulseIds[0]) : undefined;
  const change =
    last?.change == null
      ? ''
      : ` (${last.change >= 0 ? '+' : ''}${one(last.change)} since the previous pulse)`;
  const lines = [
    ...section('Alignment index'),
    `  ${value === null ? 'not available' : `${Math.round(value)} / 100`}${change}`,
  ];
  for (const key of INDEX_PARTS) {
    const part = parts[key];
    const shown =
      part.value === null ? `n/a: ${part.reason ?? 'not computed'}` : `${Math.round(part.value * 100)} / 100`;
    lines.push(`  ${pad(INDEX_PART_LABELS[key], 24)}${shown}`);
  }
  return [...lines, ...wrap(m.alignment.formula, '  ')];
}

export function trend(m: ReportModel): string[] {
  if (m.trend.length < 2) return [];
  const lines = section('Trend');
  for (const p of m.trend) {
    const index = p.index === null ? 'n/a' : String(Math.round(p.index)).padStart(3);
    const change = p.change === null ? '' : `  (${p.change >= 0 ? '+' : ''}${one(p.change)})`;
    lines.push(`  Pulse ${p.pulseId} · ${date(p.openedAt)}  index ${index}${change}`);
  }
  return lines;
}
