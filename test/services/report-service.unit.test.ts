/**
 * The report service with fake access, org and settings services and a fake Slack gateway, over a
 * REAL SQLite database (test/support/test-db.ts): the service takes the database itself, not a
 * repository, and reads its aggregates with SQL (report-loader → db/repositories/report), so there
 * is no repository to fake. The database is seeded through the real repositories.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnswerRepository } from '../../src/db/repositories/answer-repository';
import { createDepartmentRepository } from '../../src/db/repositories/department-repository';
import { createPulseRepository } from '../../src/db/repositories/pulse-repository';
import { createTouchpointRepository } from '../../src/db/repositories/touchpoint-repository';
import type { OrgService } from '../../src/services/org-service';
import { createReportService, LEADERS_ONLY } from '../../src/services/report-service';
import { DAY, fakeAccess, fakeGateway, fakeSettings, fixedClock, strictFake } from '../support/fakes';
import { freshDb } from '../support/test-db';

const NOW = new Date('2026-03-09T10:00:00Z');
const THRESHOLD = 3;
const LEADER = 'ULEADER01';
const EMPLOYEE = 'UEMPLOYEE';

describe('report service (unit, over SQLite)', () => {
  let fresh: ReturnType<typeof freshDb>;
  beforeEach(() => {
    fresh = freshDb();
  });
  afterEach(() => fresh.cleanup());

  /** A pulse with `perDepartment` answers from each named department; closed unless `open`. */
  function seedPulse(perDepartment: Record<string, number>, options: { open?: boolean; at: Date }): number {
    const departments = createDepartmentRepository(fresh.db);
    const touchpoints = createTouchpointRepository(fresh.db);
    const pulses = createPulseRepository(fresh.db);
    const answers = createAnswerRepository(fresh.db);
    if (departments.count() === 0) departments.insertMany(['Sales', 'Support', 'Legal']);
    if (touchpoints.count() === 0) touchpoints.insertMany(['Customer support', 'Website & app']);
    const asked = touchpoints.listActive();
    const pulse = pulses.create(
      {
        trigger: 'manual',
        openedBy: LEADER,
        openedAt: options.at,
        closesAt: new Date(options.at.getTime() + DAY),
        // the threshold its people answer under (the fake settings' one)
        anonymityThreshold: THRESHOLD,
      },
      asked.map((t) => ({ touchpointId: t.id, name: t.name })),
    );
    if (!pulse) throw new Error('pulse not created');
    let n = 0;
    for (const [name, count] of Object.entries(perDepartment)) {
      const department = departments.listActive().find((d) => d.name === name);
      for (let i = 0; i < count; i++, n++)
        answers.upsert(
          {
            pulseId: pulse.id,
            respondent: `respondent-${pulse.id}-${n}`,
            departmentId: department?.id ?? null,
            definition: `Answer quickly, number ${n}`,
            secondPrompt: null,
            secondAnswer: null,
            comment: null,
            ratings: asked.map((t, k) => ({ touchpointId: t.id, rating: 1 + ((n + k) % 5) })),
            priorities: [],
            themes: [],
            terms: [],
          },
          options.at,
        );
    }
    if (!options.open) pulses.close(pulse.id, new Date(options.at.getTime() + DAY));
    return pulse.id;
  }

  function reports() {
    const slack = fakeGateway();
    const departments = createDepartmentRepository(fresh.db);
    const service = createReportService({
      db: fresh.db,
      settings: fakeSettings({ anonymity_threshold: THRESHOLD }),
      access: fakeAccess({ leaders: [LEADER] }),
      org: strictFake<OrgService>('OrgService', { allDepartments: () => departments.listAll() }),
      gateway: slack.gateway,
      clock: fixedClock(NOW).now,
    });
    return { service, slack };
  }

  it('refuses every report to someone who is not a leader, and sends nothing', async () => {
    seedPulse({ Sales: 3, Support: 3 }, { at: new Date('2026-03-01T10:00:00Z') });
    const { service, slack } = reports();
    const asks = [
      () => service.report(EMPLOYEE),
      () => service.touchpoint(EMPLOYEE, 'support'),
      () => service.department(EMPLOYEE, 'sales'),
      () => service.trend(EMPLOYEE),
      () => service.export(EMPLOYEE),
    ];
    for (const ask of asks) await expect(ask()).rejects.toThrow(LEADERS_ONLY);
    expect(slack.calls).toEqual([]);
  });

  it('says there are no results yet before any pulse has closed', async () => {
    const { service } = reports();
    expect((await service.report(LEADER)).text).toContain('There are no pulse results yet');
  });

  it('names a department under the threshold without a figure, and one it does not know', async () => {
    seedPulse({ Sales: 3, Support: 3, Legal: THRESHOLD - 1 }, { at: new Date('2026-03-01T10:00:00Z') });
    const { service } = reports();
    expect((await service.department(LEADER, 'legal')).text).toBe(
      `*Legal* had fewer than ${THRESHOLD} respondents in the latest closed pulse, so it is not shown on its own: that keeps everyone’s answers anonymous.`,
    );
    expect((await service.department(LEADER, 'zzzz')).text).toContain('I know no department called “zzzz”.');
  });

  it('exports the latest closed pulse as CSV to the leader’s DM, never the pulse still open', async () => {
    const closed = seedPulse({ Sales: 3, Support: 3 }, { at: new Date('2026-03-01T10:00:00Z') });
    seedPulse({ Sales: 4, Support: 4 }, { open: true, at: new Date('2026-03-08T10:00:00Z') });
    const { service, slack } = reports();
    expect((await service.export(LEADER)).text).toContain('I sent the CSV to our DM.');
    expect(slack.callsTo('openDm')).toEqual([[LEADER]]);
    const [upload] = slack.callsTo('uploadFile');
    expect(upload?.[0]).toMatchObject({
      channel: `D${LEADER}`,
      filename: `cx-alignment-${NOW.toISOString().slice(0, 10)}.csv`,
    });
    expect(upload?.[0].initialComment).toContain(`(pulse #${closed})`);
    const csv = upload?.[0].content.toString('utf8') ?? '';
    expect(csv).toContain('Sales');
    expect(csv).not.toContain('Answer quickly');
    expect(csv).not.toContain('respondent-');
  });
});
