import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/analytics/report/index';
import { createThemeTagger, type ThemeTagger } from '../../../src/analytics/themes/index';
import { seedOrganisation } from '../../../src/db/repositories/seed-repository';
import { DEFAULT_PROFILES, type DepartmentProfile } from '../../../src/demo/department-profiles';
import { generateOrganisation, type SyntheticOrganisation } from '../../../src/demo/generate-organisation';
import * as render from '../../../src/render/slack-report/index';
import { fuzzTimeout, runs } from '../../support/fuzz/scale';
import { freshDb } from '../../support/test-db';
import { allViews, blockProblems, messageProblems, modelOf, seededModels, strings } from './support';

/** The default profiles in turn (how each synthetic department answers). */
function profileAt(i: number): DepartmentProfile {
  const profile = DEFAULT_PROFILES[i % DEFAULT_PROFILES.length];
  if (profile === undefined) throw new Error('no default profiles');
  return profile;
}

/** A marker no renderer could produce by itself, so finding it means the department's name leaked. */
const marker = (i: number): string => `Zq${i}x`;

/** Checks every view of a model: limits, no hidden department, nothing that could ping anyone. */
function checkAllViews(model: ReportModel, org: SyntheticOrganisation): void {
  const shown = new Set(model.departments.map((d) => d.name));
  const hidden = org.departments.map((d, i) => ({ ...d, i })).filter((d) => !shown.has(d.name));
  const note = model.suppressed.note;
  for (const { name, message, maxBlocks } of allViews(model, render)) {
    expect(
      maxBlocks === 50 ? messageProblems(message) : blockProblems(message.blocks, maxBlocks),
      name,
    ).toEqual([]);
    for (const s of strings(message)) {
      const outsideNote = note === null ? s : s.split(note).join('');
      for (const d of hidden)
        expect(outsideNote, `${name} shows hidden ${d.name}`).not.toContain(marker(d.i));
      expect(s, name).not.toMatch(/<!(channel|here|everyone)>|<@U/);
    }
  }
  expect(JSON.stringify(render.heatmapInputFromModel(model))).not.toMatch(
    new RegExp(hidden.map((d) => marker(d.i)).join('|') || '$^'),
  );
}

describe('every Block Kit view, for random organisations, names, windows and thresholds', () => {
  let tagger: ThemeTagger;
  beforeAll(() => {
    tagger = createThemeTagger();
  });

  it(
    'stays within Block Kit limits, never throws, and never shows a group under the threshold',
    () => {
      const arbitrary = fc.record({
        seed: fc.nat(),
        departments: fc.array(
          fc.record({ size: fc.integer({ min: 0, max: 12 }), suffix: fc.string({ maxLength: 100 }) }),
          { minLength: 1, maxLength: 7 },
        ),
        hostile: fc.constantFrom('', ' <!channel>', ' <@U123> & *bold*', ' `code` _x_ >quote'),
        longTouchpoints: fc.boolean(),
        pulses: fc.integer({ min: 1, max: 3 }),
        last: fc.integer({ min: 1, max: 3 }),
        threshold: fc.integer({ min: 3, max: 8 }),
      });
      fc.assert(
        fc.property(arbitrary, ({ seed, departments, hostile, longTouchpoints, pulses, last, threshold }) => {
          const org = generateOrganisation({
            seed,
            pulses,
            departments: departments.map((d, i) => ({
              ...profileAt(i),
              name: `${marker(i)} ${d.suffix}${hostile}`,
              size: d.size,
              weight: 0,
            })),
          });
          if (longTouchpoints)
            org.touchpoints = org.touchpoints.map((t) => `${t} ${'and more '.repeat(14)}${hostile}`);
          const ctx = freshDb();
          try {
            seedOrganisation(ctx.db, org, tagger);
            checkAllViews(modelOf(ctx.db, { last }, threshold), org);
          } finally {
            ctx.cleanup();
          }
        }),
        { numRuns: runs(40) },
      );
    },
    fuzzTimeout(180_000),
  );

  it('keeps within limits for a large organisation with long names', () => {
    const org = generateOrganisation({
      seed: 5,
      respondents: 900,
      pulses: 2,
      departments: Array.from({ length: 30 }, (_, i) => ({
        ...profileAt(i),
        name: `${marker(i)} ${'A very long department name & more '.repeat(4)}`,
        weight: 1,
      })),
    });
    org.touchpoints = org.touchpoints.map((t) => `${t} & ${'a long touchpoint description '.repeat(5)}`);
    for (const model of seededModels(org, 3, tagger).models) {
      expect(model.departments.length).toBe(30);
      checkAllViews(model, org);
    }
  }, 60_000);
});
