import { describe, expect, it } from 'vitest';
import {
  type HeatmapInput,
  heatmapAltText,
  heatmapData,
  heatmapSpec,
  renderHeatmapPng,
} from '../../src/render/heatmap/index';
import { CUSTOMER_OUTLINE } from '../../src/render/heatmap/layers';
import { CELL_HEIGHT } from '../../src/render/heatmap/layout';
import { specToSvg } from '../../src/render/heatmap/vega-adapter';

const departments = ['Sales', 'Customer Service', 'Marketing'];
const touchpoints = ['Advertising', 'Customer support', 'Brand reputation'];
const input: HeatmapInput = {
  title: 'How departments rate each touchpoint (1–5)',
  departments,
  touchpoints,
  cells: departments.flatMap((department, d) =>
    touchpoints.map((touchpoint, t) => ({ department, touchpoint, mean: 2 + d + t / 2, n: 12 })),
  ),
  customers: {
    label: 'Customers (2026-Q3)',
    cells: [
      { touchpoint: 'Customer support', mean: 2.25, n: 812 },
      { touchpoint: 'Brand reputation', mean: 3.75, n: 640 },
    ],
  },
};

describe('the heatmap’s Customers row', () => {
  it('comes after an empty spacer row, only where a score exists, on the same 1–5 colours', () => {
    const data = heatmapData(input);
    const customers = data.filter((d) => d.customers === true);
    expect(customers.map((c) => [c.touchpoint, c.row, c.label])).toEqual([
      ['Customer support', departments.length + 1, '2.3'],
      ['Brand reputation', departments.length + 1, '3.8'],
    ]);
    expect(data.some((d) => d.row === departments.length)).toBe(false);
    const spec = heatmapSpec(input);
    expect(Reflect.get(spec, 'height')).toBe((departments.length + 2) * CELL_HEIGHT);
    expect(JSON.stringify(spec)).toContain(CUSTOMER_OUTLINE);
    expect(heatmapAltText(input)).toContain(
      "Customers (2026-Q3), the customers' own scores on 1–5: Customer support 2.3 (n=812)",
    );
  });

  it('draws the row, its bold label and its dashed outline into the image', async () => {
    const svg = await specToSvg(heatmapSpec(input));
    expect(svg).toContain('Customers (2026-Q3)');
    expect(svg).toContain('stroke-dasharray="4,2"');
    const without = await specToSvg(heatmapSpec({ ...input, customers: undefined }));
    expect(without).not.toContain('Customers (2026-Q3)');
    expect(without).not.toContain('stroke-dasharray="4,2"');
    const image = await renderHeatmapPng(input);
    expect(image.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(image.height).toBeGreaterThan((await renderHeatmapPng({ ...input, customers: undefined })).height);
  });
});
