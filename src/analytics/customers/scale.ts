/**
 * Customer scores come on many scales (CSAT 1–5 or 0–100 %, CES 1–7, NPS −100..100, review stars
 * 1–5). Each is mapped linearly onto the employees' 1–5 rating scale so the two can sit side by
 * side: worst end → 1, best end → 5. A scale is written worst first, so a metric where lower is
 * better (a CES asked as "effort", a response time) is written high to low, e.g. `7..1`.
 */

/** A scale, worst end first. */
export interface Scale {
  worst: number;
  best: number;
}

/** The rule, as printed by the import and the README. */
export const NORMALISATION_RULE =
  'normalised = 1 + 4·(score − worst)/(best − worst): 0..10 → 1 + 4·score/10; NPS −100..100 → 1 + 4·(nps + 100)/200; 1..5 as is; a scale written high to low (7..1) means lower is better';

const NUMBER = String.raw`([-−]?\d+(?:\.\d+)?)`;
const SCALE_PATTERN = new RegExp(String.raw`^${NUMBER}\s*(?:\.\.|–|—|to|-)\s*${NUMBER}$`, 'i');

const toNumber = (text: string): number => Number(text.replace('−', '-'));

/**
 * Reads `1..5`, `0-10`, `-100..100`, `1–7`, `7..1`, `0 to 100`, or `%` (0..100); null when it is
 * none of these or both ends are equal.
 */
export function parseScale(text: string): Scale | null {
  const trimmed = text.trim();
  if (trimmed === '%') return { worst: 0, best: 100 };
  const match = SCALE_PATTERN.exec(trimmed);
  if (match === null || match[1] === undefined || match[2] === undefined) return null;
  const worst = toNumber(match[1]);
  const best = toNumber(match[2]);
  if (!Number.isFinite(worst) || !Number.isFinite(best) || worst === best) return null;
  return { worst, best };
}

/** The scale as stored and shown: `worst..best`. */
export function formatScale(scale: Scale): string {
  return `${scale.worst}..${scale.best}`;
}

/** Whether the score lies on the scale (ends included). */
export function onScale(score: number, scale: Scale): boolean {
  return score >= Math.min(scale.worst, scale.best) && score <= Math.max(scale.worst, scale.best);
}

/** The score on 1–5 (see {@link NORMALISATION_RULE}); only for a score {@link onScale}. */
export function normalise(score: number, scale: Scale): number {
  return 1 + (4 * (score - scale.worst)) / (scale.best - scale.worst);
}
