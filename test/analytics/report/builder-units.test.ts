import { describe, expect, it } from 'vitest';
import { epsilonSquared, touchpointDivergence } from '../../../src/analytics/report/divergence';
import { median, quadrantOf } from '../../../src/analytics/report/importance-performance';
import { alignmentIndex, applyAnonymity, buildReport, buildTrend } from '../../../src/analytics/report/index';
import { agreementLabel, summariseCell } from '../../../src/analytics/report/perception';
import { literalInput, meanSd, times } from './fixtures';

const histogram = (values: number[]) => {
  const h = new Map<number, number>();
  for (const v of values) h.set(v, (h.get(v) ?? 0) + 1);
  return h;
};

describe('cell statistics', () => {
  it('gives n, mean, sd and the 95% t interval of the raw ratings', () => {
    const values = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5];
    const s = summariseCell(histogram(values));
    const { mean, sd } = meanSd(values);
    // t(0.975, 9) = 2.262157 (any t table)
    const half = (2.262157 * sd) / Math.sqrt(values.length);
    expect(s?.n).toBe(10);
    expect(s?.mean).toBeCloseTo(mean, 12);
    expect(s?.sd).toBeCloseTo(sd, 12);
    expect(s?.ciLow).toBeCloseTo(mean - half, 5);
    expect(s?.ciHigh).toBeCloseTo(mean + half, 5);
    // rwg = 1 − s² / 2 on a 5-point scale, floored at 0
    expect(s?.rwg).toBeCloseTo(Math.max(0, 1 - sd ** 2 / 2), 12);
  });

  it('labels agreement with the LeBreton & Senter cut-offs', () => {
    expect(agreementLabel(0.7)).toBe('agrees');
    expect(agreementLabel(0.69)).toBe('moderate');
    expect(agreementLabel(0.5)).toBe('moderate');
    expect(agreementLabel(0.49)).toBe('split');
    expect(agreementLabel(null)).toBeNull();
  });
});

describe('divergence rule', () => {
  const rated = (name: string, values: number[]) => {
    const s = summariseCell(histogram(values));
    if (s === null) throw new Error('no ratings');
    return { departmentId: name.length, department: name, s };
  };
  const tp = { id: 1, name: 'Sales conversations' };

  it('flags a large gap between two well-sized teams', () => {
    const d = touchpointDivergence(tp, [
      rated('Sales', [...times(4, 15), ...times(5, 15)]),
      rated('Service', [...times(2, 15), ...times(3, 15)]),
    ]);
    expect(d?.gap).toBeCloseTo(2, 12);
    expect(d?.significant).toBe(true);
    expect(d?.verdict).toBe('diverges');
    expect(d?.high.department).toBe('Sales');
  });

  it("does not flag a small team's wobble, even with a gap over a point", () => {
    const d = touchpointDivergence(tp, [rated('HR', [2, 2, 3, 3, 4]), rated('Legal', [3, 4, 4, 5, 5])]);
    expect(d?.gap).toBeCloseTo(1.4, 12);
    expect(d?.significant).toBe(false);
    expect(d?.verdict).toBe('unclear');
  });

  it('calls a gap under half a point agreement, however large the teams', () => {
    const a = [...times(3, 500), ...times(4, 500)];
    const b = [...times(3, 600), ...times(4, 400)];
    const d = touchpointDivergence(tp, [rated('A', a), rated('B', b)]);
    expect(d?.welchP).toBeLessThan(0.001); // statistically detectable…
    expect(d?.significant).toBe(false); // …but not a headline
    expect(d?.verdict).toBe('agrees');
  });

  it('corrects eta squared for the number of groups (Kelley)', () => {
    expect(epsilonSquared(0.2, 41, 5)).toBeCloseTo(1 - (0.8 * 40) / 36, 12);
    expect(epsilonSquared(0.01, 40, 8)).toBe(0);
    expect(epsilonSquared(null, 40, 8)).toBeNull();
  });
});

describe('importance–performance', () => {
  it('places points against the medians, the median itself being low', () => {
    expect(median([4, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    const cuts = { importance: 0.3, performance: 3.5 };
    expect(quadrantOf(0.5, 3, cuts)).toBe('fix_first');
    expect(quadrantOf(0.5, 4, cuts)).toBe('keep_it_up');
    expect(quadrantOf(0.1, 3, cuts)).toBe('low_priority');
    expect(quadrantOf(0.1, 4, cuts)).toBe('possible_overkill');
    expect(quadrantOf(0.3, 3.5, cuts)).toBe('low_priority');
  });

  it('finds touchpoints that departments put in opposite quadrants', () => {
    const high = [...times(4, 5), ...times(5, 5)];
    const low = [...times(1, 5), ...times(2, 5)];
    const mid = [...times(3, 10)];
    const input = literalInput([
      // Sales: support important and poor (fix first); website unimportant and good (overkill)
      {
        id: 1,
        name: 'Sales',
        respondents: 10,
        ratings: { 1: mid, 2: low, 3: high, 4: mid },
        picks: { 1: 3, 2: 9, 3: 0, 4: 5 },
      },
      // Service: the other way round
      {
        id: 2,
        name: 'Service',
        respondents: 10,
        ratings: { 1: mid, 2: high, 3: low, 4: mid },
        picks: { 1: 3, 2: 0, 3: 9, 4: 5 },
      },
    ]);
    const model = buildReport(input, { threshold: 5 });
    const sales = model.importancePerformance.byDepartment.find((d) => d.department === 'Sales');
    expect(sales?.points.find((p) => p.touchpoint === 'Customer support')?.quadrant).toBe('fix_first');
    expect(sales?.points.find((p) => p.touchpoint === 'Website & app')?.quadrant).toBe('possible_overkill');
    const [first] = model.importancePerformance.conflicts;
    expect(first?.opposite).toBe(true);
    expect(['Customer support', 'Website & app']).toContain(first?.touchpoint);
  });
});

describe('alignment index', () => {
  it('is 100 × the mean of the parts that exist, with the missing one explained', () => {
    const index = alignmentIndex({
      ratingAgreement: { value: 0.8 },
      priorityConcordance: { value: null, reason: 'fewer than two shown departments picked priorities' },
      definitionSimilarity: { value: 0.5 },
    });
    expect(index.value).toBeCloseTo(65, 12);
    expect(index.parts.ratingAgreement.weight).toBeCloseTo(0.5, 12);
    expect(index.parts.priorityConcordance).toEqual({
      value: null,
      weight: 0,
      reason: 'fewer than two shown departments picked priorities',
    });
    expect(index.formula).toMatch(/Kendall/);
  });

  it('is null with no part, and equal weights with all three', () => {
    const none = alignmentIndex({
      ratingAgreement: { value: null, reason: 'a' },
      priorityConcordance: { value: null, reason: 'b' },
      definitionSimilarity: { value: null, reason: 'c' },
    });
    expect(none.value).toBeNull();
    const all = alignmentIndex({
      ratingAgreement: { value: 0.9 },
      priorityConcordance: { value: 0.3 },
      definitionSimilarity: { value: 0.6 },
    });
    expect(all.value).toBeCloseTo(60, 12);
  });

  it('cannot be computed from one department, and says why', () => {
    const input = literalInput([
      {
        id: 1,
        name: 'Sales',
        respondents: 8,
        ratings: { 1: times(3, 8) },
        picks: { 1: 8 },
        themes: { speed: 3 },
      },
    ]);
    const model = buildReport(input, { threshold: 5 });
    expect(model.alignment.value).toBeNull();
    expect(model.alignment.parts.ratingAgreement.reason).toMatch(/two or more/);
  });
});

describe('trend', () => {
  it('orders pulses oldest first and gives each change from the previous one', () => {
    const make = (id: number, day: number, gap: number) =>
      literalInput(
        [
          {
            id: 1,
            name: 'Sales',
            respondents: 10,
            ratings: { 1: [...times(3 + gap, 5), ...times(4, 5)] },
            picks: { 1: 5, 2: 2 },
            themes: { speed: 5 },
          },
          {
            id: 2,
            name: 'Service',
            respondents: 10,
            ratings: { 1: [...times(3, 5), ...times(4, 5)] },
            picks: { 1: 4, 2: 3 },
            themes: { speed: 4, value: 2 },
          },
        ],
        undefined,
        { id, openedAt: Date.UTC(2025, 0, day), closedAt: Date.UTC(2025, 0, day + 3) },
      );
    const inputs = [make(3, 20, 0), make(1, 1, 2), make(2, 10, 1)];
    const trend = buildTrend(inputs, { threshold: 5 });
    expect(trend.map((p) => p.pulseId)).toEqual([1, 2, 3]);
    expect(trend[0]?.change).toBeNull();
    for (let i = 1; i < trend.length; i += 1) {
      const [now, before] = [trend[i]?.index, trend[i - 1]?.index];
      expect(trend[i]?.change).toBeCloseTo((now ?? 0) - (before ?? 0), 12);
    }
    // Sales' ratings converge to Service's, so rating agreement rises
    expect(trend[2]?.parts.ratingAgreement ?? 0).toBeGreaterThan(trend[0]?.parts.ratingAgreement ?? 1);
  });
});

describe('anonymity', () => {
  it('removes a small department from every part and names it only in the note', () => {
    const input = literalInput([
      {
        id: 1,
        name: 'Sales',
        respondents: 6,
        ratings: { 1: times(4, 6) },
        picks: { 1: 6 },
        themes: { speed: 3 },
        terms: { demo: 2 },
        quotes: ['Call them back within the hour, always.'],
      },
      {
        id: 2,
        name: 'Legal',
        respondents: 4,
        ratings: { 1: times(1, 4) },
        picks: { 2: 4 },
        themes: { value: 4 },
        terms: { contract: 3 },
        quotes: ['Never surprise anyone with hidden fees.'],
      },
    ]);
    const { input: out, suppressed } = applyAnonymity(input, 5);
    expect(suppressed.departments).toEqual(['Legal']);
    expect(suppressed.note).toMatch(/^1 department with fewer than 5 respondents is not shown;/);
    for (const rows of [
      out.respondents,
      out.ratingCounts,
      out.cellRaters,
      out.priorityCounts,
      out.themeCounts,
      out.termCounts,
      out.participation,
      out.quotes,
    ]) {
      expect(rows.every((r) => r.departmentId === 1)).toBe(true);
    }
    expect(out.departments).toEqual([{ id: 1, name: 'Sales' }]);
  });

  it('hides a cell rated by fewer than the threshold, even in a large department', () => {
    const input = literalInput([
      { id: 1, name: 'Sales', respondents: 40, ratings: { 1: times(4, 40), 2: [1, 1, 2, 5] } },
    ]);
    const model = buildReport(input, { threshold: 5 });
    expect(model.cells.find((c) => c.touchpointId === 2)?.stats).toBeNull();
    expect(model.cells.find((c) => c.touchpointId === 1)?.stats?.n).toBe(40);
    expect(model.suppressed.cellCount).toBe(3); // touchpoints 2, 3 and 4
    expect(JSON.stringify(model)).not.toMatch(/"n":4[,}]/);
  });

  it('refuses a threshold below 3', () => {
    expect(() => applyAnonymity(literalInput([]), 2)).toThrow(RangeError);
  });
});
