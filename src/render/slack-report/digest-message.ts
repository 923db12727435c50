/**
 * The weekly alignment digest for a channel: short enough to read (about six sections), with the
 * numbers in plain words and the heatmap when one was uploaded.
 */
import type { KnownBlock } from '@slack/types';
import type { ReportModel } from '../../analytics/report/index';
import { escapeMrkdwn } from '../escape';
import { heatmapAltText } from '../heatmap/alt-text';
import type { SlackMessage } from '../help';
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
}

/** How much the digest lists. */
const MAX = { items: 3, departments: 6, themes: 2, divergentThemes: 2, quotes: 3 };

function changeOf(model: ReportModel, previousIndex: number | null | undefined): IndexChange | null {
  if (previousIndex == null || model.alignment.value === null) return trendChange(model);
  return { change: model.alignment.value - previousIndex, since: 'the last digest' };
}

function definitionLines(model: ReportModel): string[] {
  const defs = [...model.definitions.byDepartment].sort((a, b) => b.answers - a.answers);
  const lines = defs.slice(0, MAX.departments).map((d) => themesLine(d, MAX.themes));
  if (defs.length > MAX.departments)
    lines.push(`…and ${defs.length - MAX.departments} more in \`/cx-alignment\``);
  return [...lines, consensusLine(model, 2), ...divergentThemeLines(model, MAX.divergentThemes)];
}

/** Alt text for the heatmap, with nothing that could read as a Slack token. */
export const digestAltText = (model: ReportModel): string =>
  heatmapAltText(heatmapInputFromModel(model)).replace(/[<>]/g, '');

/**
 * The weekly digest: index with parts and change, where we agree, where we diverge, how each
 * department defines great CX, a few quotes (department only), the heatmap, participation.
 */
export function renderDigestMessage(
  model: ReportModel | null | undefined,
  opts: DigestOptions,
): SlackMessage {
  const title = `CX alignment · ${opts.periodLabel}`;
  if (model == null || !isComparable(model)) {
    const footer =
      model == null ? [] : [context(footerWords(model.threshold, '`/cx-alignment` for details'))];
    return message(`${escapeMrkdwn(title)}: ${notComparableWords(model)}`, [
      header(title),
      ...notComparableBlocks(model),
      ...footer,
    ]);
  }
  const change = changeOf(model, opts.previousIndex);
  const top = significantDivergences(model)[0];
  const quotes = pickQuotes(
    model,
    MAX.quotes,
    top === undefined ? [] : [top.high.department, top.low.department],
  );
  const blocks: KnownBlock[] = [
    header(title),
    section(`:compass: ${modelIndexSentence(model, change)}`),
    titled(':handshake: Where we agree', agreementLines(model, MAX.items)),
    titled(':warning: Where we diverge', divergenceLines(model, MAX.items)),
    titled(':speech_balloon: How each department defines great CX', definitionLines(model)),
  ];
  if (quotes.length > 0) blocks.push(section(quotes.map(quoteLine).join('\n')));
  if (opts.heatmapFileId) {
    blocks.push(
      fileImage(opts.heatmapFileId, digestAltText(model), 'How departments rate each touchpoint (1–5)'),
    );
  }
  blocks.push(section(`:busts_in_silhouette: ${participationWords(model)}`));
  if (model.departmentsMostlySelfDeclared) blocks.push(context(selfDeclaredWords(model)));
  if (model.suppressed.note !== null) blocks.push(context(suppressedWords(model)));
  blocks.push(context(footerWords(model.threshold, '`/cx-alignment` for details')));
  const text = [
    `${escapeMrkdwn(title)}: ${modelIndexSentence(model, change, false)}.`,
    top === undefined
      ? 'No touchpoint divergence is larger than the noise.'
      : `Biggest divergence: ${divergenceLine(top, false, false)}.`,
    `${participationWords(model)}.`,
  ].join('\n');
  return message(text, blocks);
}
