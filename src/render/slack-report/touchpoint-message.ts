/**
 * One touchpoint across the shown departments: each department's mean, count, interval, agreement
 * inside the team and a small bar; the divergence verdict; priority shares and quadrants.
 */
import {
  type ReportModel,
  RWG_AGREES,
  RWG_SPLIT,
  type TouchpointDivergence,
} from '../../analytics/report/index';
import { touchpointCustomerBlocks } from '../customers/slack-blocks';
import type { SlackMessage } from '../help';
import { REPORT_EN, type ReportLanguage, type ReportMessages, reportMessagesFor } from '../i18n/report/index';
import { one, pct } from '../report-format';
import { context, header, message, section, titled } from './blocks';
import { divergenceLine } from './divergence-lines';
import { isComparable, notComparableMessage } from './empty-state';
import { QUADRANT_ORDER } from './priority-lines';
import { bar, bold, footerWords, intervalWords, name, suppressedWords, windowWords } from './words';

/** The verdict on a touchpoint's divergence in one sentence; `rich` false drops emoji and bold. */
export function verdictWords(
  d: TouchpointDivergence | undefined,
  rich = true,
  m: ReportMessages = REPORT_EN,
): string {
  const w = m.touchpoint;
  if (d === undefined) return w.nothingToCompare;
  const icon = (emoji: string) => (rich ? `${emoji} ` : '');
  if (d.verdict === 'diverges') return `${icon(':warning:')}${w.diverges(divergenceLine(d, false, rich, m))}`;
  if (d.verdict === 'agrees')
    return `${icon(':handshake:')}${w.agrees(d.departments, one(d.gap), one(d.low.mean), one(d.high.mean))}`;
  const { high, low } = d;
  return w.unclear(one(d.gap), name(high.department), one(high.mean), name(low.department), one(low.mean));
}

function ratingLines(model: ReportModel, touchpointId: number, m: ReportMessages): string[] {
  const cells = model.cells.filter((c) => c.touchpointId === touchpointId);
  const rated = cells.flatMap((c) => (c.stats === null ? [] : [{ c, s: c.stats }]));
  rated.sort((a, b) => b.s.mean - a.s.mean);
  const lines = rated.map(({ c, s }) => {
    const extras = [
      `n ${s.n}`,
      intervalWords(s.ciLow, s.ciHigh, m),
      s.agreement === null ? '' : m.words.agreement[s.agreement],
    ];
    return `${bar(s.mean)} *${one(s.mean)}* ${name(c.department)} · ${extras.filter((e) => e !== '').join(' · ')}`;
  });
  const hidden = cells.filter((c) => c.stats === null).map((c) => name(c.department));
  if (hidden.length > 0) lines.push(m.touchpoint.tooFew(hidden.join(', ')));
  return lines;
}

function priorityLine(model: ReportModel, touchpointId: number, m: ReportMessages): string {
  const shares = model.priorities.byDepartment
    .map((d) => ({ d, e: d.ranking.find((e) => e.touchpointId === touchpointId) }))
    .filter((x) => x.e !== undefined && x.d.answers > 0)
    .sort((a, b) => (b.e?.share ?? 0) - (a.e?.share ?? 0));
  const company = model.priorities.company.find((e) => e.touchpointId === touchpointId);
  const head = company === undefined ? '' : m.touchpoint.pickedShare(pct(company.share));
  return `${head}${shares.map((x) => `${name(x.d.department)} ${pct(x.e?.share ?? 0)}`).join(' · ')}`;
}

function quadrantLine(model: ReportModel, touchpointId: number, m: ReportMessages): string {
  const byQuadrant = new Map<string, string[]>();
  for (const d of model.importancePerformance.byDepartment) {
    const point = d.points.find((p) => p.touchpointId === touchpointId);
    if (point !== undefined)
      byQuadrant.set(point.quadrant, [...(byQuadrant.get(point.quadrant) ?? []), name(d.department)]);
  }
  const parts = QUADRANT_ORDER.flatMap((q) => {
    const names = byQuadrant.get(q);
    return names === undefined ? [] : [`*${m.priorities.quadrants[q]}*: ${names.join(', ')}`];
  });
  return parts.length === 0 ? m.touchpoint.cannotPlace : parts.join('\n');
}

/**
 * One touchpoint across departments. An unknown touchpoint id gets a message listing the
 * touchpoints of the report.
 */
export function renderTouchpointMessage(
  model: ReportModel | null | undefined,
  touchpointId: number,
  lang?: ReportLanguage,
): SlackMessage {
  const m = reportMessagesFor(lang);
  const w = m.touchpoint;
  if (model == null || !isComparable(model)) return notComparableMessage(model, w.title, m);
  const touchpoint = model.touchpoints.find((t) => t.id === touchpointId);
  if (touchpoint === undefined) {
    const text = w.notInReport(model.touchpoints.map((t) => bold(t.name)).join(', '));
    return message(text, [section(text)]);
  }
  const divergence = model.divergences.find((d) => d.touchpointId === touchpointId);
  const blocks = [
    header(w.title),
    section(`${bold(touchpoint.name)} · ${windowWords(model, m)}`),
    section(verdictWords(divergence, true, m)),
    titled(w.ratings, ratingLines(model, touchpointId, m)),
    ...touchpointCustomerBlocks(model, touchpointId),
    titled(w.picked, [priorityLine(model, touchpointId, m)]),
    titled(w.quadrants, [quadrantLine(model, touchpointId, m)]),
    context(w.legend(RWG_AGREES, RWG_SPLIT), suppressedWords(model, m), footerWords(model.threshold, '', m)),
  ];
  const text = `${name(touchpoint.name)}: ${verdictWords(divergence, false, m)}`;
  return message(text, blocks);
}
