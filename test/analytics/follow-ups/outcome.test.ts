import { describe, expect, it } from 'vitest';
import { type FollowUpBaseline, measureFollowUp } from '../../../src/analytics/follow-ups/outcome';
import { buildReport } from '../../../src/analytics/report/index';
import { outcomeWords } from '../../../src/render/follow-ups/outcome-line';
import { literalInput, times } from '../report/fixtures';

const SUPPORT = 2;
const baseline: FollowUpBaseline = {
  subjectKey: String(SUPPORT),
  subjectName: 'Customer support',
  highDepartment: 'Marketing',
  lowDepartment: 'Customer Service',
  gap: 1.9,
  significant: true,
};

/** A later pulse where Marketing and Customer Service rate Customer support as given. */
function later(marketing: number[], service: number[], serviceRespondents = service.length) {
  return buildReport(
    literalInput([
      { id: 1, name: 'Marketing', respondents: marketing.length, ratings: { [SUPPORT]: marketing } },
      { id: 2, name: 'Customer Service', respondents: serviceRespondents, ratings: { [SUPPORT]: service } },
      { id: 3, name: 'Sales', respondents: 6, ratings: { [SUPPORT]: times(3, 6) } },
    ]),
    { threshold: 5 },
  );
}

describe('measureFollowUp: the same two departments, the same touchpoint, the same noise rule', () => {
  it('a gap that closed: before → after, no longer significant, closed', () => {
    const outcome = measureFollowUp(baseline, later([4, 4, 3, 4, 3, 4], [3, 4, 3, 4, 3, 3]));
    expect(outcome).toMatchObject({ kind: 'measured', before: 1.9, significant: false, closed: true });
    expect(outcome.kind === 'measured' && outcome.after).toBeCloseTo(3.667 - 3.333, 2);
    expect(outcomeWords(outcome)).toBe('gap 1.9 → 0.3, no longer significant');
  });

  it('a gap still beyond the noise: "still …: not closed"', () => {
    const outcome = measureFollowUp(baseline, later([5, 5, 4, 5, 4, 5, 5], [2, 3, 2, 3, 3, 2, 3]));
    expect(outcome).toMatchObject({ kind: 'measured', significant: true, closed: false });
    expect(outcomeWords(outcome)).toMatch(/^still 2\.\d: not closed$/);
  });

  it('a smaller gap within the noise but not within half a point is not closed', () => {
    const outcome = measureFollowUp(baseline, later([5, 3, 4, 2, 5], [3, 4, 2, 4, 2]));
    expect(outcome).toMatchObject({ kind: 'measured', significant: false, closed: false });
    expect(outcomeWords(outcome)).toContain('not closed yet');
  });

  it('a side under the anonymity threshold gets no figure at all', () => {
    const outcome = measureFollowUp(baseline, later(times(4, 6), [4, 4, 4]));
    expect(outcome).toEqual({ kind: 'not-measurable', pulseIds: [1] });
    expect(outcomeWords(outcome)).toBe('not enough answers to measure');
  });

  it('a touchpoint the later pulse did not rate cannot be measured', () => {
    const outcome = measureFollowUp({ ...baseline, subjectKey: '4' }, later(times(4, 6), times(4, 6)));
    expect(outcome.kind).toBe('not-measurable');
  });
});
