/**
 * The `/cx-alignment` leader report as Block Kit: the index with its parts, divergences, agreement,
 * splits inside teams, priorities, quadrant conflicts, definitions, participation.
 */
import type { KnownBlock } from '@slack/types';
import { ALIGNMENT_INDEX_FORMULA, type OpenPulseLine, type ReportModel } from '../../analytics/report/index';
import { customerBlocks } from '../customers/slack-blocks';
import { escapeMrkdwn } from '../escape';
import { followUpButtons } from '../follow-ups/report-buttons';
import type { SlackMessage } from '../help';
import { modelIndexSentence } from './alignment';
import { context, divider, header, message, section, titled } from './blocks';
import {
  consensusLine,
  divergentThemeLines,
  pickQuotes,
  quoteLine,
  similarityLine,
  themesLine,
} from './definition-lines';
import {
  agreementLines,
  divergenceLine,
  divergenceLines,
  significantDivergences,
  splitLines,
} from './divergence-lines';
import { isComparable, notComparableMessage } from './empty-state';
import { noClosedResultsMessage, withOpenPulse } from './open-pulse';
import { concordanceLine, conflictLines, topPicksLine } from './priority-lines';
import { participationWords, plural, selfDeclaredWords, suppressedWords, windowWords } from './words';

/** How many items each part of the report lists. */
const MAX = {
  divergences: 5,
  agreements: 5,
  splits: 6,
  conflicts: 5,
  departments: 12,
  divergent: 4,
  quotes: 3,
};

function definitionBlocks(model: ReportModel): KnownBlock[] {
  const defs = model.definitions.byDepartment;
  const lines = defs.slice(0, MAX.departments).map((d) => themesLine(d));
  if (defs.length > MAX.departments) lines.push(`…and ${defs.length - MAX.departments} more departments`);
  lines.push(consensusLine(model), ...divergentThemeLines(model, MAX.divergent), similarityLine(model));
  const blocks: KnownBlock[] = [
    titled(
      'How departments define great CX',
      lines.filter((l) => l !== ''),
    ),
  ];
  const top = significantDivergences(model)[0];
  const quotes = pickQuotes(
    model,
    MAX.quotes,
    top === undefined ? [] : [top.high.department, top.low.department],
  );
  if (quotes.length > 0) blocks.push(section(quotes.map(quoteLine).join('\n')));
  return blocks;
}

/** The fallback: the index with its parts, the top divergence and participation, without mrkdwn. */
function fallback(model: ReportModel, title: string): string {
  const top = significantDivergences(model)[0];
  return [
    `${escapeMrkdwn(title)}: ${modelIndexSentence(model, undefined, false)}.`,
    top === undefined
      ? 'No touchpoint divergence is larger than the noise.'
      : `Top divergence: ${divergenceLine(top, false, false)}.`,
    `${participationWords(model)}.`,
  ].join('\n');
}

/**
 * The leader report (posted ephemerally): the model is the latest closed pulse's. A pulse still
 * open (`opts.open`) adds only its line (open until when, how many answered, results when it
 * closes); with no closed pulse yet that line is the whole report. A model with no pulse or fewer
 * than two shown departments gets a friendly "not enough to compare yet" message instead.
 */
export function renderReportMessage(
  model: ReportModel | null | undefined,
  opts: { title?: string; open?: OpenPulseLine | null; followUps?: boolean } = {},
): SlackMessage {
  const title = opts.title ?? 'CX alignment report';
  if (model == null && opts.open != null) return noClosedResultsMessage(opts.open, title);
  return withOpenPulse(closedReportMessage(model, title, opts.followUps ?? false), opts.open);
}

function closedReportMessage(
  model: ReportModel | null | undefined,
  title: string,
  followUps: boolean,
): SlackMessage {
  if (model == null || !isComparable(model)) return notComparableMessage(model, title);
  const blocks: KnownBlock[] = [
    header(title),
    context(
      windowWords(model),
      `${plural(model.totals.respondents, 'respondent')} in ${plural(model.totals.departmentsShown, 'department')}`,
    ),
    section(modelIndexSentence(model)),
    ...customerBlocks(model),
    divider(),
    titled('Where departments diverge', divergenceLines(model, MAX.divergences, true)),
    ...(followUps ? [followUpButtons(model, MAX.divergences)].filter((b) => b !== null) : []),
    titled('Where departments agree', agreementLines(model, MAX.agreements)),
    titled('Split inside a team', splitLines(model, MAX.splits)),
    titled(
      'Priorities',
      [concordanceLine(model.priorities.concordance), topPicksLine(model)].filter((l) => l !== ''),
    ),
    titled('Importance vs performance: different quadrants', conflictLines(model, MAX.conflicts)),
    ...definitionBlocks(model),
    divider(),
    section(`:busts_in_silhouette: ${participationWords(model)}`),
  ];
  if (model.departmentsMostlySelfDeclared) blocks.push(context(selfDeclaredWords(model)));
  if (model.suppressed.note !== null) blocks.push(context(suppressedWords(model)));
  blocks.push(
    context(`_${escapeMrkdwn(ALIGNMENT_INDEX_FORMULA)}_`, 'See `/cx-alignment help` for more views'),
  );
  return message(fallback(model, title), blocks);
}
