/**
 * Degenerate data (issue 12): random departments whose ratings are constant, a single value, random,
 * or all "don't know", built into a report by the real builder and rendered by every real renderer.
 * No NaN, Infinity or "undefined" may reach any output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput, type ReportModel } from '../../../src/analytics/report/index';
import { renderCsvReport } from '../../../src/render/csv-report';
import * as render from '../../../src/render/slack-report/index';
import { renderTextReport } from '../../../src/render/text-report';
import { allViews, strings } from '../../render/slack-report/support';
import { fuzzTimeout, runs } from '../../support/fuzz/scale';
import { type LiteralDepartment, literalInput, THEMES, times } from './fixtures';

const TOUCHPOINTS = [
  { id: 1, name: 'Advertising' },
  { id: 2, name: 'Customer support' },
  { id: 3, name: 'Website & app' },
  { id: 4, name: 'Brand reputation' },
  { id: 5, name: 'Content' },
];

const rating = fc.integer({ min: 1, max: 5 });

/** One department × touchpoint: all the same, one answer, anything, or every answer "don't know". */
const cellRatings = fc.oneof(
  fc.tuple(rating, fc.integer({ min: 1, max: 12 })).map(([v, n]) => times(v, n)),
  rating.map((v) => [v]),
  fc.array(rating, { minLength: 0, maxLength: 12 }),
  fc.constant<number[]>([]),
);

const department = (id: number): fc.Arbitrary<LiteralDepartment> =>
  fc
    .record({
      ratings: fc.array(cellRatings, { minLength: TOUCHPOINTS.length, maxLength: TOUCHPOINTS.length }),
      extra: fc.integer({ min: 0, max: 4 }),
      picks: fc.array(fc.integer({ min: 0, max: 6 }), {
        minLength: TOUCHPOINTS.length,
        maxLength: TOUCHPOINTS.length,
      }),
      themes: fc.array(fc.integer({ min: 0, max: 5 }), {
        minLength: THEMES.length,
        maxLength: THEMES.length,
      }),
      delivered: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    })
    .map(({ ratings, extra, picks, themes, delivered }) => {
      const rated = Object.fromEntries(
        ratings.flatMap((values, i) => (values.length === 0 ? [] : [[TOUCHPOINTS[i]?.id ?? 0, values]])),
      );
      // Every rater is a respondent; "don't know" answers make respondents without ratings.
      const respondents = Math.max(0, ...ratings.map((r) => r.length)) + extra;
      return {
        id,
        name: `Dept ${id}`,
        respondents,
        ratings: rated,
        picks: Object.fromEntries(picks.map((p, i) => [TOUCHPOINTS[i]?.id ?? 0, Math.min(p, respondents)])),
        themes: Object.fromEntries(THEMES.map((t, i) => [t.key, Math.min(themes[i] ?? 0, respondents)])),
        quotes: respondents > 0 ? ['Answer the phone fast and solve the problem the first time.'] : [],
        delivered,
      };
    });

const organisation = fc
  .integer({ min: 1, max: 5 })
  .chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => department(i + 1))));

/**
 * The input, and with `inflate` every cell counted as rated by at least 5 people: a store that
 * disagrees with itself must not break the builder either, and it lets cells of one or two ratings
 * (no variance) past the anonymity threshold.
 */
function inputOf(departments: LiteralDepartment[], inflate: boolean): ReportInput {
  const input = literalInput(departments, TOUCHPOINTS);
  if (!inflate) return input;
  const cellRaters = input.cellRaters.map((c) => ({ ...c, raters: Math.max(5, c.raters) }));
  const respondents = input.respondents.map((r) => ({ ...r, respondents: Math.max(5, r.respondents) }));
  return { ...input, cellRaters, respondents };
}

/** Every string any renderer produces from the model. */
function outputs(model: ReportModel): { name: string; text: string }[] {
  const out = [
    { name: 'text', text: renderTextReport(model) },
    { name: 'csv', text: renderCsvReport(model) },
    { name: 'heatmap input', text: JSON.stringify(render.heatmapInputFromModel(model)) },
  ];
  for (const view of allViews(model, render))
    out.push({ name: view.name, text: [...strings(view.message)].join('\n') });
  return out;
}

describe('degenerate data never reaches a renderer as NaN', () => {
  it(
    'holds for constant, single, random and all-"don\'t know" groups, through every renderer',
    () => {
      fc.assert(
        fc.property(
          organisation,
          fc.integer({ min: 3, max: 5 }),
          fc.boolean(),
          (departments, threshold, inflate) => {
            const input = inputOf(departments, inflate);
            const model = buildReport(input, { threshold, trendInputs: [input] });
            for (const { name, text } of outputs(model))
              expect(text, name).not.toMatch(/NaN|Infinity|undefined/);
          },
        ),
        { numRuns: runs(150) },
      );
    },
    fuzzTimeout(60_000),
  );

  it('keeps every number of the model finite (JSON would turn NaN into null silently)', () => {
    const finiteEverywhere = (value: unknown, path: string): void => {
      if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
      else if (Array.isArray(value))
        value.forEach((v, i) => {
          finiteEverywhere(v, `${path}[${i}]`);
        });
      else if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) finiteEverywhere(v, `${path}.${k}`);
    };
    fc.assert(
      fc.property(organisation, fc.boolean(), (departments, inflate) => {
        const input = inputOf(departments, inflate);
        finiteEverywhere(buildReport(input, { threshold: 3, trendInputs: [input] }), 'model');
      }),
      { numRuns: runs(200) },
    );
  });
});
