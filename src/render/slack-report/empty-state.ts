/**
 * Friendly messages for a report with nothing to compare yet: no pulse at all, or fewer than two
 * departments at or above the anonymity threshold.
 */
import type { KnownBlock } from '@slack/types';
import type { ReportModel } from '../../analytics/report/index';
import type { SlackMessage } from '../help';
import { context, header, message, section } from './blocks';
import { footerWords, plural, suppressedWords, windowWords } from './words';

/** Said when there is no pulse result at all. */
export const NO_RESULTS =
  'No pulse results yet. Once a pulse has enough answers, this shows where departments agree and where they diverge. An admin can start one with `/cx-alignment pulse now`.';

/** True when the model has pulses and at least two departments to compare. */
export const isComparable = (model: ReportModel): boolean =>
  model.window.pulseIds.length > 0 && model.totals.departmentsShown >= 2;

/** Why there is nothing to compare, in one or two sentences (mrkdwn). */
export function notComparableWords(model: ReportModel | null | undefined): string {
  if (model == null || model.window.pulseIds.length === 0) return NO_RESULTS;
  const shown = model.totals.departmentsShown;
  const who =
    shown === 0 ? 'no department has' : `only ${plural(shown, 'department')} ${shown === 1 ? 'has' : 'have'}`;
  return `Not enough to compare yet: ${who} at least ${model.threshold} respondents in ${windowWords(model)}. The report compares departments, so it needs two or more; it fills in as more people answer.`;
}

/** Blocks saying there is nothing to compare, with the suppressed note when there is one. */
export function notComparableBlocks(model: ReportModel | null | undefined): KnownBlock[] {
  const blocks: KnownBlock[] = [section(`:seedling: ${notComparableWords(model)}`)];
  const note = model == null ? '' : suppressedWords(model);
  if (note !== '') blocks.push(context(note));
  return blocks;
}

/** A whole message for a report with nothing to compare. */
export function notComparableMessage(
  model: ReportModel | null | undefined,
  title = 'CX alignment report',
): SlackMessage {
  const threshold = model?.threshold;
  const footer = threshold === undefined ? [] : [context(footerWords(threshold))];
  const text = model == null || model.window.pulseIds.length === 0 ? NO_RESULTS : notComparableWords(model);
  return message(`${title}: ${text}`, [header(title), ...notComparableBlocks(model), ...footer]);
}
