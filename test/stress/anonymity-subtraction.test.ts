/**
 * The subtraction attack: can a leader learn a hidden group by taking one figure from another?
 *
 * 1. Non-interference (the strongest form): change everything a hidden group answered in the
 *    window (ratings, "don't know"s, priorities, definitions, even whose invitation failed) and
 *    every rating in a cell with too few raters; every surface, byte for byte, stays the same. So
 *    no combination of shown figures (totals minus parts, one view minus another) can depend on
 *    the hidden answers.
 * 2. Company totals in every surface equal the sum over the shown departments only, computed from
 *    the generated answers; a department's "vs the others" uses only shown departments and shown
 *    cells.
 * 3. Narrowing the window: for W1 ⊂ W2 (one pulse inside the last N, the last N1 inside the last
 *    N2), a group hidden in W1 but shown in W2 appears only with its W2 respondents ≥ threshold,
 *    and whatever W1 shows W2 shows too (sizes only grow with the window).
 *
 * What a determined leader could still infer, and why it is accepted:
 * - Differencing two overlapping windows: W2 = {P1, P2} shows a department that P2 alone hides
 *   (say 5 people in P1, one newcomer in P2). W2's counts minus P1's give the newcomer's ratings.
 *   Slack only ever shows single closed pulses (the latest closed one, a closed pulse's digest),
 *   and single pulses hold disjoint answers, so there is no such pair in Slack; pooled windows
 *   exist only in the CLI (`cx-align report --last N`), which runs next to the database and needs
 *   no differencing.
 * - A group of exactly threshold people who all gave the same rating reveal it by the mean: the
 *   threshold bounds group size, not homogeneity; that is what a threshold of 5 accepts.
 *
 * Closed, no longer possible: differencing around a deletion. A closed pulse's results are frozen
 * at its close and every surface reads them, so "Delete my data", a retention purge, a lower
 * threshold or a department or touchpoint change after the close moves no figure of it; a
 * deletion takes a person's answers only out of an open pulse, before its results are frozen.
 * test/surfaces/closed-pulse-frozen.test.ts reads every surface before and after each and finds
 * them byte-identical (after a deletion, only the deleting person's own quote may go).
 *
 * Closed, no longer possible: differencing one open pulse over time. Slack used to show the latest
 * pulse while it was open, so a leader who read it before and after one known person answered
 * could subtract the two. Slack now shows results of closed pulses only (no answer can be given or
 * changed after the close); of an open pulse it says only that it is open, about how many have
 * answered so far (over departments at or above the threshold, rounded, at most hourly) and when
 * its results come. test/surfaces/open-pulse.test.ts reads every surface before and after one more
 * answer and finds them byte-identical; test/surfaces/digest.test.ts shows the weekly digest
 * posts nothing from an open pulse.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/analytics/report/index';
import { seedOrganisation } from '../../src/db/repositories/seed-repository';
import type { SyntheticOrganisation } from '../../src/demo/generate-organisation';
import { one, pct } from '../../src/render/report-format';
import {
  renderDashboardBlocks,
  renderDepartmentMessage,
  renderDigestMessage,
  renderReportMessage,
  renderTouchpointMessage,
} from '../../src/render/slack-report/index';
import { bold, name } from '../../src/render/slack-report/words';
import { renderTextReport } from '../../src/render/text-report';
import { loadReport } from '../../src/services/report-loader';
import {
  allSurfaces,
  departmentName,
  markerAwareTagger,
  markerOf,
  type OrgSpec,
  organisationOf,
  orgSpec,
  selectorOf,
  truthOf,
  windowIndices,
} from '../support/fuzz/anonymity';
import { fuzzTimeout, runs } from '../support/fuzz/scale';
import { freshDb } from '../support/test-db';

/** Each run seeds two databases (or one with several windows) and renders every surface. */
const RUNS = runs(60);

type Seeded = { model: ReportModel; departmentIds: number[]; touchpointIds: number[] };

function seedAndLoad(
  org: SyntheticOrganisation,
  tagger: ReturnType<typeof markerAwareTagger>,
  windows: (pulseIds: number[]) => ({ pulseId: number } | { last: number })[],
  threshold: number,
): Seeded[] {
  const ctx = freshDb();
  try {
    const ids = seedOrganisation(ctx.db, { ...org, anonymityThreshold: threshold }, tagger);
    return windows(ids.pulseIds).map((selector) => {
      const model = loadReport(ctx.db, selector, threshold);
      if (model === null) throw new Error('no report');
      return { model, departmentIds: ids.departmentIds, touchpointIds: ids.touchpointIds };
    });
  } finally {
    ctx.cleanup();
  }
}

/** A copy of `org` in which everything hidden in the window is replaced at random. */
function perturbHidden(org: SyntheticOrganisation, spec: OrgSpec, seed: number): SyntheticOrganisation {
  const copy = structuredClone(org);
  const truth = truthOf(org, windowIndices(spec), spec.threshold);
  let state = seed >>> 0 || 1;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const T = org.touchpoints.length;
  for (const p of windowIndices(spec)) {
    const pulse = copy.pulses[p];
    if (pulse === undefined) continue;
    for (const a of pulse.answers) {
      if (truth.hidden.has(a.department)) {
        a.ratings = a.ratings.map(() => (random(4) === 0 ? null : 1 + random(5)));
        a.priorities = [...new Set([random(T), random(T), random(T)])]
          .slice(0, 1 + random(3))
          .sort((x, y) => x - y);
        a.definition = `${markerOf(a.department)}${random(1e6)} ${['We always call back', 'Cheap and fast', 'They trust our promise'][random(3)]}`;
      } else {
        a.ratings = a.ratings.map((r, t) =>
          r !== null && truth.smallCells.has(`${a.department}:${t}`) ? 1 + random(5) : r,
        );
      }
    }
    for (const d of pulse.deliveries) {
      const dept = copy.people[d.person]?.department ?? -1;
      if (truth.hidden.has(dept) && random(2) === 0) d.status = d.status === 'sent' ? 'failed' : 'sent';
    }
  }
  return copy;
}

describe('the subtraction attack', () => {
  let tagger: ReturnType<typeof markerAwareTagger>;
  beforeAll(() => {
    tagger = markerAwareTagger();
  });

  it(
    `changing what a hidden group (or a too-small cell) answered changes no surface at all (${RUNS} organisations)`,
    () => {
      let perturbed = 0;
      fc.assert(
        fc.property(orgSpec, fc.nat(), (spec, seed) => {
          const org = organisationOf(spec);
          const truth = truthOf(org, windowIndices(spec), spec.threshold);
          fc.pre(truth.hidden.size + truth.smallCells.size > 0);
          perturbed += 1;
          const windows = (pulseIds: number[]) => [selectorOf(spec, pulseIds)];
          const [a] = seedAndLoad(org, tagger, windows, spec.threshold);
          const [b] = seedAndLoad(perturbHidden(org, spec, seed), tagger, windows, spec.threshold);
          if (a === undefined || b === undefined) throw new Error('no report');
          const before = allSurfaces(a.model, a.departmentIds);
          const after = allSurfaces(b.model, b.departmentIds);
          expect(after.map((s) => s.name)).toEqual(before.map((s) => s.name));
          before.forEach((s, i) => {
            expect(after[i]?.body, `${s.name} depends on hidden answers`).toBe(s.body);
          });
        }),
        { numRuns: RUNS },
      );
      expect(perturbed).toBeGreaterThan(RUNS / 2);
    },
    fuzzTimeout(120_000),
  );

  it(
    `company totals are sums over shown departments; "vs the others" pools shown departments only (${RUNS} organisations)`,
    () => {
      fc.assert(
        fc.property(orgSpec, (spec) => {
          const org = organisationOf(spec);
          const [seeded] = seedAndLoad(
            org,
            tagger,
            (pulseIds) => [selectorOf(spec, pulseIds)],
            spec.threshold,
          );
          if (seeded === undefined) throw new Error('no report');
          const { model, departmentIds, touchpointIds } = seeded;
          const truth = truthOf(org, windowIndices(spec), spec.threshold);
          const shown = org.departments.flatMap((_, d) => (truth.hidden.has(d) ? [] : [d]));
          const sum = (xs: (number | undefined)[]) => xs.reduce<number>((acc, x) => acc + (x ?? 0), 0);
          const respondents = sum(shown.map((d) => truth.respondents[d]));
          const answers = sum(shown.map((d) => truth.answers[d]));
          const delivered = sum(shown.map((d) => truth.delivered[d]));

          expect(model.totals.respondents).toBe(respondents);
          expect(model.totals.answers).toBe(answers);
          expect(model.totals.delivered).toBe(delivered);
          // the totals as people read them
          expect(renderTextReport(model)).toContain(
            `${respondents} respondents in ${shown.length} departments shown`,
          );
          if (shown.length >= 2 && delivered > 0) {
            const words = `${answers} of ${delivered} answered`;
            expect(JSON.stringify(renderReportMessage(model))).toContain(words);
            expect(JSON.stringify(renderDashboardBlocks(model))).toContain(words);
            expect(JSON.stringify(renderDigestMessage(model, { periodLabel: 'Week 6' }))).toContain(words);
          }
          // company priorities: picks of shown departments over their answers
          org.touchpoints.forEach((touchpoint, t) => {
            const picks = sum(shown.map((d) => truth.picks[d]?.[t]));
            const entry = model.priorities.company.find((e) => e.touchpointId === touchpointIds[t]);
            expect(entry?.picks ?? 0, touchpoint).toBe(picks);
            if (shown.length >= 2 && entry !== undefined && answers > 0)
              expect(JSON.stringify(renderTouchpointMessage(model, entry.touchpointId))).toContain(
                `${pct(picks / answers)} of all answers pick it as a top 3`,
              );
          });
          // "vs the others": the ratings of the other shown departments' shown cells, weighted by count
          if (shown.length < 2) return;
          for (const d of shown) {
            const view = JSON.stringify(renderDepartmentMessage(model, departmentIds[d] ?? -1));
            org.touchpoints.forEach((touchpoint, t) => {
              const own = truth.ratingCount[d]?.[t] ?? 0;
              if (truth.smallCells.has(`${d}:${t}`) || own === 0) return;
              const others = shown.filter(
                (o) => o !== d && !truth.smallCells.has(`${o}:${t}`) && (truth.ratingCount[o]?.[t] ?? 0) > 0,
              );
              if (others.length === 0) return;
              const mean = (truth.ratingSum[d]?.[t] ?? 0) / own;
              const othersMean =
                sum(others.map((o) => truth.ratingSum[o]?.[t])) /
                sum(others.map((o) => truth.ratingCount[o]?.[t]));
              const line = `${bold(touchpoint)}: ${name(departmentName(d))} ${one(mean)} vs the others ${one(othersMean)}`;
              expect(view, `${departmentName(d)} × ${touchpoint}`).toContain(
                JSON.stringify(line).slice(1, -1),
              );
            });
          }
        }),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(120_000),
  );

  it(
    `narrowing the window never shows a group that is small in the wider one (${RUNS} organisations)`,
    () => {
      const windowPair = fc
        .record({ pulses: fc.integer({ min: 2, max: 4 }), a: fc.nat(), b: fc.nat() })
        .map(({ pulses, a, b }) => ({ pulses, n1: 1 + (a % pulses), n2: 1 + (b % pulses) }));
      fc.assert(
        fc.property(orgSpec, windowPair, (base, { pulses, n1, n2 }) => {
          const spec: OrgSpec = { ...base, pulses };
          const org = organisationOf(spec);
          const [narrowN, wideN] = [Math.min(n1, n2), Math.max(n1, n2)];
          // W1 ⊂ W2: the newest pulse alone, the last narrowN, inside the last wideN
          const pairs = [
            [{ last: 1 }, { last: wideN }],
            [{ last: narrowN }, { last: wideN }],
          ] as const;
          for (const [w1, w2] of pairs) {
            const [s1, s2] = seedAndLoad(org, tagger, () => [w1, w2], spec.threshold);
            if (s1 === undefined || s2 === undefined) throw new Error('no report');
            const indices = (w: { last: number }) =>
              Array.from({ length: pulses }, (_, i) => i).slice(-w.last);
            const t1 = truthOf(org, indices(w1), spec.threshold);
            const t2 = truthOf(org, indices(w2), spec.threshold);
            const shown1 = new Set(s1.model.departments.map((d) => d.name));
            for (const d of s2.model.departments) {
              const index = org.departments.findIndex((x) => x.name === d.name);
              // shown in W2 → its W2 respondents reach the threshold, whatever W1 says
              expect(t2.respondents[index] ?? 0).toBeGreaterThanOrEqual(spec.threshold);
              expect(d.respondents).toBe(t2.respondents[index]);
              if (!shown1.has(d.name)) expect(t1.respondents[index] ?? 0).toBeLessThan(spec.threshold);
            }
            // what the narrower window shows, the wider one shows too (sizes only grow)
            for (const name1 of shown1) expect(s2.model.departments.map((d) => d.name)).toContain(name1);
            const shownCells2 = new Set(
              s2.model.cells
                .filter((c) => c.stats !== null)
                .map((c) => `${c.departmentId}:${c.touchpointId}`),
            );
            for (const c of s1.model.cells)
              if (c.stats !== null) expect(shownCells2.has(`${c.departmentId}:${c.touchpointId}`)).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(120_000),
  );
});
