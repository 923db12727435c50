/**
 * Friendly messages for a report with nothing to compare yet: no pulse at all, or fewer than two
 * departments at or above the anonymity threshold.
 */
import type { KnownBlock } from '@slack/types';
import type { ReportModel } from '../../analytics/report/index';
import type { SlackMessage } from '../help';
import { REPORT_EN, type ReportMessages } from '../i18n/report/index';
import { context, header, message, section } from './blocks';
import { counted, footerWords, suppressedWords, windowWords } from './words';

/** Said when there is no pulse result at all. */
export const NO_RESULTS = REPORT_EN.empty.noResults;

/** True when the model has pulses and at least two departments to compare. */
export const isComparable = (model: ReportModel): boolean =>
  model.window.pulseIds.length > 0 && model.totals.departmentsShown >= 2;

/** Why there is nothing to compare, in one or two sentences (mrkdwn). */
export function notComparableWords(
  model: ReportModel | null | undefined,
  m: ReportMessages = REPORT_EN,
): string {
  if (model == null || model.window.pulseIds.length === 0) return m.empty.noResults;
  const shown = model.totals.departmentsShown;
  const who =
    shown === 0 ? m.empty.noDepartmentHas : m.empty.onlyHave(counted(shown, 'department', m), shown);
  return m.empty.notComparable(who, model.threshold, windowWords(model, m));
}

/** Blocks saying there is nothing to compare, with the suppressed note when there is one. */
export function notComparableBlocks(
  model: ReportModel | null | undefined,
  m: ReportMessages = REPORT_EN,
): KnownBlock[] {
  const blocks: KnownBlock[] = [section(`:seedling: ${notComparableWords(model, m)}`)];
  const note = model == null ? '' : suppressedWords(model, m);
  if (note !== '') blocks.push(context(note));
  return blocks;
}

/** A whole message for a report with nothing to compare. */
export function notComparableMessage(
  model: ReportModel | null | undefined,
  title = REPORT_EN.report.title,
  m: ReportMessages = REPORT_EN,
): SlackMessage {
  const threshold = model?.threshold;
  const footer = threshold === undefined ? [] : [context(footerWords(threshold, '', m))];
  const text = notComparableWords(model, m);
  return message(`${title}: ${text}`, [header(title), ...notComparableBlocks(model, m), ...footer]);
}
