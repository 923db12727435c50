import { afterEach, describe, expect, it } from 'vitest';
import { DIGEST_EVENT } from '../../src/constants/slack-ids';
import { createScheduleSlotRepository } from '../../src/db/repositories/schedule-slot-repository';
import { createLogger } from '../../src/logging/logger';
import { lastSlotBetween } from '../../src/scheduler/cron-slots';
import { createSlotRunner } from '../../src/scheduler/slot-runner';
import { FakeSlack } from '../support/fake-slack';
import { ADMIN, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { freshDb } from '../support/test-db';
import { seedWorkspace } from '../support/workspace';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const BERLIN_SUNDAY = '30 2 * * 0';

describe('cron slots across DST', () => {
  it('a local time the spring change skips fires at the first valid instant after it', () => {
    // Sunday 2027-03-28, Europe/Berlin: 02:00 CET jumps to 03:00 CEST (01:00 UTC)
    const slot = lastSlotBetween(
      BERLIN_SUNDAY,
      'Europe/Berlin',
      new Date('2027-03-27T12:00:00Z'),
      new Date('2027-03-28T12:00:00Z'),
    );
    expect(slot?.toISOString()).toBe('2027-03-28T01:00:00.000Z');
    // New York, Sunday 2027-03-14: 02:00 EST jumps to 03:00 EDT (07:00 UTC)
    const ny = lastSlotBetween(
      BERLIN_SUNDAY,
      'America/New_York',
      new Date('2027-03-13T12:00:00Z'),
      new Date('2027-03-14T12:00:00Z'),
    );
    expect(ny?.toISOString()).toBe('2027-03-14T07:00:00.000Z');
  });

  it('a local time the autumn change repeats fires at its first occurrence only', () => {
    // Sunday 2026-10-25, Europe/Berlin: 02:30 happens at 00:30 UTC (CEST) and at 01:30 UTC (CET)
    const day = [new Date('2026-10-24T12:00:00Z'), new Date('2026-10-25T12:00:00Z')] as const;
    expect(lastSlotBetween(BERLIN_SUNDAY, 'Europe/Berlin', ...day)?.toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(
      lastSlotBetween(BERLIN_SUNDAY, 'Europe/Berlin', new Date('2026-10-25T00:30:00Z'), day[1]),
    ).toBeNull();
  });

  it('a runner ticking every minute through the autumn night fires once, from the database', async () => {
    const { db, cleanup } = freshDb();
    try {
      let now = new Date('2026-10-24T23:00:00Z');
      const fired: string[] = [];
      const job = {
        name: 'probe',
        cron: BERLIN_SUNDAY,
        timezone: 'Europe/Berlin',
        windowMs: 3 * 60 * MINUTE,
        fire: async (slot: Date) => {
          fired.push(slot.toISOString());
        },
      };
      const logger = createLogger({ level: 'error', sink: () => undefined });
      const slots = createScheduleSlotRepository(db);
      // a restart every hour: a new runner (no memory) over the same database
      for (let hour = 0; hour < 4; hour++) {
        const runner = createSlotRunner({ slots, logger, clock: () => now });
        for (let m = 0; m < 60; m++) {
          await runner.tick([job]);
          now = new Date(now.getTime() + MINUTE);
        }
      }
      expect(fired).toEqual(['2026-10-25T00:30:00.000Z']);
      expect(slots.lastSlot('probe')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    } finally {
      cleanup();
    }
  });
});

describe('the pulse schedule from its last fired slot', () => {
  let t: TestBot | undefined;
  let now = new Date('2026-11-23T10:00:00Z');
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  async function bot(schedule: { cron: string; timezone: string }) {
    t = await startTestBot({}, undefined, { clock: () => now, worker: { idlePollMs: 20, backoffMs: 20 } });
    seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 3 }]);
    t.bot.container.settings.update(
      { pulse_schedule: { enabled: true, ...schedule, every_weeks: 1 } },
      'UADMIN001',
    );
    return t.bot.container;
  }

  it('back 20 s after a slot: the slot opens its pulse, on time, and the next minute does not repeat it', async () => {
    now = new Date('2026-11-23T10:00:20Z');
    const { scheduler, repos } = await bot({ cron: '0 10 * * 1', timezone: 'UTC' });
    await scheduler.catchUp();
    expect(repos.pulses.latestScheduled()?.scheduleKey).toBe('pulse:2026-11-23T10:00:00.000Z');
    expect(repos.pulses.latestScheduled()?.trigger).toBe('schedule');
    expect(repos.scheduleSlots.lastSlot('pulse')?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
    now = new Date('2026-11-23T10:01:00Z');
    await scheduler.catchUp();
    expect(repos.pulses.count()).toBe(1);
  });

  it('an event-loop stall of 2 s across the slot: the next minute fires it, once', async () => {
    now = new Date('2026-11-23T09:59:59Z');
    const { scheduler, repos } = await bot({ cron: '0 10 * * 1', timezone: 'UTC' });
    await scheduler.catchUp();
    expect(repos.pulses.count()).toBe(0);
    // the 10:00 tick never ran (the loop was blocked from 09:59:59 to 10:00:01); the 10:01 one runs
    now = new Date('2026-11-23T10:01:00.400Z');
    await Promise.all([scheduler.catchUp(), scheduler.catchUp()]);
    now = new Date('2026-11-23T10:02:00Z');
    await scheduler.catchUp();
    expect(repos.pulses.count()).toBe(1);
    expect(repos.pulses.latestScheduled()?.scheduleKey).toBe('pulse:2026-11-23T10:00:00.000Z');
  });

  it('02:30 Europe/Berlin on the spring DST Sunday opens one pulse, at 03:00 local', async () => {
    now = new Date('2027-03-28T00:59:00Z');
    const { scheduler, repos } = await bot({ cron: BERLIN_SUNDAY, timezone: 'Europe/Berlin' });
    await scheduler.catchUp();
    expect(repos.pulses.count()).toBe(0);
    now = new Date('2027-03-28T01:00:03Z');
    await scheduler.catchUp();
    now = new Date('2027-03-28T01:01:00Z');
    await scheduler.catchUp();
    expect(repos.pulses.count()).toBe(1);
    expect(repos.pulses.latestScheduled()?.scheduleKey).toBe('pulse:2027-03-28T01:00:00.000Z');
  });

  it('an admin changing the schedule does not fire a slot that passed before the change', async () => {
    now = new Date('2026-11-23T11:00:00Z');
    const { scheduler, repos, settings } = await bot({ cron: '0 9 * * 1', timezone: 'UTC' });
    scheduler.reload();
    settings.update(
      { pulse_schedule: { enabled: true, cron: '0 10 * * 1', timezone: 'UTC', every_weeks: 1 } },
      'UADMIN001',
    );
    scheduler.reload();
    await scheduler.catchUp();
    expect(repos.pulses.count()).toBe(0);
    now = new Date('2026-11-30T10:00:05Z');
    await scheduler.catchUp();
    expect(repos.pulses.latestScheduled()?.scheduleKey).toBe('pulse:2026-11-30T10:00:00.000Z');
  });
});

describe('the weekly digest from its last fired slot', () => {
  const CHANNEL = 'C0DIGEST1';
  let fake: FakeSlack;
  let t: TestBot | undefined;
  afterEach(async () => {
    await t?.stop();
    await fake.stop();
  });
  const digestPosts = () =>
    fake.messages.filter(
      (m) => (m.metadata as { event_type?: string } | undefined)?.event_type === DIGEST_EVENT,
    );

  it('a Friday 09:00 digest missed while the app was down goes out when it is back that day, once', async () => {
    fake = await new FakeSlack().start();
    fake.channels.add(CHANNEL);
    let now = new Date('2026-11-23T12:00:00Z');
    const options = { clock: () => now, worker: { idlePollMs: 20, backoffMs: 20 } };
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, fake, options);
    await runPlantedPulse(t);
    t.bot.container.settings.update(
      {
        digest_channels: [CHANNEL],
        digest_schedule: { enabled: true, cron: '0 9 * * 5', timezone: 'UTC' },
      },
      ADMIN,
    );
    const posted = digestPosts().length;
    const dbPath = t.config.databasePath;
    await t.bot.stop();
    // down from Monday to Friday 14:00, five hours after the digest's minute
    now = new Date('2026-11-27T14:00:00Z');
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN, DATABASE_PATH: dbPath }, fake, options);
    await t.bot.container.scheduler.catchUp();
    await fake.waitFor(() => digestPosts().length === posted + 1);
    expect(t.bot.container.repos.scheduleSlots.lastSlot('digest')?.toISOString()).toBe(
      '2026-11-27T09:00:00.000Z',
    );
    now = new Date('2026-11-27T14:01:00Z');
    await t.bot.container.scheduler.catchUp();
    expect(digestPosts()).toHaveLength(posted + 1);
  });
});
