import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALT_TEXT_MAX,
  EMPTY_MESSAGE,
  type HeatmapInput,
  heatmapAltText,
  heatmapData,
  heatmapSpec,
  LEGEND_TITLE,
  PIXEL_RATIO,
  renderHeatmapPng,
  SUPPRESSED_LABEL,
} from '../../src/render/heatmap/index';
import { contrast, fillFor, inkFor } from '../../src/render/heatmap/ink';
import { CELL_HEIGHT, CELL_WIDTH, COLUMN_ANGLE } from '../../src/render/heatmap/layout';
import { drawableName } from '../../src/render/heatmap/names';
import { specToSvg } from '../../src/render/heatmap/vega-adapter';

/** Reads a path out of a JSON-like value without trusting its type. */
function get(value: unknown, ...path: (string | number)[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = Reflect.get(at, key);
  }
  return at;
}

function asArray(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${typeof value}`);
  return value;
}

/** The labels baked into an axis's `labelExpr` (`<json>[datum.value]`). */
function axisLabels(spec: unknown, channel: 'x' | 'y'): unknown {
  const expr = get(spec, 'encoding', channel, 'axis', 'labelExpr');
  if (typeof expr !== 'string') throw new Error(`no labelExpr on ${channel}`);
  const suffix = '[datum.value]';
  expect(expr.endsWith(suffix)).toBe(true);
  return JSON.parse(expr.slice(0, -suffix.length));
}

/** Width and height from a PNG's IHDR chunk (checks the signature on the way). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

let seed = 42;
const random = (): number => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

function grid(departments: string[], touchpoints: string[], suppressEvery = 7): HeatmapInput {
  let i = 0;
  return {
    title: 'How departments rate each touchpoint (1–5)',
    subtitle: 'Pulse #12 · 143 respondents · groups under 5 not shown',
    departments,
    touchpoints,
    cells: departments.flatMap((department) =>
      touchpoints.map((touchpoint) => ({
        department,
        touchpoint,
        mean: ++i % suppressEvery === 0 ? null : Math.round((1 + random() * 4) * 100) / 100,
        n: 5 + (i % 20),
      })),
    ),
  };
}

const names = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);
const DEPARTMENTS = [
  'Sales',
  'Customer Success',
  'Support',
  'Product',
  'Engineering',
  'Marketing',
  'Finance',
];
const TOUCHPOINTS = ['Website', 'Sales demo', 'Onboarding', 'Product docs', 'Support tickets', 'Billing'];

describe('heatmapSpec', () => {
  const input = grid(DEPARTMENTS, TOUCHPOINTS);
  const spec = heatmapSpec(input);

  it('labels every department and touchpoint, in input order', () => {
    expect(axisLabels(spec, 'y')).toEqual(DEPARTMENTS);
    expect(asArray(axisLabels(spec, 'x')).map((lines) => asArray(lines).join(' ').trim())).toEqual(
      TOUCHPOINTS,
    );
    expect(get(spec, 'encoding', 'x', 'scale', 'domain')).toEqual(TOUCHPOINTS.map((_, i) => i));
    expect(get(spec, 'encoding', 'y', 'scale', 'domain')).toEqual(DEPARTMENTS.map((_, i) => i));
    const data = asArray(get(spec, 'data', 'values'));
    expect(data).toHaveLength(DEPARTMENTS.length * TOUCHPOINTS.length);
    expect(data.map((d) => [get(d, 'department'), get(d, 'touchpoint')])).toEqual(
      DEPARTMENTS.flatMap((d) => TOUCHPOINTS.map((t) => [d, t])),
    );
  });

  it('colours by mean on the fixed 1–5 diverging scale, with the "mean rating" legend', () => {
    const color = asArray(get(spec, 'layer'))
      .map((layer) => get(layer, 'encoding', 'color'))
      .find((c) => c !== undefined);
    expect(get(color, 'field')).toBe('mean');
    expect(get(color, 'scale', 'domain')).toEqual([1, 5]);
    expect(get(color, 'scale', 'domainMid')).toBe(3);
    expect(get(color, 'scale', 'scheme')).toBe('redyellowblue');
    expect(get(color, 'legend', 'title')).toBe(LEGEND_TITLE);
  });

  it('marks suppressed cells grey with "–" and labels the others to one decimal', () => {
    const data = heatmapData(input);
    const suppressed = data.filter((d) => d.mean === null);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const d of suppressed) expect(d).toMatchObject({ suppressed: true, label: SUPPRESSED_LABEL });
    for (const d of data.filter((x) => x.mean !== null)) {
      expect(d.suppressed).toBe(false);
      expect(d.label).toBe(d.mean?.toFixed(1));
    }
    expect(JSON.stringify(spec)).toContain('datum.suppressed');
  });

  it('treats missing pairs and non-finite means as suppressed', () => {
    const data = heatmapData({
      title: 't',
      departments: ['A', 'B'],
      touchpoints: ['x'],
      cells: [{ department: 'A', touchpoint: 'x', mean: Number.NaN, n: 3 }],
    });
    expect(data.map((d) => d.suppressed)).toEqual([true, true]);
  });

  it('sizes the plot to the content', () => {
    expect(get(spec, 'width')).toBe(TOUCHPOINTS.length * CELL_WIDTH);
    expect(get(spec, 'height')).toBe(DEPARTMENTS.length * CELL_HEIGHT);
  });

  it('wraps short touchpoint names upright and angles long ones', () => {
    expect(get(spec, 'encoding', 'x', 'axis', 'labelAngle')).toBe(0);
    const long = heatmapSpec(grid(['A'], ['Implementation and account management', 'Docs']));
    expect(get(long, 'encoding', 'x', 'axis', 'labelAngle')).toBe(COLUMN_ANGLE);
  });

  it('loads nothing: inline values only, no URLs', () => {
    const text = JSON.stringify(spec);
    expect(text).not.toMatch(/"url"|https?:/);
    expect(Array.isArray(get(spec, 'data', 'values'))).toBe(true);
  });

  it('renders with a loader that refuses every URL', async () => {
    await expect(
      specToSvg({ data: { url: 'https://example.com/data.json' }, mark: 'point', encoding: {} }),
    ).rejects.toThrow(/load nothing/);
  });

  it('is a "No data yet" card when there are no departments or touchpoints', () => {
    for (const empty of [grid([], []), grid(['Sales'], []), grid([], ['Billing'])]) {
      expect(JSON.stringify(heatmapSpec(empty))).toContain(EMPTY_MESSAGE);
    }
  });
});

describe('cell ink', () => {
  it('keeps labels readable on every colour of the scale', () => {
    for (let mean = 1; mean <= 5; mean += 0.05) {
      expect(contrast(fillFor(mean), inkFor(mean))).toBeGreaterThan(4);
    }
  });
});

describe('names', () => {
  it('draws emoji-free, single-line names', () => {
    expect(drawableName('Support 🎧\nteam')).toBe('Support team');
    expect(drawableName('👩‍💻')).toBe('(unnamed)');
    expect(drawableName('R&D ™')).toBe('R&D ™');
  });
});

describe('heatmapAltText', () => {
  it('names the highest and lowest cells and stays within Slack’s limit', () => {
    const text = heatmapAltText({
      title: 'Ratings',
      departments: ['Sales', 'Support'],
      touchpoints: ['Billing', 'Docs'],
      cells: [
        { department: 'Sales', touchpoint: 'Billing', mean: 1.84, n: 9 },
        { department: 'Sales', touchpoint: 'Docs', mean: 3, n: 9 },
        { department: 'Support', touchpoint: 'Billing', mean: 4.62, n: 12 },
        { department: 'Support', touchpoint: 'Docs', mean: null, n: 2 },
      ],
    });
    expect(text).toContain('Highest: Support on Billing 4.6 (n=12)');
    expect(text).toContain('Lowest: Sales on Billing 1.8 (n=9)');
    expect(text).toContain('1 cell hidden');
    const huge = heatmapAltText(
      grid(names('A very long department name indeed', 15), names('T'.repeat(80), 25)),
    );
    expect(huge.length).toBeLessThanOrEqual(ALT_TEXT_MAX);
  });
});

describe('renderHeatmapPng', () => {
  it('renders a 9×10 PNG whose IHDR matches the returned size, within a few seconds', async () => {
    const input = grid(names('Department', 9), TOUCHPOINTS.concat(names('Touchpoint', 4)));
    const started = performance.now();
    const image = await renderHeatmapPng(input);
    const elapsed = performance.now() - started;
    expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
    expect(image.width).toBeGreaterThan(10 * CELL_WIDTH * PIXEL_RATIO);
    expect(image.width).toBeLessThan((10 * CELL_WIDTH + 500) * PIXEL_RATIO);
    expect(image.height).toBeGreaterThan(9 * CELL_HEIGHT * PIXEL_RATIO);
    expect(image.height).toBeLessThan((9 * CELL_HEIGHT + 400) * PIXEL_RATIO);
    expect(elapsed).toBeLessThan(5000);
    expect(image.altText).toMatch(/^Heatmap: How departments rate/);
  });

  it('renders 15 × 25', async () => {
    const image = await renderHeatmapPng(grid(names('Department', 15), names('Touchpoint', 25)));
    expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
    expect(image.width).toBeGreaterThan(25 * CELL_WIDTH * PIXEL_RATIO);
  });

  it('survives markup, quotes, emoji and control characters in names', async () => {
    const hostile = [
      '<script>alert("x")</script>',
      'R&D 🚀',
      `O'Brien's "team"`,
      '👩‍💻',
      'a\\b\nc\u2028d',
      ']} + "',
    ];
    const image = await renderHeatmapPng({ ...grid(hostile, hostile), title: '<b>&amp; "title" 🎉</b>' });
    expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
    expect(image.altText).toContain('<script>');
  });

  it('renders arbitrary names', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 3 }),
        async (ns) => {
          const image = await renderHeatmapPng(grid(ns, ns, 2));
          expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
        },
      ),
      { numRuns: 12 },
    );
  });

  it('renders "No data yet" for empty input', async () => {
    const image = await renderHeatmapPng(grid([], []));
    expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
    expect(image.altText).toContain('No data yet');
  });

  it('gives the same bytes for the same input', async () => {
    const input = grid(DEPARTMENTS, TOUCHPOINTS);
    const [a, b] = [await renderHeatmapPng(input), await renderHeatmapPng(input)];
    expect(a.png.equals(b.png)).toBe(true);
  });
});
