/**
 * The alignment index, always with its three parts and, when known, its change: the index is
 * never shown alone (DESIGN.md, "The alignment model").
 */
import type { IndexPartKey, ReportModel } from '../../analytics/report/index';
import { REPORT_EN, type ReportMessages } from '../i18n/report/index';
import { changeWords, partsWords } from './words';

/** A change of the index and what it is measured against ("pulse #3", "the last digest"). */
export interface IndexChange {
  change: number;
  since: string;
}

/**
 * The change since the previous pulse of the trend, only when the report is a single pulse that is
 * the trend's point (a pooled window's index is not comparable with one pulse's).
 */
export function trendChange(model: ReportModel, m: ReportMessages = REPORT_EN): IndexChange | null {
  if (model.window.pulseIds.length !== 1) return null;
  const at = model.trend.findIndex((p) => p.pulseId === model.window.pulseIds[0]);
  const point = model.trend[at];
  const previous = model.trend[at - 1];
  if (point?.change == null || previous === undefined) return null;
  return { change: point.change, since: m.index.sincePulse(previous.pulseId) };
}

/** The model's index parts as plain values. */
export function partValues(model: ReportModel): Record<IndexPartKey, number | null> {
  const p = model.alignment.parts;
  return {
    ratingAgreement: p.ratingAgreement.value,
    priorityConcordance: p.priorityConcordance.value,
    definitionSimilarity: p.definitionSimilarity.value,
  };
}

/**
 * "Alignment index 64/100 (▲ 5 since pulse #3) · ratings 71 · priorities 58 · definitions 63", the
 * index in bold.
 * `emphasis` false gives the same sentence without mrkdwn, for fallback text.
 */
export function indexSentence(
  value: number | null,
  parts: Readonly<Record<IndexPartKey, number | null>>,
  change: IndexChange | null,
  emphasis = true,
  m: ReportMessages = REPORT_EN,
): string {
  if (value === null) return m.index.notAvailable(partsWords(parts, m));
  const shown = emphasis ? `*${Math.round(value)}*` : String(Math.round(value));
  const delta = change === null ? '' : ` (${changeWords(value, value - change.change, change.since, m)})`;
  return m.index.sentence(shown, delta, partsWords(parts, m));
}

/** The index sentence of a report, with the trend's change. */
export function modelIndexSentence(
  model: ReportModel,
  change = trendChange(model),
  emphasis = true,
  m: ReportMessages = REPORT_EN,
): string {
  return indexSentence(model.alignment.value, partValues(model), change, emphasis, m);
}
