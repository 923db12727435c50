import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { etaSquared, etaSquaredFromSummaries, type GroupSums } from '../../../src/analytics/stats';

// R datasets::PlantGrowth (Dobson 1983): dried plant weight for a control and two treatments.
// anova(lm(weight ~ group, PlantGrowth)): Sum Sq group 3.7663, Residuals 10.4921, F 4.8461,
// p 0.01591; summary(lm(...)): Multiple R-squared 0.2641. η² = 3.7663 / (3.7663 + 10.4921) = 0.264.
const plantGrowth = [
  [4.17, 5.58, 5.18, 6.11, 4.5, 4.61, 5.17, 4.53, 5.33, 5.14],
  [4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69],
  [6.31, 5.12, 5.54, 5.5, 5.37, 5.29, 4.92, 6.15, 5.8, 5.26],
];

// DescToolsX etaSq() example 1 (reference/etaSq.md; from lsr::etaSquared by D. Navarro):
// outcome c(1.4,2.1,3.0, 2.1,3.2,4.7, 3.5,4.5,5.4) by treatment → eta.sq 0.5497229
// (Sum Sq treatment 7.936, Residuals 6.500).
const navarro = [
  [1.4, 2.1, 3.0],
  [2.1, 3.2, 4.7],
  [3.5, 4.5, 5.4],
];

function sums(groups: number[][]): GroupSums[] {
  return groups.map((g) => ({
    n: g.length,
    sum: g.reduce((a, b) => a + b, 0),
    sumSq: g.reduce((a, b) => a + b * b, 0),
  }));
}

describe('etaSquared', () => {
  it('matches R PlantGrowth one-way ANOVA: η² = R² = 0.264', () => {
    expect(etaSquared(plantGrowth)).toBeCloseTo(0.2641, 4);
  });

  it('matches the DescToolsX / lsr etaSq example 1: η² = 0.5497229', () => {
    expect(etaSquared(navarro)).toBeCloseTo(0.5497229, 6);
  });

  it('is 0 for a single group with variation and ignores empty groups', () => {
    expect(etaSquared([[1, 2, 3]])).toBe(0);
    expect(etaSquared([[], ...navarro, []])).toBeCloseTo(0.5497229, 6);
  });

  it('is 1 when groups differ but are internally constant', () => {
    expect(
      etaSquared([
        [2, 2],
        [5, 5, 5],
      ]),
    ).toBe(1);
  });

  it('is null (not computable) with no data or no variation (SS_total = 0)', () => {
    expect(etaSquared([])).toBeNull();
    expect(etaSquared([[], []])).toBeNull();
    expect(
      etaSquared([
        [0.1, 0.1, 0.1],
        [0.1, 0.1],
      ]),
    ).toBeNull();
  });
});

describe('etaSquaredFromSummaries', () => {
  it('matches R PlantGrowth (0.264) and the DescToolsX example (0.5497229) from sums only', () => {
    expect(etaSquaredFromSummaries(sums(plantGrowth))).toBeCloseTo(0.2641, 4);
    expect(etaSquaredFromSummaries(sums(navarro))).toBeCloseTo(0.5497229, 6);
  });

  it('handles the edge cases like etaSquared', () => {
    expect(etaSquaredFromSummaries([])).toBeNull();
    expect(etaSquaredFromSummaries([{ n: 0, sum: 0, sumSq: 0 }])).toBeNull();
    expect(
      etaSquaredFromSummaries(
        sums([
          [0.1, 0.1, 0.1],
          [0.1, 0.1],
        ]),
      ),
    ).toBeNull();
    expect(etaSquaredFromSummaries(sums([[1, 2, 3]]))).toBe(0);
    expect(
      etaSquaredFromSummaries(
        sums([
          [2, 2],
          [5, 5, 5],
        ]),
      ),
    ).toBe(1);
    expect(() => etaSquaredFromSummaries([{ n: -1, sum: 0, sumSq: 0 }])).toThrow(RangeError);
  });

  it('equals etaSquared on the raw data: integer ratings (property)', () => {
    const groups = fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 25 }), { maxLength: 6 });
    fc.assert(
      fc.property(groups, (data) => {
        const raw = etaSquared(data);
        const fromSums = etaSquaredFromSummaries(sums(data));
        if (raw === null) expect(fromSums).toBeNull();
        else expect(fromSums).toBeCloseTo(raw, 10);
      }),
    );
  });

  it('equals etaSquared on the raw data: decimals in [0, 100] (property)', () => {
    const value = fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100);
    const groups = fc.array(fc.array(value, { maxLength: 20 }), { maxLength: 5 });
    fc.assert(
      fc.property(groups, (data) => {
        const raw = etaSquared(data);
        const fromSums = etaSquaredFromSummaries(sums(data));
        if (raw === null) expect(fromSums).toBeNull();
        else expect(fromSums).toBeCloseTo(raw, 6);
      }),
    );
  });

  it('lies in [0, 1] (property)', () => {
    const groups = fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 25 }), { maxLength: 6 });
    fc.assert(
      fc.property(groups, (data) => {
        const value = etaSquaredFromSummaries(sums(data));
        if (value === null) return;
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }),
    );
  });
});
