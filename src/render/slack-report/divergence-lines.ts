/**
 * Where departments diverge, where they agree, and where a team is split, in plain words:
 * "Sales rates *Sales conversations* 4.4, Customer Service 2.1 (gap 2.3)".
 */
import type { ReportCell, ReportModel, TouchpointDivergence } from '../../analytics/report/index';
import { REPORT_EN, type ReportMessages } from '../i18n/report/index';
import { one, two } from '../report-format';
import { bold, name } from './words';

/** Said when no divergence passes the significance rule. */
export const NO_DIVERGENCE = REPORT_EN.divergence.none;
/** Said when no touchpoint has every department within half a point. */
export const NO_AGREEMENT = REPORT_EN.divergence.noAgreement;

/** "Sales rates *Sales conversations* 4.4, Customer Service 2.1 (gap 2.3)"; `detail` adds n and intervals. */
export function divergenceLine(
  d: TouchpointDivergence,
  detail = false,
  emphasis = true,
  m: ReportMessages = REPORT_EN,
): string {
  const touchpoint = emphasis ? bold(d.touchpoint) : name(d.touchpoint);
  const { high, low } = d;
  const head = m.divergence.rates(
    name(high.department),
    touchpoint,
    one(high.mean),
    name(low.department),
    one(low.mean),
    one(d.gap),
  );
  if (!detail) return head;
  const known = [high.ciLow, high.ciHigh, low.ciLow, low.ciHigh].every((x) => x !== null);
  const ci = (x: number | null) => one(x ?? 0);
  const intervals = known
    ? m.divergence.intervals(ci(high.ciLow), ci(high.ciHigh), ci(low.ciLow), ci(low.ciHigh))
    : '';
  return m.divergence.detail(head, high.n, low.n, intervals);
}

/** The significant divergences, largest gap first (the model's order). */
export const significantDivergences = (model: ReportModel): TouchpointDivergence[] =>
  model.divergences.filter((d) => d.significant);

/** Touchpoints on which every rating department is within half a point, smallest gap first. */
export const agreements = (model: ReportModel): TouchpointDivergence[] =>
  model.divergences.filter((d) => d.verdict === 'agrees').sort((a, b) => a.gap - b.gap);

/** "*Brand reputation*: all 8 departments within 0.3 (3.4–3.7)". */
export function agreementLine(d: TouchpointDivergence, m: ReportMessages = REPORT_EN): string {
  return m.divergence.agreement(
    bold(d.touchpoint),
    d.departments,
    one(d.gap),
    one(d.low.mean),
    one(d.high.mean),
  );
}

/** Lines for the top divergences, or the "larger than the noise" sentence when there are none. */
export function divergenceLines(
  model: ReportModel,
  max: number,
  detail = false,
  m: ReportMessages = REPORT_EN,
): string[] {
  const list = significantDivergences(model);
  if (list.length === 0) return [m.divergence.none];
  const lines = list.slice(0, max).map((d, i) => `${i + 1}. ${divergenceLine(d, detail, true, m)}`);
  const unclear = model.divergences.filter((d) => d.verdict === 'unclear').length;
  if (list.length > max) lines.push(m.report.more(list.length - max));
  if (detail && unclear > 0) lines.push(m.divergence.unclear(unclear));
  return lines;
}

/** Lines for the touchpoints departments agree on. */
export function agreementLines(model: ReportModel, max: number, m: ReportMessages = REPORT_EN): string[] {
  const list = agreements(model);
  if (list.length === 0) return [m.divergence.noAgreement];
  return list.slice(0, max).map((d) => agreementLine(d, m));
}

/** Cells where the team itself is split (rwg below 0.5), most split first. */
export function splitCells(model: ReportModel): ReportCell[] {
  return model.cells
    .filter((c) => c.stats?.agreement === 'split')
    .sort((a, b) => (a.stats?.rwg ?? 0) - (b.stats?.rwg ?? 0));
}

/** "Sales is split on *Customer support* (mean 3.1, rwg 0.42)". */
export function splitLine(c: ReportCell, m: ReportMessages = REPORT_EN): string {
  const s = c.stats;
  const figures = s === null ? '' : m.divergence.splitFigures(one(s.mean), two(s.rwg ?? 0));
  return m.divergence.split(name(c.department), bold(c.touchpoint), figures);
}

/** Lines for within-team splits, or a sentence saying every team broadly agrees. */
export function splitLines(model: ReportModel, max: number, m: ReportMessages = REPORT_EN): string[] {
  const list = splitCells(model);
  if (list.length === 0) return [m.divergence.noSplit];
  const lines = list.slice(0, max).map((c) => splitLine(c, m));
  if (list.length > max) lines.push(m.report.more(list.length - max));
  return lines;
}
