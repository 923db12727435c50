/**
 * The three parts of the alignment index, taken from the sections of the report.
 */
import type { PartInput } from './alignment-index';
import type { DefinitionsSection, PriorityConcordance, TouchpointDivergence } from './model/index';

/** 1 − mean ε² over the touchpoints rated by at least two shown departments. */
export function ratingAgreementPart(divergences: readonly TouchpointDivergence[]): PartInput {
  const values = divergences.flatMap((d) => (d.epsilonSquared === null ? [] : [d.epsilonSquared]));
  if (values.length === 0) {
    return { value: null, reason: 'no touchpoint was rated by two or more shown departments' };
  }
  return { value: 1 - values.reduce((acc, v) => acc + v, 0) / values.length };
}

/** The chance-corrected mean Spearman correlation between departments' priority rankings. */
export function priorityConcordancePart(concordance: PriorityConcordance | null): PartInput {
  if (concordance === null) {
    return { value: null, reason: 'fewer than two shown departments picked priorities' };
  }
  return { value: concordance.meanSpearman };
}

/** The mean pairwise 1 − JSD of the departments' theme mixes. */
export function definitionSimilarityPart(definitions: DefinitionsSection): PartInput {
  if (definitions.meanSimilarity === null) {
    return { value: null, reason: 'fewer than two shown departments wrote definitions with CX themes' };
  }
  return { value: definitions.meanSimilarity };
}
