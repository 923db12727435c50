import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod, periodForClose } from '../../../src/analytics/customers/period';
import { MIN_MEANINGFUL_GAP } from '../../../src/analytics/report/divergence';
import {
  buildCustomerSection,
  customerMargin,
  perceptionVerdict,
  pooledCompany,
  type ReportCell,
} from '../../../src/analytics/report/index';

const cell = (
  departmentId: number,
  touchpointId: number,
  mean: number,
  n: number,
  sd: number,
): ReportCell => ({
  departmentId,
  department: `D${departmentId}`,
  touchpointId,
  touchpoint: `T${touchpointId}`,
  stats: { n, mean, sd, ciLow: null, ciHigh: null, rwg: null, agreement: null },
});

describe('pooledCompany', () => {
  it('pools departments as one sample: mean weighted by n, variance within plus between', () => {
    // two groups {4,4,5,5} and {2,2,3,3}: pooled sample of 8 has mean 3.5 and sd sqrt(10/7)
    const pooled = pooledCompany([
      cell(1, 1, 4.5, 4, Math.sqrt(1 / 3)),
      cell(2, 1, 2.5, 4, Math.sqrt(1 / 3)),
    ]);
    expect(pooled?.mean).toBeCloseTo(3.5, 12);
    expect(pooled?.n).toBe(8);
    // t(0.975, 7) = 2.364624; half-width = t · sd / sqrt(n)
    const half = (2.364624 * Math.sqrt(10 / 7)) / Math.sqrt(8);
    expect(pooled?.ciHigh).toBeCloseTo(3.5 + half, 4);
  });
  it('leaves hidden cells out, and is null when every cell is hidden', () => {
    const hidden: ReportCell = { ...cell(3, 1, 1, 3, 0), stats: null };
    expect(pooledCompany([hidden])).toBeNull();
    expect(pooledCompany([cell(1, 1, 4, 10, 1), hidden])?.n).toBe(10);
  });
});

describe('the perception gap rule', () => {
  it('names a gap only when the company is at least the minimum above and the intervals are apart', () => {
    const company = { mean: 3.9, n: 300, ciLow: 3.8, ciHigh: 4.0 };
    expect(perceptionVerdict(company, { score: 3.0, n: 2000 })).toBe('company-higher');
    // the same gap from 10 customers is within their noise (margin 1.24)
    expect(perceptionVerdict(company, { score: 3.0, n: 10 })).toBe('unclear');
    expect(perceptionVerdict(company, { score: 3.6, n: 2000 })).toBe('close');
    expect(perceptionVerdict({ mean: 2.5, n: 300, ciLow: 2.4, ciHigh: 2.6 }, { score: 3.5, n: 2000 })).toBe(
      'customers-higher',
    );
  });

  it('property: a gap is never named below the minimum, within either noise, or against its sign', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        (mean, half, score, n) => {
          const company = { mean, n: 100, ciLow: mean - half, ciHigh: mean + half };
          const verdict = perceptionVerdict(company, { score, n });
          if (verdict !== 'company-higher') return;
          expect(mean - score).toBeGreaterThanOrEqual(MIN_MEANINGFUL_GAP);
          expect(mean - half).toBeGreaterThan(score + customerMargin(n));
        },
      ),
    );
  });

  it('property: more customers never turn a named gap back into noise', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (mean, score, n, extra) => {
          const company = { mean, n: 100, ciLow: mean - 0.1, ciHigh: mean + 0.1 };
          if (perceptionVerdict(company, { score, n }) === 'company-higher')
            expect(perceptionVerdict(company, { score, n: n + extra })).toBe('company-higher');
        },
      ),
    );
  });
});

describe('buildCustomerSection', () => {
  const touchpoints = [
    { id: 1, name: 'T1' },
    { id: 2, name: 'T2' },
  ];
  const cells = [
    cell(1, 1, 4.4, 50, 0.5),
    cell(2, 1, 4.0, 50, 0.5),
    cell(1, 2, 3.0, 50, 0.5),
    cell(2, 2, 3.4, 50, 0.5),
  ];
  const score = (touchpointId: number, normalised: number) => ({
    touchpointId,
    metric: 'CSAT',
    rawScore: normalised,
    scale: '1..5',
    normalised,
    n: 800,
  });

  it('puts gaps first, names the closest department per touchpoint and overall', () => {
    const section = buildCustomerSection({ touchpoints, cells }, '2026-Q3', [score(2, 3.1), score(1, 3.2)]);
    expect(section?.rows.map((r) => [r.touchpoint, r.verdict])).toEqual([
      ['T1', 'company-higher'],
      ['T2', 'close'],
    ]);
    expect(section?.rows[0]?.closest?.department).toBe('D2');
    expect(section?.rows[1]?.closest?.department).toBe('D1');
    // D1: |4.4−3.2| + |3.0−3.1| = 1.3; D2: |4.0−3.2| + |3.4−3.1| = 1.1
    expect(section?.closestOverall).toMatchObject({ department: 'D2', touchpoints: 2 });
    expect(section?.closestOverall?.meanDistance).toBeCloseTo(0.55, 10);
  });

  it('shows a score of a touchpoint no department is shown on, and ignores touchpoints outside the report', () => {
    const hidden = cells.map((c) => (c.touchpointId === 2 ? { ...c, stats: null } : c));
    const section = buildCustomerSection({ touchpoints, cells: hidden }, 'P', [score(2, 3), score(9, 3)]);
    expect(section?.rows).toHaveLength(1);
    expect(section?.rows[0]).toMatchObject({ company: null, gap: null, verdict: 'unclear', departments: [] });
    expect(buildCustomerSection({ touchpoints, cells }, 'P', [score(9, 3)])).toBeNull();
  });
});

describe('how a pulse maps to a customer period', () => {
  const close = Date.UTC(2026, 10, 20);
  it('takes the period that started last at or before the close, the shorter on a tie', () => {
    expect(periodForClose(['2026', '2026-H2', '2026-Q4', '2026-11', '2026-12'], close)?.label).toBe(
      '2026-11',
    );
    expect(periodForClose(['2026', '2026-Q4', '2026-10'], close)?.label).toBe('2026-10');
    expect(periodForClose(['2026-Q4', '2026-10'], Date.UTC(2026, 9, 1))?.label).toBe('2026-10');
    expect(periodForClose(['2027'], close)).toBeNull();
  });
  it('skips a period that ended over a year before the close, and labels that are not periods', () => {
    expect(periodForClose(['2024-Q3', 'last year'], close)).toBeNull();
    expect(parsePeriod('2026-02-30')).toBeNull();
    expect(parsePeriod('2026-13')).toBeNull();
    expect(parsePeriod('2026-q3')?.label).toBe('2026-Q3');
  });
});
