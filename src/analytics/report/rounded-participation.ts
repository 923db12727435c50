/**
 * How many have answered a pulse that is still open, as it may be said: rounded, so that one more
 * answer does not show as a step of one. Below 100 answers the count goes to a multiple of 5 (never
 * above the number invited); from 100 on, the share of the invited goes to a multiple of 5%.
 */

/** What an open pulse's line may say of its answers. */
export type RoundedParticipation =
  /** Nobody has answered. */
  | { kind: 'none' }
  /** 1 to 4 answers, or a count that rounds to 0. */
  | { kind: 'fewer-than-5' }
  /** About `about` answers (a multiple of 5); `percent` is `about` over the invited, null when none were. */
  | { kind: 'count'; about: number; percent: number | null }
  /** About `percent`% of the invited (a multiple of 5; 0 means under 5%). */
  | { kind: 'share'; percent: number };

/** The count of answers below which it is rounded to a multiple of 5 (from here on, the share). */
export const ROUND_COUNT_BELOW = 100;
const STEP = 5;

const nearestStep = (n: number): number => STEP * Math.round(n / STEP);

/**
 * The rounded participation of `answered` people out of `invited` (0 when no invitation was
 * recorded). The count is taken as at most `invited` (when any were), so the result never says
 * more than 100%. Pure.
 *
 * @throws RangeError when either is not a non-negative integer.
 */
export function roundParticipation(answered: number, invited: number): RoundedParticipation {
  for (const [name, n] of [
    ['answered', answered],
    ['invited', invited],
  ] as const)
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer: ${n}`);
  const a = invited > 0 ? Math.min(answered, invited) : answered;
  if (a === 0) return { kind: 'none' };
  if (a >= ROUND_COUNT_BELOW && invited > 0)
    return { kind: 'share', percent: STEP * Math.round((a / invited) * (100 / STEP)) };
  let about = nearestStep(a);
  // never above the invited: then the largest multiple of 5 that is not
  if (invited > 0 && about > invited) about = STEP * Math.floor(invited / STEP);
  if (about === 0) return { kind: 'fewer-than-5' };
  return { kind: 'count', about, percent: invited > 0 ? Math.round((about / invited) * 100) : null };
}
