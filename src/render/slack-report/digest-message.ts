/**
 * The weekly alignment digest for a channel: short enough to read (about six sections), with the
 * numbers in plain words and the heatmap when one was uploaded.
 */
import type { KnownBlock } from '@slack/types';
import type { ReportModel } from '../../analytics/report/index';
import { escapeMrkdwn } from '../escape';
import { heatmapAltText } from '../heatmap/alt-text';
import type { SlackMessage } from '../help';
import { type ReportLanguage, type ReportMessages, reportMessagesFor } from '../i18n/report/index';
import { type IndexChange, modelIndexSentence, trendChange } from './alignment';
import { context, fileImage, header, message, section, titled } from './blocks';
import { consensusLine, divergentThemeLines, pickQuotes, quoteLine, themesLine } from './definition-lines';
import { agreementLines, divergenceLine, divergenceLines, significantDivergences } from './divergence-lines';
import { isComparable, notComparableBlocks, notComparableWords } from './empty-state';
import { heatmapInputFromModel } from './heatmap-input';
import { footerWords, participationWords, selfDeclaredWords, suppressedWords } from './words';

/** Options of {@link renderDigestMessage}. */
export interface DigestOptions {
  /** An uploaded heatmap PNG to show as an image block; null or absent: no image. */
  heatmapFileId?: string | null;
  /** "Week of 3 February", plain text (it goes in the header). */
  periodLabel: string;
  /** The index of the previous digest, for the change; absent or null: the trend's change. */
  previousIndex?: number | null;
  /** The workspace's report language; English when absent. */
  lang?: ReportLanguage;
}

/** How much the digest lists. */
const MAX = { items: 3, departments: 6, themes: 2, divergentThemes: 2, quotes: 3 };

function changeOf(
  model: ReportModel,
  previousIndex: number | null | undefined,
  m: ReportMessages,
): IndexChange | null {
  if (previousIndex == null || model.alignment.value === null) return trendChange(model, m);
  return { change: model.alignment.value - previousIndex, since: m.digest.sinceLastDigest };
}

function definitionLines(model: ReportModel, m: ReportMessages): string[] {
  const defs = [...model.definitions.byDepartment].sort((a, b) => b.answers - a.answers);
  const lines = defs.slice(0, MAX.departments).map((d) => themesLine(d, MAX.themes, m));
  if (defs.length > MAX.departments) lines.push(m.digest.moreInCommand(defs.length - MAX.departments));
  return [
    ...lines,
    consensusLine(model, 2, m),
    ...divergentThemeLines(model, MAX.divergentThemes, undefined, m),
  ];
}

/** Alt text for the heatmap, with nothing that could read as a Slack token. */
export const digestAltText = (model: ReportModel, m?: ReportMessages): string =>
  heatmapAltText(heatmapInputFromModel(model, m)).replace(/[<>]/g, '');

/** The fallback text: the index, the biggest divergence and participation, without mrkdwn. */
function fallbackText(model: ReportModel, title: string, change: IndexChange | null, m: ReportMessages) {
  const top = significantDivergences(model)[0];
  return [
    `${escapeMrkdwn(title)}: ${modelIndexSentence(model, change, false, m)}.`,
    top === undefined ? m.divergence.none : m.digest.biggestDivergence(divergenceLine(top, false, false, m)),
    `${participationWords(model, m)}.`,
  ].join('\n');
}

/**
 * The weekly digest: index with parts and change, where we agree, where we diverge, how each
 * department defines great CX, a few quotes (department only), the heatmap, participation.
 */
export function renderDigestMessage(
  model: ReportModel | null | undefined,
  opts: DigestOptions,
): SlackMessage {
  const m = reportMessagesFor(opts.lang);
  const title = m.digest.title(opts.periodLabel);
  if (model == null || !isComparable(model)) {
    const footer = model == null ? [] : [context(footerWords(model.threshold, m.digest.details, m))];
    return message(`${escapeMrkdwn(title)}: ${notComparableWords(model, m)}`, [
      header(title),
      ...notComparableBlocks(model, m),
      ...footer,
    ]);
  }
  const change = changeOf(model, opts.previousIndex, m);
  const top = significantDivergences(model)[0];
  const quotes = pickQuotes(
    model,
    MAX.quotes,
    top === undefined ? [] : [top.high.department, top.low.department],
  );
  const blocks: KnownBlock[] = [
    header(title),
    section(`:compass: ${modelIndexSentence(model, change, true, m)}`),
    titled(m.digest.agree, agreementLines(model, MAX.items, m)),
    titled(m.digest.diverge, divergenceLines(model, MAX.items, false, m)),
    titled(m.digest.definitions, definitionLines(model, m)),
  ];
  if (quotes.length > 0) blocks.push(section(quotes.map(quoteLine).join('\n')));
  if (opts.heatmapFileId)
    blocks.push(fileImage(opts.heatmapFileId, digestAltText(model, m), m.digest.heatmapTitle));
  blocks.push(section(`:busts_in_silhouette: ${participationWords(model, m)}`));
  if (model.departmentsMostlySelfDeclared) blocks.push(context(selfDeclaredWords(model, m)));
  if (model.suppressed.note !== null) blocks.push(context(suppressedWords(model, m)));
  blocks.push(context(footerWords(model.threshold, m.digest.details, m)));
  return message(fallbackText(model, title, change, m), blocks);
}
