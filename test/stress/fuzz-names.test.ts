/**
 * Names admins type (departments, touchpoints) reach the digest's heatmap, which Vega draws from a
 * spec: any name, including the ones that are also property names of every JavaScript object,
 * must render. A name like "toString" or "if" used to stop the heatmap, and the digest with it
 * (Vega's expression parser read such a string literal as an identifier).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../src/db/repositories/seed-repository';
import { DEFAULT_PROFILES, type DepartmentProfile } from '../../src/demo/department-profiles';
import { generateOrganisation } from '../../src/demo/generate-organisation';
import { heatmapSpec, renderHeatmapPng } from '../../src/render/heatmap/index';
import { specToSvg } from '../../src/render/heatmap/vega-adapter';
import { loadReport } from '../../src/services/report-loader';
import { allSurfaces } from '../support/fuzz/anonymity';
import { hostileText } from '../support/fuzz/hostile';
import { fuzzTimeout, runs } from '../support/fuzz/scale';
import { freshDb } from '../support/test-db';

/** Names that are also Object.prototype's (and Vega's own words). */
const PROTOTYPE_NAMES = [
  'toString',
  'constructor',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'toLocaleString',
  '__proto__',
  '__defineGetter__',
  'propertyIsEnumerable',
  'if',
  'datum',
  'event',
  'width',
];
/** Each run draws a PNG (Vega → SVG → resvg), about a tenth of a second. */
const RUNS = runs(15);

const grid = (departments: string[], touchpoints: string[]) => ({
  title: 'How departments rate each touchpoint (1–5)',
  departments,
  touchpoints,
  cells: departments.flatMap((department, i) =>
    touchpoints.map((touchpoint, j) => ({
      department,
      touchpoint,
      mean: i === j ? null : 1 + ((i + j) % 5),
      n: 6,
    })),
  ),
});

/** The PNG's own width and height (IHDR). */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('any department or touchpoint name draws in the heatmap', () => {
  it.each(PROTOTYPE_NAMES)('a department and a touchpoint named %j', async (name) => {
    const image = await renderHeatmapPng(grid([name, 'Sales'], ['Support', name]));
    expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
    expect(image.altText.length).toBeGreaterThan(10);
    // drawn as the name itself, not read as something else
    const svg = await specToSvg(heatmapSpec(grid([name, 'Sales'], ['Support', name])));
    expect(svg.split(`>${name}<`).length - 1).toBeGreaterThanOrEqual(2);
  });

  it(
    `hostile names, prototype names and mentions mixed (${RUNS} runs)`,
    async () => {
      const name = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), hostileText(40, 120));
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
          fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
          async (departments, touchpoints) => {
            const image = await renderHeatmapPng(grid(departments, touchpoints));
            expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
          },
        ),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(60_000),
  );
});

describe('a whole report whose departments and touchpoints have such names', () => {
  it('renders every surface, naming them as written', () => {
    const names = ['toString', 'constructor', '__proto__', 'if', 'valueOf'];
    const org = generateOrganisation({
      seed: 3,
      departments: names.map(
        (name, i) =>
          ({
            ...(DEFAULT_PROFILES[i] ?? DEFAULT_PROFILES[0]),
            name,
            size: 7,
            weight: 0,
          }) as DepartmentProfile,
      ),
      pulses: 2,
    });
    org.touchpoints = org.touchpoints.map((t, i) => PROTOTYPE_NAMES[i] ?? t);
    const ctx = freshDb();
    try {
      const ids = seedOrganisation(ctx.db, org);
      const model = loadReport(ctx.db, { last: 2 }, 5);
      expect(model?.departments.map((d) => d.name).sort()).toEqual([...names].sort());
      if (!model) return;
      const surfaces = allSurfaces(model, ids.departmentIds);
      const report = surfaces.find((s) => s.name === 'report')?.body ?? '';
      for (const name of names) expect(report).toContain(name);
      expect(surfaces.find((s) => s.kind === 'csv')?.body).toContain('hasOwnProperty');
    } finally {
      ctx.cleanup();
    }
  });
});
