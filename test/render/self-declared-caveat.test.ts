/**
 * The report's caveat when most departments were chosen by the people themselves, and participation
 * that never passes 100%: pure, from literal inputs through the builder and every renderer that
 * shows participation (the Slack report, the digest, the text report).
 */
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../../src/analytics/report/index';
import { renderDigestMessage, renderReportMessage } from '../../src/render/slack-report/index';
import { SELF_DECLARED_CAVEAT } from '../../src/render/slack-report/words';
import { renderTextReport } from '../../src/render/text-report/index';
import { literalInput, times } from '../analytics/report/fixtures';

const departments = [
  { id: 1, name: 'Sales', respondents: 6, ratings: { 1: times(4, 6) }, delivered: 6 },
  { id: 2, name: 'Finance', respondents: 6, ratings: { 1: times(2, 6) }, delivered: 6 },
];

/** Every surface that shows participation, as one string each. */
function surfaces(input: ReportInput): Record<string, string> {
  const model = buildReport(input, { threshold: 5 });
  return {
    report: JSON.stringify(renderReportMessage(model)),
    digest: JSON.stringify(renderDigestMessage(model, { periodLabel: 'Week of 7 December' })),
    text: renderTextReport(model),
  };
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('the "mostly self-declared" caveat', () => {
  it('is one line of the Slack report, the digest and the text report when departments were self-declared', () => {
    for (const [name, body] of Object.entries(
      surfaces({ ...literalInput(departments), mostlySelfDeclared: true }),
    ))
      expect(occurrences(body, SELF_DECLARED_CAVEAT), name).toBe(1);
  });

  it('is absent when departments were mapped, or the results were frozen before it was kept', () => {
    for (const input of [
      { ...literalInput(departments), mostlySelfDeclared: false },
      literalInput(departments),
    ])
      for (const [name, body] of Object.entries(surfaces(input)))
        expect(occurrences(body, SELF_DECLARED_CAVEAT), name).toBe(0);
  });
});

describe('participation', () => {
  it('gives a department no rate while some were invited without a department, and the total over all invited', () => {
    const input = { ...literalInput(departments), unplacedInvites: { delivered: 4, failed: 1 } };
    const model = buildReport(input, { threshold: 5 });
    expect(model.participation.map((p) => [p.invitesKnown, p.responseRate])).toEqual([
      [false, null],
      [false, null],
    ]);
    expect(model.totals).toMatchObject({ delivered: 16, unplacedDelivered: 4, failed: 1, answers: 12 });
    expect(model.totals.responseRate).toBeCloseTo(12 / 16);
  });

  it('states no rate above 100%: more answers than invitations is no rate at all', () => {
    const over = departments.map((d) => ({ ...d, delivered: 2 }));
    const model = buildReport(literalInput(over), { threshold: 5 });
    expect(model.participation.map((p) => p.responseRate)).toEqual([null, null]);
    expect(model.totals.responseRate).toBeNull();
    for (const body of Object.values(surfaces(literalInput(over))))
      for (const m of body.matchAll(/(\d+)%/g)) expect(Number(m[1])).toBeLessThanOrEqual(100);
  });
});
