/**
 * `buildReport`: the whole alignment report from aggregated input. Pure: no I/O, no clock.
 */
import { alignmentIndex } from './alignment-index';
import { definitionSimilarityPart, priorityConcordancePart, ratingAgreementPart } from './alignment-parts';
import { applyAnonymity } from './anonymity';
import { buildDefinitions } from './definitions';
import { buildDivergences } from './divergence';
import { buildImportancePerformance } from './importance-performance';
import type { ReportModel } from './model/index';
import { buildParticipation, buildTotals } from './participation';
import { buildCells, cellSummaries } from './perception';
import { buildPriorities } from './priorities';
import type { ReportInput } from './report-input';
import { buildTrend } from './trend';

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  /** Anonymity threshold: minimum distinct respondents per department and raters per cell (≥ 3). */
  threshold: number;
  /** Single-pulse inputs for the trend (any order); omitted → an empty trend. */
  trendInputs?: readonly ReportInput[];
}

function windowOf(input: ReportInput): ReportModel['window'] {
  const pulses = [...input.pulses].sort((a, b) => a.openedAt - b.openedAt || a.id - b.id);
  const open = pulses.some((p) => p.status === 'open');
  const newest = pulses.at(-1);
  return {
    pulseIds: pulses.map((p) => p.id),
    from: pulses[0]?.openedAt ?? null,
    to: open || newest === undefined ? null : newest.closedAt,
    open,
  };
}

/**
 * Builds the report. Anonymity runs first ({@link applyAnonymity}): every later step, company
 * totals included, sees only departments with at least `threshold` respondents and cells with at
 * least `threshold` raters.
 *
 * @throws RangeError when the threshold is below the minimum.
 */
export function buildReport(raw: ReportInput, options: BuildReportOptions): ReportModel {
  const { input, suppressed } = applyAnonymity(raw, options.threshold);
  const summaries = cellSummaries(input);
  const divergences = buildDivergences(input, summaries);
  const priorities = buildPriorities(input);
  const definitions = buildDefinitions(input);
  const participation = buildParticipation(input);
  const answersOf = new Map(input.respondents.map((r) => [r.departmentId, r]));
  return {
    version: 1,
    window: windowOf(input),
    threshold: options.threshold,
    totals: buildTotals(input, participation),
    suppressed,
    departments: input.departments.map((d) => ({
      id: d.id,
      name: d.name,
      respondents: answersOf.get(d.id)?.respondents ?? 0,
      answers: answersOf.get(d.id)?.answers ?? 0,
    })),
    touchpoints: input.touchpoints.map((t) => ({ id: t.id, name: t.name })),
    cells: buildCells(input, summaries),
    divergences,
    priorities,
    importancePerformance: buildImportancePerformance(input, summaries, priorities.byDepartment),
    definitions,
    alignment: alignmentIndex({
      ratingAgreement: ratingAgreementPart(divergences),
      priorityConcordance: priorityConcordancePart(priorities.concordance),
      definitionSimilarity: definitionSimilarityPart(definitions),
    }),
    trend:
      options.trendInputs === undefined
        ? []
        : buildTrend(options.trendInputs, { threshold: options.threshold }),
    participation,
    departmentsMostlySelfDeclared: input.mostlySelfDeclared === true,
  };
}
