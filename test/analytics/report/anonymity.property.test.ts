import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/analytics/report/index';
import { createThemeTagger, type ThemeTagger } from '../../../src/analytics/themes/index';
import { seedOrganisation } from '../../../src/db/repositories/seed-repository';
import { DEFAULT_PROFILES, type DepartmentProfile } from '../../../src/demo/department-profiles';
import { generateOrganisation, type SyntheticOrganisation } from '../../../src/demo/generate-organisation';
import { loadReport } from '../../../src/services/report-loader';
import { fuzzTimeout, runs } from '../../support/fuzz/scale';
import { freshDb } from '../../support/test-db';

/** Every (key, value) pair of a JSON value, with the key it sits under. */
function* walk(value: unknown, key = ''): Generator<[string, unknown]> {
  if (Array.isArray(value)) for (const item of value) yield* walk(item, key);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* walk(v, k);
  } else yield [key, value];
}

/** The generated answers of the window's pulses (the window is the last `last` pulses, or one pulse). */
function windowAnswers(org: SyntheticOrganisation, pulseIndices: number[]) {
  return pulseIndices.flatMap((p) => org.pulses[p]?.answers ?? []);
}

const DEPARTMENT_IDS_KEYS = new Set(['departmentId', 'aId', 'bId']);

function checkModel(
  model: ReportModel,
  org: SyntheticOrganisation,
  departmentIds: number[],
  pulseIndices: number[],
  threshold: number,
) {
  const answers = windowAnswers(org, pulseIndices);
  const shownNames = new Set(model.departments.map((d) => d.name));
  // exactly the departments at or above the threshold in at least one pulse of the window are shown
  // (a window pools each pulse as its own report shows it)
  const largestPulse = org.departments.map((_, d) =>
    Math.max(
      0,
      ...pulseIndices.map(
        (p) =>
          new Set((org.pulses[p]?.answers ?? []).filter((a) => a.department === d).map((a) => a.person)).size,
      ),
    ),
  );
  const small = org.departments.flatMap((_dept, d) => ((largestPulse[d] ?? 0) < threshold ? [d] : []));
  const expectedShown = org.departments
    .filter((_, d) => (largestPulse[d] ?? 0) >= threshold)
    .map((d) => d.name);
  expect([...shownNames].sort()).toEqual(expectedShown.sort());

  // no suppressed department's id or name anywhere except the note
  const hiddenNames = new Set(small.map((d) => org.departments[d]?.name));
  const hiddenIds = new Set(small.map((d) => departmentIds[d]));
  for (const [key, value] of walk({ ...model, suppressed: null })) {
    if (typeof value === 'number') expect(Number.isFinite(value), key).toBe(true);
    if (typeof value === 'string') expect(hiddenNames.has(value)).toBe(false);
    if (DEPARTMENT_IDS_KEYS.has(key)) expect(hiddenIds.has(value as number)).toBe(false);
  }
  for (const d of model.departments) expect(hiddenIds.has(d.id)).toBe(false);

  // no rating cell below the threshold, counted in distinct people
  for (const cell of model.cells) {
    if (cell.stats === null) continue;
    expect(cell.stats.n).toBeGreaterThanOrEqual(threshold);
    const d = departmentIds.indexOf(cell.departmentId);
    const t = org.touchpoints.indexOf(cell.touchpoint);
    const raters = new Set(
      answers.filter((a) => a.department === d && a.ratings[t] != null).map((a) => a.person),
    );
    expect(raters.size).toBeGreaterThanOrEqual(threshold);
  }
  for (const q of model.definitions.quotes) expect(shownNames.has(q.department)).toBe(true);

  // company totals are sums over the shown departments only
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  expect(model.totals.respondents).toBe(sum(model.departments.map((d) => d.respondents)));
  expect(model.totals.answers).toBe(sum(model.departments.map((d) => d.answers)));
  expect(model.totals.delivered).toBe(sum(model.participation.map((p) => p.delivered)));
  expect(model.totals.failed).toBe(sum(model.participation.map((p) => p.failed)));
  for (const entry of model.priorities.company) {
    const picks = model.priorities.byDepartment.map(
      (d) => d.ranking.find((e) => e.touchpointId === entry.touchpointId)?.picks ?? 0,
    );
    expect(entry.picks).toBe(sum(picks));
  }
}

describe('anonymity, for random organisations, windows and thresholds', () => {
  let tagger: ThemeTagger;
  beforeAll(() => {
    tagger = createThemeTagger();
  });

  it(
    'never shows a group under the threshold, and totals cover only what is shown',
    () => {
      const arbitraryOrg = fc.record({
        seed: fc.nat(),
        sizes: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 6 }),
        pulses: fc.integer({ min: 1, max: 3 }),
        failureRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
        threshold: fc.integer({ min: 3, max: 8 }),
        // the threshold the pulses were asked under: a report never shows less than it
        askedUnder: fc.integer({ min: 3, max: 8 }),
        window: fc.oneof(fc.record({ pulse: fc.nat() }), fc.record({ last: fc.integer({ min: 1, max: 3 }) })),
      });
      fc.assert(
        fc.property(arbitraryOrg, ({ seed, sizes, pulses, failureRate, threshold, askedUnder, window }) => {
          const profiles: DepartmentProfile[] = sizes.flatMap((size, i) => {
            const profile = DEFAULT_PROFILES[i];
            return profile === undefined ? [] : [{ ...profile, size, weight: 0 }];
          });
          const org = generateOrganisation({
            seed,
            departments: profiles,
            pulses,
            failureRate,
          });
          const ctx = freshDb();
          try {
            const ids = seedOrganisation(ctx.db, { ...org, anonymityThreshold: askedUnder }, tagger);
            const pulseIndex = 'pulse' in window ? window.pulse % pulses : -1;
            const selector =
              'pulse' in window ? { pulseId: ids.pulseIds[pulseIndex] ?? 0 } : { last: window.last };
            const model = loadReport(ctx.db, selector, threshold);
            expect(model).not.toBeNull();
            if (model === null) return;
            const indices =
              'pulse' in window ? [pulseIndex] : org.pulses.map((_, i) => i).slice(-window.last);
            checkModel(model, org, ids.departmentIds, indices, Math.max(threshold, askedUnder));
          } finally {
            ctx.cleanup();
          }
        }),
        { numRuns: runs(60) },
      );
    },
    fuzzTimeout(120_000),
  );
});
