import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../../src/analytics/stats';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section E (any number of
// observers, missing data): 4 observers × 12 units, `null` = missing. The same matrix and values
// (nominal .743, ordinal .815, interval .849, ratio .797) are asserted by the R package tidycomm
// (tests/testthat/test-icr_kripp_alpha.R) and the Python package `krippendorff`
// (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py: ordinal 0.815, ratio 0.797).
const krippendorff2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];

// Wikipedia, "Krippendorff's alpha", section "A computational example": 3 coders × 15 units.
// fast-krippendorff's tests assert nominal 0.691358 and interval 0.810845 on this matrix.
const wikipedia = [
  [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
  [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
  [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
];

describe('krippendorffAlpha', () => {
  it('matches Krippendorff (2011) 4 observers × 12 units: nominal .743', () => {
    expect(krippendorffAlpha(krippendorff2011, 'nominal')).toBeCloseTo(0.743, 3);
  });

  it('matches Krippendorff (2011) 4 observers × 12 units: ordinal .815', () => {
    expect(krippendorffAlpha(krippendorff2011, 'ordinal')).toBeCloseTo(0.815, 3);
  });

  it('matches Krippendorff (2011) 4 observers × 12 units: interval .849', () => {
    expect(krippendorffAlpha(krippendorff2011, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('matches Krippendorff (2011) 4 observers × 12 units: ratio .797', () => {
    expect(krippendorffAlpha(krippendorff2011, 'ratio')).toBeCloseTo(0.797, 3);
  });

  it('matches the Wikipedia computational example (nominal 0.691, interval 0.811; fast-krippendorff tests)', () => {
    expect(krippendorffAlpha(wikipedia, 'nominal')).toBeCloseTo(0.691358, 5);
    expect(krippendorffAlpha(wikipedia, 'interval')).toBeCloseTo(0.810845, 5);
  });

  it('matches the DescToolsX krippAlpha() examples (reference/krippAlpha.md), transposed to coders × units', () => {
    // krippAlpha(data.frame(r1 = c(1,2,1,3,2), r2 = c(1,2,2,3,2), r3 = c(1,2,1,3,1)), "nominal") = 0.6111111
    const nominal = [
      [1, 2, 1, 3, 2],
      [1, 2, 2, 3, 2],
      [1, 2, 1, 3, 1],
    ];
    expect(krippendorffAlpha(nominal, 'nominal')).toBeCloseTo(0.6111111, 6);
    // krippAlpha(data.frame(r1 = c(1,4,5,7,2), r2 = c(2,5,6,7,1), r3 = c(1,4,6,6,2)), "interval") = 0.9342105
    const interval = [
      [1, 4, 5, 7, 2],
      [2, 5, 6, 7, 1],
      [1, 4, 6, 6, 2],
    ];
    expect(krippendorffAlpha(interval, 'interval')).toBeCloseTo(0.9342105, 6);
  });

  it('drops units with fewer than two pairable values (adding such units changes nothing)', () => {
    const padded = krippendorff2011.map((row, i) => [...row, i === 0 ? 7 : null, null]);
    expect(krippendorffAlpha(padded, 'interval')).toBeCloseTo(
      krippendorffAlpha(krippendorff2011, 'interval') ?? Number.NaN,
      12,
    );
  });

  it('treats NaN and cells beyond a short row as missing', () => {
    const ragged = krippendorff2011.map((row) => row.map((v) => (v === null ? Number.NaN : v)));
    const shortFirstRow = [krippendorff2011[0]?.slice(0, 9) ?? [], ...krippendorff2011.slice(1)];
    expect(krippendorffAlpha(ragged, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(shortFirstRow, 'nominal')).toBeCloseTo(0.743, 3);
  });

  it('is 1 for perfect agreement with variation', () => {
    const data = [
      [1, 2, 3, 4],
      [1, 2, 3, 4],
      [1, 2, 3, 4],
    ];
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      expect(krippendorffAlpha(data, level)).toBe(1);
    }
  });

  it('is null (not computable) when undefined: empty input, no pairable unit, or no variation', () => {
    expect(krippendorffAlpha([], 'nominal')).toBeNull();
    expect(
      krippendorffAlpha(
        [
          [1, null],
          [null, 2],
        ],
        'nominal',
      ),
    ).toBeNull();
    expect(
      krippendorffAlpha(
        [
          [3, 3, 3],
          [3, 3, 3],
        ],
        'interval',
      ),
    ).toBeNull();
  });

  it('rejects negative values at the ratio level', () => {
    expect(() =>
      krippendorffAlpha(
        [
          [-1, 2],
          [1, 2],
        ],
        'ratio',
      ),
    ).toThrow(RangeError);
  });

  it('is at most 1 and invariant to the order of observers and units (property)', () => {
    const cell = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });
    const matrix = fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(
        matrix,
        fc.constantFrom('nominal', 'ordinal', 'interval', 'ratio' as const),
        (data, level) => {
          const alpha = krippendorffAlpha(data, level);
          if (alpha === null) return;
          expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
          const reversed = [...data].reverse().map((row) => [...row].reverse());
          expect(krippendorffAlpha(reversed, level)).toBeCloseTo(alpha, 10);
        },
      ),
    );
  });
});
