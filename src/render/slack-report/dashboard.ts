/**
 * The leaders' App Home dashboard: a compact summary (at most 12 blocks) under which App Home puts
 * the "Open the full report" button.
 */
import type { KnownBlock } from '@slack/types';
import type { OpenPulseLine, ReportModel } from '../../analytics/report/index';
import { modelIndexSentence } from './alignment';
import { capBlocks, context, section } from './blocks';
import { divergenceLine, NO_DIVERGENCE, significantDivergences } from './divergence-lines';
import { isComparable, NO_RESULTS, notComparableBlocks } from './empty-state';
import { NO_CLOSED_RESULTS, openPulseBlocks } from './open-pulse';
import { participationWords, suppressedWords, windowWords } from './words';

/** Most blocks the dashboard uses. */
export const DASHBOARD_MAX_BLOCKS = 12;

/**
 * The dashboard blocks of the latest closed pulse: index with parts, the top divergence,
 * participation; null → "No pulse results yet". A pulse still open (`open`) adds only its line
 * above them (how many answered so far, results when it closes), never a figure of its answers.
 */
export function renderDashboardBlocks(
  model: ReportModel | null | undefined,
  open?: OpenPulseLine | null,
): KnownBlock[] {
  if (open == null) return closedDashboardBlocks(model);
  const closed = model == null ? [section(`:seedling: ${NO_CLOSED_RESULTS}`)] : closedDashboardBlocks(model);
  return capBlocks([...openPulseBlocks(open), ...closed], DASHBOARD_MAX_BLOCKS);
}

function closedDashboardBlocks(model: ReportModel | null | undefined): KnownBlock[] {
  if (model == null) return [section(`:seedling: ${NO_RESULTS}`)];
  if (!isComparable(model)) return notComparableBlocks(model);
  const top = significantDivergences(model)[0];
  const blocks: KnownBlock[] = [
    section(`*Alignment* · ${windowWords(model)}\n${modelIndexSentence(model)}`),
    section(top === undefined ? NO_DIVERGENCE : `*Top divergence:* ${divergenceLine(top)}`),
    context(`:busts_in_silhouette: ${participationWords(model)}`, suppressedWords(model)),
  ];
  return capBlocks(blocks, DASHBOARD_MAX_BLOCKS);
}
