/**
 * Where departments diverge, where they agree, and where a team is split, in plain words:
 * "Sales rates *Sales conversations* 4.4, Customer Service 2.1 (gap 2.3)".
 */
import type { ReportCell, ReportModel, TouchpointDivergence } from '../../analytics/report/index';
import { one, two } from '../report-format';
import { bold, name } from './words';

/** Said when no divergence passes the significance rule. */
export const NO_DIVERGENCE = 'No touchpoint divergence is larger than the noise.';
/** Said when no touchpoint has every department within half a point. */
export const NO_AGREEMENT = 'No touchpoint has every department within half a point of each other yet.';

/** "Sales rates *Sales conversations* 4.4, Customer Service 2.1 (gap 2.3)"; `detail` adds n and intervals. */
export function divergenceLine(d: TouchpointDivergence, detail = false, emphasis = true): string {
  const touchpoint = emphasis ? bold(d.touchpoint) : name(d.touchpoint);
  const head = `${name(d.high.department)} rates ${touchpoint} ${one(d.high.mean)}, ${name(d.low.department)} ${one(d.low.mean)} (gap ${one(d.gap)})`;
  if (!detail) return head;
  const known = [d.high.ciLow, d.high.ciHigh, d.low.ciLow, d.low.ciHigh].every((x) => x !== null);
  const intervals = known
    ? `; 95% intervals ${one(d.high.ciLow ?? 0)}–${one(d.high.ciHigh ?? 0)} and ${one(d.low.ciLow ?? 0)}–${one(d.low.ciHigh ?? 0)}`
    : '';
  return `${head}: n ${d.high.n} and ${d.low.n}${intervals}`;
}

/** The significant divergences, largest gap first (the model's order). */
export const significantDivergences = (model: ReportModel): TouchpointDivergence[] =>
  model.divergences.filter((d) => d.significant);

/** Touchpoints on which every rating department is within half a point, smallest gap first. */
export const agreements = (model: ReportModel): TouchpointDivergence[] =>
  model.divergences.filter((d) => d.verdict === 'agrees').sort((a, b) => a.gap - b.gap);

/** "*Brand reputation*: all 8 departments within 0.3 (3.4–3.7)". */
export function agreementLine(d: TouchpointDivergence): string {
  return `${bold(d.touchpoint)}: all ${d.departments} departments within ${one(d.gap)} (${one(d.low.mean)}–${one(d.high.mean)})`;
}

/** Lines for the top divergences, or the "larger than the noise" sentence when there are none. */
export function divergenceLines(model: ReportModel, max: number, detail = false): string[] {
  const list = significantDivergences(model);
  if (list.length === 0) return [NO_DIVERGENCE];
  const lines = list.slice(0, max).map((d, i) => `${i + 1}. ${divergenceLine(d, detail)}`);
  const unclear = model.divergences.filter((d) => d.verdict === 'unclear').length;
  if (list.length > max) lines.push(`…and ${list.length - max} more`);
  if (detail && unclear > 0)
    lines.push(
      `_${unclear} other gap${unclear === 1 ? ' is' : 's are'} half a point or more but within the noise._`,
    );
  return lines;
}

/** Lines for the touchpoints departments agree on. */
export function agreementLines(model: ReportModel, max: number): string[] {
  const list = agreements(model);
  if (list.length === 0) return [NO_AGREEMENT];
  return list.slice(0, max).map(agreementLine);
}

/** Cells where the team itself is split (rwg below 0.5), most split first. */
export function splitCells(model: ReportModel): ReportCell[] {
  return model.cells
    .filter((c) => c.stats?.agreement === 'split')
    .sort((a, b) => (a.stats?.rwg ?? 0) - (b.stats?.rwg ?? 0));
}

/** "Sales is split on *Customer support* (mean 3.1, rwg 0.42)". */
export function splitLine(c: ReportCell): string {
  const s = c.stats;
  const figures = s === null ? '' : ` (mean ${one(s.mean)}, rwg ${two(s.rwg ?? 0)})`;
  return `${name(c.department)} is split on ${bold(c.touchpoint)}${figures}`;
}

/** Lines for within-team splits, or a sentence saying every team broadly agrees. */
export function splitLines(model: ReportModel, max: number): string[] {
  const list = splitCells(model);
  if (list.length === 0) return ['No team is split on any touchpoint: each rates them fairly consistently.'];
  const lines = list.slice(0, max).map(splitLine);
  if (list.length > max) lines.push(`…and ${list.length - max} more`);
  return lines;
}
