import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jensenShannon } from '../../../src/analytics/stats';

// Reference values: the Examples section of SciPy's `scipy.spatial.distance.jensenshannon` docstring
// (SciPy 1.17). SciPy returns the Jensen–Shannon *distance*, the square root of the divergence, and
// uses the natural logarithm unless `base` is given. Our function returns the divergence in bits, so
//   JSD_bits = distance² / ln 2   for SciPy's default base e, and
//   JSD_bits = distance²          for base = 2.
const fromScipyNatural = (distance: number): number => distance ** 2 / Math.LN2;

describe('jensenShannon', () => {
  it('is 1 bit for disjoint distributions (SciPy: jensenshannon([1,0,0], [0,1,0], 2.0) = 1.0)', () => {
    expect(jensenShannon([1, 0, 0], [0, 1, 0])).toBeCloseTo(1, 12);
  });

  it('matches SciPy: jensenshannon([1.0, 0.0], [0.5, 0.5]) = 0.46450140402245893 (nats, distance)', () => {
    // 0.46450140402245893² / ln 2 = 0.311278 bits.
    expect(jensenShannon([1, 0], [0.5, 0.5])).toBeCloseTo(fromScipyNatural(0.46450140402245893), 12);
    expect(jensenShannon([1, 0], [0.5, 0.5])).toBeCloseTo(0.311, 3);
  });

  it('is 0 for identical distributions (SciPy: jensenshannon([1,0,0], [1,0,0]) = 0.0)', () => {
    expect(jensenShannon([1, 0, 0], [1, 0, 0])).toBe(0);
  });

  it('normalises unnormalised weights like SciPy (axis examples with a = [[1..4],[5..8],[9..12]], b = a + 12)', () => {
    // jensenshannon(a, b, axis=0) = [0.1954288, 0.1447697, 0.1138377, 0.0927636] (columns)
    expect(jensenShannon([1, 5, 9], [13, 17, 21])).toBeCloseTo(fromScipyNatural(0.1954288), 6);
    expect(jensenShannon([4, 8, 12], [16, 20, 24])).toBeCloseTo(fromScipyNatural(0.0927636), 6);
    // jensenshannon(a, b, axis=1) = [0.1402339, 0.0399106, 0.0201815] (rows)
    expect(jensenShannon([1, 2, 3, 4], [13, 14, 15, 16])).toBeCloseTo(fromScipyNatural(0.1402339), 6);
    expect(jensenShannon([9, 10, 11, 12], [21, 22, 23, 24])).toBeCloseTo(fromScipyNatural(0.0201815), 6);
  });

  it('is null (not computable) when either distribution is empty (sums to 0)', () => {
    expect(jensenShannon([0, 0], [1, 1])).toBeNull();
    expect(jensenShannon([1, 1], [0, 0])).toBeNull();
    expect(jensenShannon([], [])).toBeNull();
  });

  it('rejects different lengths and negative or non-finite weights', () => {
    expect(() => jensenShannon([1, 2], [1])).toThrow(RangeError);
    expect(() => jensenShannon([1, -1], [1, 1])).toThrow(RangeError);
    expect(() => jensenShannon([1, Number.POSITIVE_INFINITY], [1, 1])).toThrow(RangeError);
  });

  it('is symmetric, lies in [0, 1], and is 0 against itself (property)', () => {
    const weights = (n: number) => fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n });
    const pair = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(weights(n), weights(n)));
    fc.assert(
      fc.property(pair, ([p, q]) => {
        const d = jensenShannon(p, q);
        if (d === null) {
          expect(p.every((x) => x === 0) || q.every((x) => x === 0)).toBe(true);
          return;
        }
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expect(jensenShannon(q, p)).toBeCloseTo(d, 12);
        expect(jensenShannon(p, p)).toBeCloseTo(0, 12);
      }),
    );
  });

  it('is invariant to scaling either input (property)', () => {
    const weights = fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(weights, weights, fc.integer({ min: 2, max: 1000 }), (p, q, k) => {
        expect(
          jensenShannon(
            p.map((x) => x * k),
            q,
          ),
        ).toBeCloseTo(jensenShannon(p, q) ?? Number.NaN, 12);
      }),
    );
  });
});
