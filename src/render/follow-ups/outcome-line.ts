/**
 * A follow-up's before → after in one line: "*Customer support*, Marketing vs Customer Service: gap
 * 1.9 → 0.4, no longer significant", "… still 1.7: not closed", or "not enough answers to measure"
 * (a side under the anonymity threshold never gets a figure).
 */
import type { FollowUpOutcome } from '../../analytics/follow-ups/outcome';
import { one } from '../report-format';
import { bold, name } from '../slack-report/words';
import type { FollowUpView } from './types';

/** "*Customer support*, Marketing vs Customer Service". */
export const subjectWords = (f: Pick<FollowUpView, 'subjectName' | 'highDepartment' | 'lowDepartment'>) =>
  `${bold(f.subjectName)}, ${name(f.highDepartment)} vs ${name(f.lowDepartment)}`;

/** What the outcome says, after the subject. */
export function outcomeWords(outcome: FollowUpOutcome): string {
  if (outcome.kind === 'not-measurable') return 'not enough answers to measure';
  const after = one(Math.abs(outcome.after));
  if (outcome.closed) return `gap ${one(outcome.before)} → ${after}, no longer significant`;
  if (outcome.significant) return `still ${after}: not closed`;
  return `gap ${one(outcome.before)} → ${after}, within the noise but not within half a point: not closed yet`;
}

export const outcomeLine = (f: FollowUpView, outcome: FollowUpOutcome): string =>
  `${subjectWords(f)}: ${outcomeWords(outcome)}`;
