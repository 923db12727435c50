import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type ReportModel } from '../../../src/analytics/report/index';
import { createThemeTagger, DEFAULT_LEXICON } from '../../../src/analytics/themes/index';
import { loadReportAggregates } from '../../../src/db/repositories/report-repository';
import { type SeededIds, seedOrganisation } from '../../../src/db/repositories/seed-repository';
import { generateOrganisation, type SyntheticOrganisation } from '../../../src/demo/generate-organisation';
import { freshDb } from '../../support/test-db';
import { meanSd } from './fixtures';

const THEMES = DEFAULT_LEXICON.themes.map((t) => ({ key: t.key, label: t.label }));

/** The raw ratings the generator produced for one department and touchpoint in one pulse. */
function rawRatings(
  org: SyntheticOrganisation,
  pulse: number,
  department: string,
  touchpoint: string,
): number[] {
  const d = org.departments.findIndex((x) => x.name === department);
  const t = org.touchpoints.indexOf(touchpoint);
  return (org.pulses[pulse]?.answers ?? [])
    .filter((a) => a.department === d)
    .flatMap((a) => {
      const r = a.ratings[t];
      return r === null || r === undefined ? [] : [r];
    });
}

describe.each([7, 42, 2025])('the report of a synthetic organisation (seed %i)', (seed) => {
  let ctx: ReturnType<typeof freshDb>;
  let org: SyntheticOrganisation;
  let ids: SeededIds;
  const reports: ReportModel[] = [];

  beforeAll(() => {
    ctx = freshDb();
    org = generateOrganisation({ seed, respondents: 400, pulses: 3 });
    ids = seedOrganisation(ctx.db, org);
    for (const pulseId of ids.pulseIds) {
      reports.push(
        buildReport({ ...loadReportAggregates(ctx.db, [pulseId]), themes: THEMES }, { threshold: 5 }),
      );
    }
  });
  afterAll(() => ctx.cleanup());

  it('ranks the two planted divergences first, between the planted departments', () => {
    for (const model of reports) {
      const [first, second] = model.divergences;
      expect(first?.significant && second?.significant).toBe(true);
      expect(new Set([first?.touchpoint, second?.touchpoint])).toEqual(
        new Set(['Sales conversations', 'Customer support']),
      );
      const sales = model.divergences.find((d) => d.touchpoint === 'Sales conversations');
      expect([sales?.high.department, sales?.low.department]).toEqual(['Sales', 'Customer Service']);
      const support = model.divergences.find((d) => d.touchpoint === 'Customer support');
      expect([support?.high.department, support?.low.department]).toEqual(['Marketing', 'Customer Service']);
    }
  });

  it('never flags the touchpoint where departments differ only by noise', () => {
    for (const model of reports) {
      const brand = model.divergences.find((d) => d.touchpoint === 'Brand reputation');
      expect(brand?.significant).toBe(false);
    }
  });

  it('sees the drifting divergence close: significant in the first pulse, not in the last', () => {
    expect(reports[0]?.divergences.find((d) => d.touchpoint === 'Website & app')?.significant).toBe(true);
    expect(reports[2]?.divergences.find((d) => d.touchpoint === 'Website & app')?.significant).toBe(false);
  });

  it('computes means, spreads and counts equal to the generated raw data', () => {
    reports.forEach((model, p) => {
      for (const [dept, tp] of [
        ['Sales', 'Sales conversations'],
        ['Customer Service', 'Sales conversations'],
        ['Marketing', 'Customer support'],
      ] as const) {
        const raw = rawRatings(org, p, dept, tp);
        const { mean, sd } = meanSd(raw);
        const cell = model.cells.find((c) => c.department === dept && c.touchpoint === tp);
        expect(cell?.stats?.n).toBe(raw.length);
        expect(cell?.stats?.mean).toBeCloseTo(mean, 10);
        expect(cell?.stats?.sd).toBeCloseTo(sd, 10);
      }
      const sales = model.divergences.find((d) => d.touchpoint === 'Sales conversations');
      const gap =
        meanSd(rawRatings(org, p, 'Sales', 'Sales conversations')).mean -
        meanSd(rawRatings(org, p, 'Customer Service', 'Sales conversations')).mean;
      expect(sales?.gap).toBeCloseTo(gap, 10);
    });
  });

  it('counts respondents, priority shares and theme shares like the raw answers do', () => {
    const tagger = createThemeTagger();
    const model = reports[0];
    const answers = org.pulses[0]?.answers ?? [];
    const d = org.departments.findIndex((x) => x.name === 'Finance');
    const mine = answers.filter((a) => a.department === d);
    expect(model?.departments.find((x) => x.name === 'Finance')?.respondents).toBe(mine.length);
    const t = org.touchpoints.indexOf('Product & service quality');
    const share = mine.filter((a) => a.priorities.includes(t)).length / mine.length;
    const ranking = model?.priorities.byDepartment.find((x) => x.department === 'Finance')?.ranking;
    expect(ranking?.find((e) => e.touchpoint === 'Product & service quality')?.share).toBeCloseTo(share, 12);
    const valueShare =
      mine.filter((a) => tagger.tag(a.definition).themes.includes('value')).length / mine.length;
    const finance = model?.definitions.byDepartment.find((x) => x.department === 'Finance');
    expect(finance?.themes.find((x) => x.key === 'value')?.share).toBeCloseTo(valueShare, 12);
    expect(finance?.themes[0]?.key).toBe('value');
  });

  it('keeps Executive (3 respondents) out of every figure', () => {
    for (const model of reports) {
      expect(model.suppressed.departments).toEqual(['Executive']);
      const json = JSON.stringify({ ...model, suppressed: null });
      expect(json).not.toContain('Executive');
    }
  });
});

describe('a window of several pulses', () => {
  it('counts distinct raters per cell, not ratings, when a cell may be under the threshold', () => {
    const ctx = freshDb();
    try {
      const org = generateOrganisation({ seed: 3, respondents: 120, pulses: 3 });
      const ids = seedOrganisation(ctx.db, org);
      const aggregates = loadReportAggregates(ctx.db, ids.pulseIds, { minRaters: 1_000_000 });
      const d = org.departments.findIndex((x) => x.name === 'HR');
      const t = org.touchpoints.indexOf('In-person & events');
      const people = new Set(
        org.pulses.flatMap((p) =>
          p.answers.filter((a) => a.department === d && a.ratings[t] !== null).map((a) => a.person),
        ),
      );
      const cell = aggregates.cellRaters.find(
        (c) => c.departmentId === ids.departmentIds[d] && c.touchpointId === ids.touchpointIds[t],
      );
      expect(cell?.raters).toBe(people.size);
      const respondents = new Set(
        org.pulses.flatMap((p) => p.answers.filter((a) => a.department === d).map((a) => a.person)),
      );
      expect(aggregates.respondents.find((r) => r.departmentId === ids.departmentIds[d])?.respondents).toBe(
        respondents.size,
      );
    } finally {
      ctx.cleanup();
    }
  });
});
