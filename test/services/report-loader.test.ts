/**
 * What the report loader gives Slack: the latest closed pulse (its trend over closed pulses only),
 * never an open pulse asked for by id, and of an open pulse only its participation under the
 * report's threshold rule. The CLI's selectors keep reading open pulses.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildOpenPulseProgress } from '../../src/analytics/report/index';
import { seedOrganisation } from '../../src/db/repositories/seed-repository';
import { generateOrganisation, type SyntheticOrganisation } from '../../src/demo/generate-organisation';
import { loadOpenPulseProgress, loadReport } from '../../src/services/report-loader';
import { freshDb } from '../support/test-db';

const THRESHOLD = 5;

describe('the report loader, with three pulses of which the newest is open', () => {
  let ctx: ReturnType<typeof freshDb>;
  let org: SyntheticOrganisation;
  let pulseIds: number[];
  let departmentIds: number[];
  beforeEach(() => {
    ctx = freshDb();
    org = generateOrganisation({ seed: 3, respondents: 120, pulses: 3 });
    ({ pulseIds, departmentIds } = seedOrganisation(ctx.db, org));
  });
  afterEach(() => ctx.cleanup());

  const [first, second, open] = [0, 1, 2];

  it('{ latestClosed: true } is the newest closed pulse, its trend closed pulses only', () => {
    const model = loadReport(ctx.db, { latestClosed: true }, THRESHOLD);
    expect(model?.window.pulseIds).toEqual([pulseIds[second]]);
    expect(model?.window.open).toBe(false);
    expect(model?.trend.map((p) => p.pulseId)).toEqual([pulseIds[first], pulseIds[second]]);
  });

  it('an open pulse older than the newest closed one is left out of the trend too', () => {
    ctx.db.$client
      .prepare("update pulses set status = 'open', closed_at = null where id = ?")
      .run(pulseIds[first]);
    const model = loadReport(ctx.db, { latestClosed: true }, THRESHOLD);
    expect(model?.trend.map((p) => p.pulseId)).toEqual([pulseIds[second]]);
  });

  it('closedOnly: an open pulse asked for by id gives no report; a closed one does', () => {
    expect(loadReport(ctx.db, { pulseId: pulseIds[open] ?? 0 }, THRESHOLD, { closedOnly: true })).toBeNull();
    expect(
      loadReport(ctx.db, { pulseId: pulseIds[second] ?? 0 }, THRESHOLD, { closedOnly: true })?.window
        .pulseIds,
    ).toEqual([pulseIds[second]]);
  });

  it('the CLI selectors still read the open pulse', () => {
    expect(loadReport(ctx.db, { last: 1 }, THRESHOLD)?.window).toMatchObject({
      pulseIds: [pulseIds[open]],
      open: true,
    });
    expect(loadReport(ctx.db, { pulseId: pulseIds[open] ?? 0 }, THRESHOLD)?.window.open).toBe(true);
  });

  it('no closed pulse yet: { latestClosed: true } gives null', () => {
    ctx.db.$client.prepare("update pulses set status = 'open', closed_at = null").run();
    expect(loadReport(ctx.db, { latestClosed: true }, THRESHOLD)).toBeNull();
  });

  it('the open pulse’s progress counts only departments at or above the threshold', () => {
    const pulse = org.pulses[open];
    if (pulse === undefined) throw new Error('no open pulse');
    const answers = new Map<number, number>();
    for (const a of pulse.answers) answers.set(a.department, (answers.get(a.department) ?? 0) + 1);
    const sent = new Map<number, number>();
    for (const d of pulse.deliveries)
      if (d.status === 'sent') {
        const dept = org.people[d.person]?.department ?? -1;
        sent.set(dept, (sent.get(dept) ?? 0) + 1);
      }
    const shown = [...answers.keys()].filter((d) => (answers.get(d) ?? 0) >= THRESHOLD);
    expect(shown.length).toBeLessThan(org.departments.length); // some department is left out
    const progress = loadOpenPulseProgress(ctx.db, THRESHOLD);
    expect(progress).toMatchObject({
      pulseId: pulseIds[open],
      closesAt: pulse.closesAt,
      threshold: THRESHOLD,
      departmentsShown: shown.length,
      answered: shown.reduce((acc, d) => acc + (answers.get(d) ?? 0), 0),
      delivered: shown.reduce((acc, d) => acc + (sent.get(d) ?? 0), 0),
    });
    expect(departmentIds.length).toBe(org.departments.length);
  });

  it('no open pulse: no progress', () => {
    ctx.db.$client.prepare("update pulses set status = 'closed', closed_at = closes_at").run();
    expect(loadOpenPulseProgress(ctx.db, THRESHOLD)).toBeNull();
  });
});

describe('buildOpenPulseProgress', () => {
  const input = {
    pulse: { id: 7, openedAt: 0, closesAt: 1_000 },
    departments: [
      { id: 1, name: 'Sales' },
      { id: 2, name: 'Executive' },
    ],
    respondents: [
      { departmentId: 1, respondents: 6, answers: 6 },
      { departmentId: 2, respondents: 2, answers: 2 },
    ],
    participation: [
      { departmentId: 1, delivered: 8, failed: 0, answered: 6 },
      { departmentId: 2, delivered: 3, failed: 1, answered: 2 },
    ],
  };

  it('sums answers and invitations over the departments at or above the threshold only', () => {
    expect(buildOpenPulseProgress(input, 5)).toEqual({
      pulseId: 7,
      openedAt: 0,
      closesAt: 1_000,
      threshold: 5,
      departmentsShown: 1,
      answered: 6,
      delivered: 8,
      responseRate: 0.75,
    });
    expect(buildOpenPulseProgress(input, 7)).toMatchObject({
      departmentsShown: 0,
      answered: 0,
      delivered: 0,
    });
  });

  it('refuses a threshold below the minimum, as the report does', () => {
    expect(() => buildOpenPulseProgress(input, 2)).toThrow(RangeError);
  });
});
