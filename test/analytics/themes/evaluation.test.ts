import { describe, expect, it } from 'vitest';
import { scoreTags } from '../../../src/analytics/themes';

describe('scoreTags — a hand-checked set', () => {
  // a: 1 true positive (answer 1), 1 false positive (3), 1 false negative (2) → P 1/2, R 1/2
  // b: 1 true positive (2), 0 false positives, 1 false negative (4)          → P 1,   R 1/2
  // micro: TP 2, FP 1, FN 2 → P 2/3, R 1/2, F1 = 2·(1/3)/(7/6) = 4/7
  // answers with a theme: 1, 2 and 4; answer 4 got none → untagged 1/3
  const scores = scoreTags(
    [
      { expected: ['a'], actual: ['a'] },
      { expected: ['a', 'b'], actual: ['b'] },
      { expected: [], actual: ['a'] },
      { expected: ['b'], actual: [] },
      { expected: [], actual: [] },
    ],
    ['a', 'b', 'c'],
  );

  it('counts each theme', () => {
    expect(scores.perTheme).toEqual([
      { theme: 'a', truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 },
      { theme: 'b', truePositives: 1, falsePositives: 0, falseNegatives: 1, precision: 1, recall: 0.5 },
      { theme: 'c', truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: null, recall: null },
    ]);
  });

  it('micro-averages over every decision', () => {
    expect(scores.microPrecision).toBeCloseTo(2 / 3, 12);
    expect(scores.microRecall).toBeCloseTo(1 / 2, 12);
    expect(scores.microF1).toBeCloseTo(4 / 7, 12);
  });

  it('counts answers that carry a theme but got none', () => {
    expect(scores.answers).toBe(5);
    expect(scores.themed).toBe(3);
    expect(scores.untaggedShare).toBeCloseTo(1 / 3, 12);
  });

  it('counts a theme outside the keys in the micro averages', () => {
    const other = scoreTags([{ expected: ['z'], actual: ['z', 'a'] }], ['a']);
    expect(other.perTheme.map((t) => t.theme)).toEqual(['a', 'z']);
    expect(other.microPrecision).toBe(0.5);
    expect(other.microRecall).toBe(1);
  });

  it('gives null, not NaN, when nothing was expected or tagged', () => {
    const empty = scoreTags([], ['a']);
    expect(empty.microF1).toBeNull();
    expect(empty.untaggedShare).toBeNull();
    expect(scoreTags([{ expected: ['a'], actual: ['b'] }], ['a', 'b']).microF1).toBe(0);
  });
});
