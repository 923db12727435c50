/**
 * The anonymity invariant, attacked on every surface: for random synthetic organisations (some
 * departments under the threshold, some with invitations only), random thresholds (3–10) and
 * windows (one pulse, the last N), seeded through the seed repository and loaded as the app loads
 * them (services/report-loader.ts), EVERY rendering of the report is checked against the truth
 * computed from the generated answers:
 * - a department with fewer respondents than the threshold appears nowhere: not its name (except
 *   in the terminal's and the JSON's list of departments not shown), not one of its quotes;
 * - a cell with fewer raters than the threshold shows no figure: no mean, count, interval or
 *   quadrant in the model, the CSV, the heatmap, the touchpoint and department views.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../src/db/repositories/seed-repository';
import { CSV_COLUMNS } from '../../src/render/csv-report';
import { renderDepartmentMessage, renderTouchpointMessage } from '../../src/render/slack-report/index';
import { bold, name } from '../../src/render/slack-report/words';
import { loadReport } from '../../src/services/report-loader';
import {
  allSurfaces,
  departmentName,
  markerAwareTagger,
  markerOf,
  organisationOf,
  orgSpec,
  selectorOf,
  TOKENS,
  truthOf,
  windowIndices,
  withoutNotShownNote,
} from '../support/fuzz/anonymity';
import { fuzzTimeout, runs } from '../support/fuzz/scale';
import { freshDb } from '../support/test-db';

/** Each run seeds a database and renders ~30 surfaces. */
const RUNS = runs(100);

/** CSV rows as arrays of cells (the app's CSV is RFC 4180; names here hold no quote or comma). */
function csvRows(csv: string): Record<string, string>[] {
  const [head, ...rows] = csv.trim().split('\r\n');
  const columns = (head ?? '').split(',');
  expect(columns).toEqual([...CSV_COLUMNS]);
  return rows.map((row) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < row.length; i += 1) {
      const ch = row[i];
      if (quoted && ch === '"' && row[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

describe('anonymity on every surface, for random organisations, thresholds and windows', () => {
  let tagger: ReturnType<typeof markerAwareTagger>;
  beforeAll(() => {
    tagger = markerAwareTagger();
  });

  it(
    `no group under the threshold has a figure, a quote or its name anywhere (${RUNS} organisations)`,
    () => {
      let hiddenSeen = 0;
      let smallCellsSeen = 0;
      fc.assert(
        fc.property(orgSpec, (spec) => {
          const org = organisationOf(spec);
          const ctx = freshDb();
          try {
            const ids = seedOrganisation(ctx.db, { ...org, anonymityThreshold: spec.threshold }, tagger);
            const model = loadReport(ctx.db, selectorOf(spec, ids.pulseIds), spec.threshold);
            expect(model).not.toBeNull();
            if (model === null) return;
            const truth = truthOf(org, windowIndices(spec), spec.threshold);
            hiddenSeen += truth.hidden.size;
            smallCellsSeen += truth.smallCells.size;
            const idOf = (d: number) => ids.departmentIds[d] ?? -1;

            // the model shows exactly the departments at or above the threshold, with their true size
            expect(model.departments.map((d) => d.name).sort()).toEqual(
              org.departments.flatMap((_, d) => (truth.hidden.has(d) ? [] : [departmentName(d)])).sort(),
            );
            for (const d of model.departments)
              expect(d.respondents).toBe(truth.respondents[ids.departmentIds.indexOf(d.id)]);
            // the note lists hidden departments by name only, and only those present in the window
            for (const n of model.suppressed.departments)
              expect(truth.hidden.has(org.departments.findIndex((x) => x.name === n))).toBe(true);

            const surfaces = allSurfaces(model, ids.departmentIds);
            for (const s of surfaces) {
              const where = `${s.name} (threshold ${spec.threshold})`;
              const readable =
                s.kind === 'json'
                  ? JSON.stringify({ ...model, suppressed: { ...model.suppressed, departments: [] } })
                  : s.kind === 'text'
                    ? withoutNotShownNote(s.body)
                    : s.body;
              for (const d of truth.hidden) {
                expect(readable, `${TOKENS[d]} named in ${where}`).not.toContain(TOKENS[d]);
                // not one quote of theirs, even in the JSON's full text
                expect(s.body, `a quote of ${TOKENS[d]} in ${where}`).not.toContain(markerOf(d));
              }
            }

            // no figure for a cell with too few raters
            const rows = csvRows(surfaces.find((s) => s.kind === 'csv')?.body ?? '');
            for (const key of truth.smallCells) {
              const [d = -1, t = -1] = key.split(':').map(Number);
              const dept = departmentName(d);
              const touchpoint = org.touchpoints[t] ?? '';
              const tpId = ids.touchpointIds[t] ?? -1;
              const cell = model.cells.find((c) => c.departmentId === idOf(d) && c.touchpointId === tpId);
              expect(cell?.stats, `${dept} × ${touchpoint}`).toBeNull();
              const row = rows.find((r) => r.department === dept && r.touchpoint === touchpoint);
              expect(row?.status).toBe('too few answers');
              for (const column of ['n', 'mean', 'sd', 'ci_low', 'ci_high', 'rwg', 'agreement', 'quadrant'])
                expect(row?.[column], `${column} of ${dept} × ${touchpoint} in the CSV`).toBe('');
              const points = model.importancePerformance.byDepartment.find(
                (x) => x.departmentId === idOf(d),
              )?.points;
              expect(points?.some((p) => p.touchpointId === tpId) ?? false).toBe(false);
              for (const div of model.divergences.filter((x) => x.touchpointId === tpId)) {
                expect(div.high.departmentId).not.toBe(idOf(d));
                expect(div.low.departmentId).not.toBe(idOf(d));
              }
              // the touchpoint view gives no mean next to the department; its own view no line
              const tpView = JSON.stringify(renderTouchpointMessage(model, tpId));
              expect(tpView).not.toMatch(new RegExp(`\\*\\d\\.\\d\\* ${TOKENS[d]}`));
              const deptView = JSON.stringify(renderDepartmentMessage(model, idOf(d)));
              expect(deptView).not.toContain(
                JSON.stringify(`${bold(touchpoint)}: ${name(dept)} `).slice(1, -1),
              );
            }
            // and every shown cell really has enough raters (counted in distinct people)
            for (const cell of model.cells) {
              if (cell.stats === null) continue;
              const d = ids.departmentIds.indexOf(cell.departmentId);
              const t = ids.touchpointIds.indexOf(cell.touchpointId);
              expect(truth.raters[d]?.[t] ?? 0).toBeGreaterThanOrEqual(spec.threshold);
            }
          } finally {
            ctx.cleanup();
          }
        }),
        { numRuns: RUNS },
      );
      // the attack had something to attack
      expect(hiddenSeen).toBeGreaterThan(RUNS / 2);
      expect(smallCellsSeen).toBeGreaterThan(0);
    },
    fuzzTimeout(120_000),
  );
});
