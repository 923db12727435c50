/**
 * The alignment index per pulse, oldest to newest, with the change from the previous pulse.
 */
import { alignmentIndex } from './alignment-index';
import { definitionSimilarityPart, priorityConcordancePart, ratingAgreementPart } from './alignment-parts';
import { applyAnonymity } from './anonymity';
import { buildDefinitions } from './definitions';
import { buildDivergences } from './divergence';
import type { AlignmentIndex, TrendPoint } from './model/index';
import { cellSummaries } from './perception';
import { buildPriorities } from './priorities';
import type { ReportInput } from './report-input';

/** The index of one input, after anonymity, and how many departments it is computed over. */
export function alignmentOf(
  raw: ReportInput,
  threshold: number,
): { index: AlignmentIndex; departmentsShown: number } {
  const { input } = applyAnonymity(raw, threshold);
  const index = alignmentIndex({
    ratingAgreement: ratingAgreementPart(buildDivergences(input, cellSummaries(input))),
    priorityConcordance: priorityConcordancePart(buildPriorities(input).concordance),
    definitionSimilarity: definitionSimilarityPart(buildDefinitions(input)),
  });
  return { index, departmentsShown: input.departments.length };
}

/**
 * One point per input (each normally one pulse; a pooled input is dated by its newest pulse),
 * oldest first. Every point is anonymised on its own with `threshold`, so a department shown in
 * one pulse may be hidden in another; `departmentsShown` says over how many the index is computed.
 */
export function buildTrend(perPulse: readonly ReportInput[], options: { threshold: number }): TrendPoint[] {
  const dated = perPulse.flatMap((input) => {
    const newest = input.pulses.reduce<ReportInput['pulses'][number] | undefined>(
      (acc, p) => (acc === undefined || p.openedAt > acc.openedAt ? p : acc),
      undefined,
    );
    return newest === undefined ? [] : [{ input, pulse: newest }];
  });
  dated.sort((a, b) => a.pulse.openedAt - b.pulse.openedAt || a.pulse.id - b.pulse.id);
  let previous: number | null = null;
  return dated.map(({ input, pulse }, i) => {
    const { index, departmentsShown } = alignmentOf(input, options.threshold);
    const change = i > 0 && previous !== null && index.value !== null ? index.value - previous : null;
    previous = index.value;
    return {
      pulseId: pulse.id,
      openedAt: pulse.openedAt,
      index: index.value,
      parts: {
        ratingAgreement: index.parts.ratingAgreement.value,
        priorityConcordance: index.parts.priorityConcordance.value,
        definitionSimilarity: index.parts.definitionSimilarity.value,
      },
      change,
      departmentsShown,
    };
  });
}
