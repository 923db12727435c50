/**
 * One touchpoint across the shown departments: each department's mean, count, interval, agreement
 * inside the team and a small bar; the divergence verdict; priority shares and quadrants.
 */
import {
  QUADRANT_LABELS,
  type ReportModel,
  RWG_AGREES,
  RWG_SPLIT,
  type TouchpointDivergence,
} from '../../analytics/report/index';
import { touchpointCustomerBlocks } from '../customers/slack-blocks';
import type { SlackMessage } from '../help';
import { one, pct } from '../report-format';
import { context, header, message, section, titled } from './blocks';
import { divergenceLine } from './divergence-lines';
import { isComparable, notComparableMessage } from './empty-state';
import { QUADRANT_ORDER } from './priority-lines';
import {
  AGREEMENT_WORDS,
  bar,
  bold,
  footerWords,
  intervalWords,
  name,
  suppressedWords,
  windowWords,
} from './words';

/** The verdict on a touchpoint's divergence in one sentence; `rich` false drops emoji and bold. */
export function verdictWords(d: TouchpointDivergence | undefined, rich = true): string {
  if (d === undefined) return 'Fewer than two departments rated it, so there is nothing to compare.';
  const icon = (emoji: string) => (rich ? `${emoji} ` : '');
  if (d.verdict === 'diverges')
    return `${icon(':warning:')}Departments diverge: ${divergenceLine(d, false, rich)}, larger than the noise.`;
  if (d.verdict === 'agrees')
    return `${icon(':handshake:')}Departments agree: all ${d.departments} are within ${one(d.gap)} points (${one(d.low.mean)}–${one(d.high.mean)}).`;
  return `The gap of ${one(d.gap)} between ${name(d.high.department)} (${one(d.high.mean)}) and ${name(d.low.department)} (${one(d.low.mean)}) is within the noise, so it is not reported as a divergence.`;
}

function ratingLines(model: ReportModel, touchpointId: number): string[] {
  const cells = model.cells.filter((c) => c.touchpointId === touchpointId);
  const rated = cells.flatMap((c) => (c.stats === null ? [] : [{ c, s: c.stats }]));
  rated.sort((a, b) => b.s.mean - a.s.mean);
  const lines = rated.map(({ c, s }) => {
    const extras = [
      `n ${s.n}`,
      intervalWords(s.ciLow, s.ciHigh),
      s.agreement === null ? '' : AGREEMENT_WORDS[s.agreement],
    ];
    return `${bar(s.mean)} *${one(s.mean)}* ${name(c.department)} · ${extras.filter((e) => e !== '').join(' · ')}`;
  });
  const hidden = cells.filter((c) => c.stats === null).map((c) => name(c.department));
  if (hidden.length > 0) lines.push(`_Too few answers to show: ${hidden.join(', ')}_`);
  return lines;
}

function priorityLine(model: ReportModel, touchpointId: number): string {
  const shares = model.priorities.byDepartment
    .map((d) => ({ d, e: d.ranking.find((e) => e.touchpointId === touchpointId) }))
    .filter((x) => x.e !== undefined && x.d.answers > 0)
    .sort((a, b) => (b.e?.share ?? 0) - (a.e?.share ?? 0));
  const company = model.priorities.company.find((e) => e.touchpointId === touchpointId);
  const head = company === undefined ? '' : `${pct(company.share)} of all answers pick it as a top 3. `;
  return `${head}${shares.map((x) => `${name(x.d.department)} ${pct(x.e?.share ?? 0)}`).join(' · ')}`;
}

function quadrantLine(model: ReportModel, touchpointId: number): string {
  const byQuadrant = new Map<string, string[]>();
  for (const d of model.importancePerformance.byDepartment) {
    const point = d.points.find((p) => p.touchpointId === touchpointId);
    if (point !== undefined)
      byQuadrant.set(point.quadrant, [...(byQuadrant.get(point.quadrant) ?? []), name(d.department)]);
  }
  const parts = QUADRANT_ORDER.flatMap((q) => {
    const names = byQuadrant.get(q);
    return names === undefined ? [] : [`*${QUADRANT_LABELS[q]}*: ${names.join(', ')}`];
  });
  return parts.length === 0 ? 'No department has enough figures to place it.' : parts.join('\n');
}

/**
 * One touchpoint across departments. An unknown touchpoint id gets a message listing the
 * touchpoints of the report.
 */
export function renderTouchpointMessage(
  model: ReportModel | null | undefined,
  touchpointId: number,
): SlackMessage {
  if (model == null || !isComparable(model))
    return notComparableMessage(model, 'One touchpoint across departments');
  const touchpoint = model.touchpoints.find((t) => t.id === touchpointId);
  if (touchpoint === undefined) {
    const names = model.touchpoints.map((t) => bold(t.name)).join(', ');
    const text = `That touchpoint is not in this report. Its touchpoints are ${names}.`;
    return message(text, [section(text)]);
  }
  const divergence = model.divergences.find((d) => d.touchpointId === touchpointId);
  const blocks = [
    header('One touchpoint across departments'),
    section(`${bold(touchpoint.name)} · ${windowWords(model)}`),
    section(verdictWords(divergence)),
    titled('How each department rates it (1–5)', ratingLines(model, touchpointId)),
    ...touchpointCustomerBlocks(model, touchpointId),
    titled('How often it is picked as a top-3 priority', [priorityLine(model, touchpointId)]),
    titled('Importance vs performance, per department', [quadrantLine(model, touchpointId)]),
    context(
      `Bars show the mean on 1–5. Team agreement is rwg: ≥ ${RWG_AGREES} agrees, &lt; ${RWG_SPLIT} split.`,
      suppressedWords(model),
      footerWords(model.threshold),
    ),
  ];
  const text = `${name(touchpoint.name)}: ${verdictWords(divergence, false)}`;
  return message(text, blocks);
}
