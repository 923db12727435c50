import { describe, expect, it } from 'vitest';
import { touchpointDivergence } from '../../../src/analytics/report/divergence';
import { buildReport } from '../../../src/analytics/report/index';
import { summariseCell } from '../../../src/analytics/report/perception';
import { renderCsvReport } from '../../../src/render/csv-report';
import { renderReportMessage } from '../../../src/render/slack-report/index';
import { renderTextReport } from '../../../src/render/text-report';
import { literalInput, times } from './fixtures';

const histogram = (values: number[]) => {
  const h = new Map<number, number>();
  for (const v of values) h.set(v, (h.get(v) ?? 0) + 1);
  return h;
};

const rated = (name: string, values: number[]) => {
  const s = summariseCell(histogram(values));
  if (s === null) throw new Error('no ratings');
  return { departmentId: name.length, department: name, s };
};

const tp = { id: 2, name: 'Customer support' };

/** Issue 12: three unanimous departments at different ends, 7 each, on Customer support. */
const unanimous = () =>
  literalInput([
    { id: 1, name: 'Marketing', respondents: 7, ratings: { 2: times(3, 7) } },
    { id: 2, name: 'Sales', respondents: 7, ratings: { 2: times(5, 7) } },
    { id: 3, name: 'Customer Service', respondents: 7, ratings: { 2: times(1, 7) } },
  ]);

describe('the divergence rule on unanimous teams', () => {
  it('lists Marketing 3, Sales 5, Customer Service 1 (n = 7 each) as a divergence', () => {
    const model = buildReport(unanimous(), { threshold: 5 });
    const d = model.divergences.find((x) => x.touchpoint === 'Customer support');
    expect(d).toMatchObject({
      significant: true,
      verdict: 'diverges',
      gap: 4,
      intervalsOverlap: false,
      beyondMargin: true,
      marginP: 0,
      welchP: 0,
      etaSquared: 1,
    });
    expect(d?.high.department).toBe('Sales');
    expect(d?.low.department).toBe('Customer Service');
    expect(model.divergences[0]?.touchpoint).toBe('Customer support');
  });

  it('says so in the text report and the Slack report, never "no divergence"', () => {
    const model = buildReport(unanimous(), { threshold: 5 });
    const text = renderTextReport(model);
    expect(text).toContain(
      'Customer support: Sales rates it 5.0, Customer Service 1.0 (gap 4.0, significant)',
    );
    expect(text).not.toContain('No gap between departments is larger than the noise.');
    const slack = JSON.stringify(renderReportMessage(model));
    expect(slack).toContain('Customer support');
    expect(slack).not.toContain('No touchpoint divergence is larger than the noise.');
    for (const out of [text, slack, renderCsvReport(model)])
      expect(out).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('calls two unanimous teams at the same rating, or under half a point apart, agreement', () => {
    const same = touchpointDivergence(tp, [rated('A', times(4, 7)), rated('B', times(4, 9))]);
    expect(same).toMatchObject({ gap: 0, significant: false, verdict: 'agrees', welchP: 1, marginP: 1 });
    expect(same?.etaSquared).toBeNull(); // no variance at all: η² is not computable
  });

  it('tests one unanimous team against a varying one with Welch (df = n − 1 of the varying team)', () => {
    const far = touchpointDivergence(tp, [
      rated('Sales', times(5, 20)),
      rated('Service', [...times(2, 10), ...times(3, 10)]),
    ]);
    expect(far).toMatchObject({ significant: true, verdict: 'diverges' });
    expect(far?.welchP).toBeGreaterThan(0);
    expect(far?.welchP).toBeLessThan(1e-6);
    // A varying team that straddles the constant one is not a divergence.
    const near = touchpointDivergence(tp, [rated('A', times(3, 7)), rated('B', [2, 3, 3, 4, 4, 5, 5])]);
    expect(near?.significant).toBe(false);
    expect(Number.isFinite(near?.welchP)).toBe(true);
  });
});
