import { describe, expect, it } from 'vitest';
import { consensusAndDivergentThemes, themeDistribution } from '../../../src/analytics/themes';

describe('themeDistribution', () => {
  it('normalises counts in the given key order', () => {
    expect(themeDistribution({ value: 1, speed: 3, other: 10 }, ['speed', 'empathy', 'value'])).toEqual([
      0.75, 0, 0.25,
    ]);
  });

  it('treats missing, negative and non-finite counts as 0, and no mentions as all zeros', () => {
    expect(themeDistribution({ a: -1, b: Number.NaN, c: Number.POSITIVE_INFINITY }, ['a', 'b', 'c'])).toEqual(
      [0, 0, 0],
    );
    expect(themeDistribution({}, [])).toEqual([]);
    expect(themeDistribution({ toString: 1 } as Record<string, number>, ['toString', 'valueOf'])).toEqual([
      1, 0,
    ]);
  });
});

const dept = (department: string, respondents: number, themeCounts: Record<string, number>) => ({
  department,
  respondents,
  themeCounts,
});

describe('consensusAndDivergentThemes', () => {
  const byDept = [
    dept('Sales', 10, { speed: 5, value: 6, delight: 1 }),
    dept('Support', 10, { speed: 7, resolution: 6, value: 1 }),
    dept('Product', 10, { speed: 2, product_quality: 8, value: 1 }),
  ];

  it('finds a theme most departments mention as consensus', () => {
    const { consensus } = consensusAndDivergentThemes(byDept);
    expect(consensus).toHaveLength(1);
    expect(consensus[0]?.theme).toBe('speed');
    expect(consensus[0]?.departments).toEqual(['Sales', 'Support', 'Product']);
    expect(consensus[0]?.share).toBeCloseTo(14 / 30, 12);
  });

  it('finds themes strong in one department and weak elsewhere as divergent, largest gap first', () => {
    const { divergent } = consensusAndDivergentThemes(byDept);
    expect(divergent.map((d) => [d.theme, d.department])).toEqual([
      ['product_quality', 'Product'],
      ['resolution', 'Support'],
      ['value', 'Sales'],
    ]);
    expect(divergent[2]).toEqual({ theme: 'value', department: 'Sales', share: 0.6, othersShare: 0.1 });
  });

  it('counts 2 of 3 departments as "most" and applies the 20% boundary inclusively', () => {
    const result = consensusAndDivergentThemes([
      dept('A', 5, { ease: 1 }),
      dept('B', 5, { ease: 1 }),
      dept('C', 5, {}),
    ]);
    expect(result.consensus.map((c) => c.theme)).toEqual(['ease']);
    expect(result.consensus[0]?.departments).toEqual(['A', 'B']);
  });

  it('does not call a theme divergent when the others mention it more than a third as often', () => {
    const { divergent } = consensusAndDivergentThemes([
      dept('A', 10, { trust: 6 }),
      dept('B', 10, { trust: 5 }),
      dept('C', 10, { trust: 0 }),
      dept('D', 10, { trust: 2 }),
    ]);
    expect(divergent).toEqual([]);
  });

  it('never reports a consensus theme as divergent', () => {
    const result = consensusAndDivergentThemes([
      dept('A', 10, { speed: 10 }),
      dept('B', 10, { speed: 2 }),
      dept('C', 10, { speed: 2 }),
    ]);
    expect(result.consensus.map((c) => c.theme)).toEqual(['speed']);
    expect(result.divergent).toEqual([]);
  });

  it('honours custom thresholds', () => {
    const result = consensusAndDivergentThemes(byDept, { consensusMinShare: 0.6, divergentMinShare: 0.7 });
    expect(result.consensus).toEqual([]);
    expect(result.divergent.map((d) => d.theme)).toEqual(['product_quality']);
  });

  it('ignores departments without respondents and needs two departments', () => {
    expect(consensusAndDivergentThemes([])).toEqual({ consensus: [], divergent: [] });
    expect(consensusAndDivergentThemes([dept('A', 10, { speed: 9 }), dept('B', 0, {})])).toEqual({
      consensus: [],
      divergent: [],
    });
  });

  it('caps shares at 1 and ignores bad counts', () => {
    const { divergent } = consensusAndDivergentThemes([
      dept('A', 2, { delight: 5 }),
      dept('B', 2, { delight: Number.NaN }),
    ]);
    expect(divergent).toEqual([{ theme: 'delight', department: 'A', share: 1, othersShare: 0 }]);
  });
});
