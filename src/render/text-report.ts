/**
 * The alignment report as plain terminal text, readable at 100 columns. Pure: model in, string out.
 * It reads only the (already anonymised) report model.
 */
import {
  DIVERGENCE_RULE,
  INDEX_PART_LABELS,
  INDEX_PARTS,
  QUADRANT_LABELS,
  type Quadrant,
  type ReportModel,
  type TouchpointDivergence,
} from '../analytics/report/index';
import { one, pct, plain, two } from './report-format';

const WIDTH = 100;
const MAX_DIVERGENCES = 6;
const MAX_SPLITS = 6;
const MAX_CONFLICTS = 5;

/** Wraps words to `width` columns, every line starting with `indent` (user text: pass it through `plain`). */
function wrap(text: string, indent = '  ', width = WIDTH): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/ +/).filter((w) => w !== '')) {
    if (line.length > indent.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
    }
    line += line.length > indent.length ? ` ${word}` : word;
  }
  if (line.length > indent.length) lines.push(line);
  return lines;
}

/** `label` in a column of `labelWidth`, then `text` wrapped under itself (a hanging indent). */
function labelled(label: string, text: string, labelWidth = 18): string[] {
  const name = plain(label);
  const head = `  ${name.padEnd(labelWidth)} `;
  const [first = '', ...rest] = wrap(text, ' '.repeat(head.length));
  const firstLine = name.length > labelWidth ? [`  ${name}`, first] : [`${head}${first.trimStart()}`];
  return [...firstLine, ...rest];
}

const date = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const section = (title: string): string[] => [
  '',
  title.toUpperCase(),
  '─'.repeat(Math.min(WIDTH, title.length)),
];
const pad = (text: string, width: number): string => plain(text).padEnd(width);

function header(m: ReportModel): string[] {
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

function alignment(m: ReportModel): string[] {
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

function divergenceLine(d: TouchpointDivergence): string {
  const verdict = d.significant ? 'significant' : d.verdict === 'agrees' ? 'within noise' : 'not significant';
  return `${plain(d.touchpoint)}: ${plain(d.high.department)} rates it ${one(d.high.mean)}, ${plain(d.low.department)} ${one(d.low.mean)} (gap ${one(d.gap)}, ${verdict})`;
}

function divergences(m: ReportModel): string[] {
  const diverging = m.divergences.filter((d) => d.significant).slice(0, MAX_DIVERGENCES);
  const agreeing = m.divergences.filter((d) => d.verdict === 'agrees');
  const lines = section('Where departments diverge');
  if (diverging.length === 0) lines.push('  No gap between departments is larger than the noise.');
  diverging.forEach((d, i) => {
    lines.push(...wrap(`${i + 1}. ${divergenceLine(d)}`, '  '));
  });
  lines.push(...wrap(`Rule: ${DIVERGENCE_RULE}`, '  '));
  lines.push(...section('Where departments agree'));
  if (agreeing.length === 0)
    lines.push('  No touchpoint has all departments within 0.5 points of each other.');
  for (const d of agreeing) {
    lines.push(
      ...wrap(
        `${plain(d.touchpoint)}: all ${d.departments} departments within ${one(d.gap)} (${one(d.low.mean)}–${one(d.high.mean)})`,
        '  ',
      ),
    );
  }
  return lines;
}

function teams(m: ReportModel): string[] {
  const split = m.cells.filter((c) => c.stats?.agreement === 'split');
  const agrees = m.cells.filter((c) => c.stats?.agreement === 'agrees').length;
  const rated = m.cells.filter((c) => c.stats !== null).length;
  const hidden = m.cells.length - rated;
  const lines = section('Agreement inside teams');
  lines.push(`  ${agrees} of ${rated} department × touchpoint ratings show a team that agrees (rwg ≥ 0.7).`);
  for (const c of split.slice(0, MAX_SPLITS)) {
    lines.push(
      ...wrap(
        `${plain(c.department)} is split on ${plain(c.touchpoint)} (rwg ${two(c.stats?.rwg ?? 0)}, mean ${one(c.stats?.mean ?? 0)})`,
        '  ',
      ),
    );
  }
  if (split.length > MAX_SPLITS) lines.push(`  …and ${split.length - MAX_SPLITS} more split ratings.`);
  if (hidden > 0)
    lines.push(`  ${hidden} ratings show "too few answers" (fewer than ${m.threshold} raters).`);
  return lines;
}

function priorities(m: ReportModel): string[] {
  const lines = section('Priorities (top-3 picks)');
  const top = (entries: { touchpoint: string; share: number }[]) =>
    entries
      .slice(0, 3)
      .map((e) => `${plain(e.touchpoint)} ${pct(e.share)}`)
      .join(' · ');
  lines.push(...labelled('All shown', top(m.priorities.company)));
  for (const d of m.priorities.byDepartment) lines.push(...labelled(d.department, top(d.ranking)));
  const c = m.priorities.concordance;
  if (c === null) lines.push('  Concordance: not enough departments picked priorities.');
  else {
    const p = c.p < 0.001 ? 'p < 0.001' : `p = ${c.p.toFixed(3)}`;
    lines.push(
      ...wrap(
        `Kendall's W = ${two(c.w)} (${p}, ${c.departments} departments): mean rank correlation between departments ${two(c.meanSpearman)}.`,
        '  ',
      ),
    );
  }
  return lines;
}

function conflicts(m: ReportModel): string[] {
  const lines = section('Importance vs performance: different quadrants');
  const list = m.importancePerformance.conflicts.slice(0, MAX_CONFLICTS);
  if (list.length === 0) lines.push('  Departments place every touchpoint in the same quadrant.');
  for (const c of list) {
    const parts = (Object.entries(c.byQuadrant) as [Quadrant, string[]][]).map(
      ([q, names]) => `${QUADRANT_LABELS[q]} for ${names.map(plain).join(', ')}`,
    );
    lines.push(
      ...wrap(`${plain(c.touchpoint)}${c.opposite ? ' (opposite views)' : ''}: ${parts.join('; ')}`, '  '),
    );
  }
  return lines;
}

function definitions(m: ReportModel): string[] {
  const d = m.definitions;
  const lines = section('How each department defines great CX');
  for (const dept of d.byDepartment) {
    const themes =
      dept.themes
        .slice(0, 3)
        .map((t) => `${plain(t.label)} ${pct(t.share)}`)
        .join(' · ') || 'no CX theme mentioned';
    lines.push(...labelled(dept.department, themes));
  }
  const consensus = d.consensus.map((c) => plain(c.label)).join(', ');
  lines.push(...wrap(`Shared by most departments: ${consensus || 'no theme'}.`, '  '));
  for (const t of d.divergent.slice(0, 5)) {
    lines.push(
      ...wrap(
        `Stands out: ${plain(t.department)} on ${plain(t.label)} (${pct(t.share)} vs ${pct(t.othersShare)} elsewhere)`,
        '  ',
      ),
    );
  }
  if (d.meanSimilarity !== null)
    lines.push(`  Similarity of definitions (1 − JSD), mean over pairs: ${two(d.meanSimilarity)}`);
  if (d.topTerms.length > 0)
    lines.push(
      ...wrap(`Frequent words outside the lexicon: ${d.topTerms.map((t) => plain(t.term)).join(', ')}`, '  '),
    );
  const quotes = d.byDepartment.flatMap(
    (dept) => d.quotes.find((q) => q.department === dept.department) ?? [],
  );
  if (quotes.length > 0)
    lines.push('', '  In their words (one per department, attributed to the department only):');
  for (const q of quotes) lines.push(...wrap(`“${plain(q.text)}” — ${plain(q.department)}`, '    '));
  return lines;
}

function participation(m: ReportModel): string[] {
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

function trend(m: ReportModel): string[] {
  if (m.trend.length < 2) return [];
  const lines = section('Trend');
  for (const p of m.trend) {
    const index = p.index === null ? 'n/a' : String(Math.round(p.index)).padStart(3);
    const change = p.change === null ? '' : `  (${p.change >= 0 ? '+' : ''}${one(p.change)})`;
    lines.push(`  Pulse ${p.pulseId} · ${date(p.openedAt)}  index ${index}${change}`);
  }
  return lines;
}

/** Renders the whole report as text lines of at most 100 columns (long names aside). */
export function renderTextReport(model: ReportModel): string {
  return [
    ...header(model),
    ...alignment(model),
    ...trend(model),
    ...divergences(model),
    ...teams(model),
    ...priorities(model),
    ...conflicts(model),
    ...definitions(model),
    ...participation(model),
  ]
    .join('\n')
    .concat('\n');
}
