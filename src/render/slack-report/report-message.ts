/**
 * The `/cx-alignment` leader report as Block Kit: the index with its parts, divergences, agreement,
 * splits inside teams, priorities, quadrant conflicts, definitions, participation.
 */
import type { KnownBlock } from '@slack/types';
import type { OpenPulseLine, ReportModel } from '../../analytics/report/index';
import { customerBlocks } from '../customers/slack-blocks';
import { escapeMrkdwn } from '../escape';
import { followUpButtons } from '../follow-ups/report-buttons';
import type { SlackMessage } from '../help';
import { REPORT_EN, type ReportLanguage, type ReportMessages, reportMessagesFor } from '../i18n/report/index';
import { modelIndexSentence, trendChange } from './alignment';
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
import { counted, participationWords, selfDeclaredWords, suppressedWords, windowWords } from './words';

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

function definitionBlocks(model: ReportModel, m: ReportMessages): KnownBlock[] {
  const defs = model.definitions.byDepartment;
  const lines = defs.slice(0, MAX.departments).map((d) => themesLine(d, 3, m));
  if (defs.length > MAX.departments) lines.push(m.report.moreDepartments(defs.length - MAX.departments));
  lines.push(
    consensusLine(model, 3, m),
    ...divergentThemeLines(model, MAX.divergent, undefined, m),
    similarityLine(model, m),
  );
  const blocks: KnownBlock[] = [
    titled(
      m.report.definitions,
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
function fallback(model: ReportModel, title: string, m: ReportMessages): string {
  const top = significantDivergences(model)[0];
  return [
    `${escapeMrkdwn(title)}: ${modelIndexSentence(model, trendChange(model, m), false, m)}.`,
    top === undefined ? m.divergence.none : m.report.topDivergence(divergenceLine(top, false, false, m)),
    `${participationWords(model, m)}.`,
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
  opts: { title?: string; open?: OpenPulseLine | null; followUps?: boolean; lang?: ReportLanguage } = {},
): SlackMessage {
  const m = reportMessagesFor(opts.lang);
  const title = opts.title ?? m.report.title;
  if (model == null && opts.open != null) return noClosedResultsMessage(opts.open, title, m);
  return withOpenPulse(closedReportMessage(model, title, opts.followUps ?? false, m), opts.open, m);
}

function closedReportMessage(
  model: ReportModel | null | undefined,
  title: string,
  followUps: boolean,
  m: ReportMessages = REPORT_EN,
): SlackMessage {
  if (model == null || !isComparable(model)) return notComparableMessage(model, title, m);
  const { respondents, departmentsShown } = model.totals;
  const blocks: KnownBlock[] = [
    header(title),
    context(
      windowWords(model, m),
      m.report.respondentsIn(
        counted(respondents, 'respondent', m),
        counted(departmentsShown, 'department', m),
      ),
    ),
    section(modelIndexSentence(model, trendChange(model, m), true, m)),
    ...customerBlocks(model),
    divider(),
    titled(m.report.diverge, divergenceLines(model, MAX.divergences, true, m)),
    ...(followUps ? [followUpButtons(model, MAX.divergences)].filter((b) => b !== null) : []),
    titled(m.report.agree, agreementLines(model, MAX.agreements, m)),
    titled(m.report.split, splitLines(model, MAX.splits, m)),
    titled(
      m.report.priorities,
      [concordanceLine(model.priorities.concordance, m), topPicksLine(model, 3, m)].filter((l) => l !== ''),
    ),
    titled(m.report.quadrants, conflictLines(model, MAX.conflicts, m)),
    ...definitionBlocks(model, m),
    divider(),
    section(`:busts_in_silhouette: ${participationWords(model, m)}`),
  ];
  if (model.departmentsMostlySelfDeclared) blocks.push(context(selfDeclaredWords(model, m)));
  if (model.suppressed.note !== null) blocks.push(context(suppressedWords(model, m)));
  blocks.push(context(`_${escapeMrkdwn(m.index.formula)}_`, m.report.moreViews));
  return message(fallback(model, title, m), blocks);
}
