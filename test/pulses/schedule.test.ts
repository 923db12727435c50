import { afterEach, describe, expect, it } from 'vitest';
import { lastSlotBetween, pulseScheduleKey, slotOfScheduleKey } from '../../src/scheduler/scheduler';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const HOUR = 3_600_000;

describe('cron slots', () => {
  it('finds the last slot in a window, in the schedule’s time zone', () => {
    // Monday 2026-11-23 10:00 in New York is 15:00 UTC
    const slot = lastSlotBetween(
      '0 10 * * 1',
      'America/New_York',
      new Date('2026-11-22T00:00:00Z'),
      new Date('2026-11-24T12:00:00Z'),
    );
    expect(slot?.toISOString()).toBe('2026-11-23T15:00:00.000Z');
    expect(
      lastSlotBetween(
        '0 10 * * 1',
        'UTC',
        new Date('2026-11-24T00:00:00Z'),
        new Date('2026-11-24T12:00:00Z'),
      ),
    ).toBeNull();
    expect(pulseScheduleKey(new Date('2026-11-23T15:00:42Z'))).toBe('pulse:2026-11-23T15:00:00.000Z');
    expect(slotOfScheduleKey('pulse:2026-11-23T15:00:00.000Z')?.toISOString()).toBe(
      '2026-11-23T15:00:00.000Z',
    );
    expect(slotOfScheduleKey(null)).toBeNull();
    expect(slotOfScheduleKey('pulse:garbage')).toBeNull();
  });
});

describe('scheduled pulses, reminders and closing', () => {
  let t: TestBot;
  let now = new Date('2026-11-23T12:00:00Z'); // a Monday, two hours after a 10:00 UTC slot
  afterEach(() => t.stop());

  async function bot() {
    t = await startTestBot({}, undefined, { clock: () => now, worker: { idlePollMs: 20, backoffMs: 20 } });
    seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 3 }]);
    t.bot.container.settings.update(
      { pulse_schedule: { enabled: true, cron: '0 10 * * 1', timezone: 'UTC', every_weeks: 2 } },
      'UADMIN001',
    );
    return t;
  }

  it('catches up a slot missed while down, once, and a second catch-up or tick changes nothing', async () => {
    await bot();
    const { scheduler, pulses } = t.bot.container;
    await scheduler.catchUp();
    const first = pulses.current();
    expect(first?.trigger).toBe('catch-up');
    expect(first?.scheduleKey).toBe('pulse:2026-11-23T10:00:00.000Z');
    await scheduler.catchUp();
    expect(t.bot.container.repos.pulses.count()).toBe(1);
    await t.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 3);
  });

  it('does not catch up a slot whose answering window has passed', async () => {
    now = new Date('2026-11-27T12:00:00Z'); // Friday: the Monday slot + 72h is over
    await bot();
    await t.bot.container.scheduler.catchUp();
    expect(t.bot.container.repos.pulses.count()).toBe(0);
    now = new Date('2026-11-23T12:00:00Z');
  });

  it('honours every-other-week: the next Monday is skipped, the one after runs', async () => {
    await bot();
    const { scheduler, repos } = t.bot.container;
    await scheduler.catchUp();
    now = new Date('2026-11-30T10:30:00Z');
    await scheduler.catchUp();
    expect(repos.pulses.count()).toBe(1);
    now = new Date('2026-12-07T10:30:00Z');
    await scheduler.catchUp();
    expect(repos.pulses.count()).toBe(2);
    now = new Date('2026-11-23T12:00:00Z');
  });

  it('measures every-other-week from the slot: a catch-up 25 h late does not skip the next slot', async () => {
    now = new Date('2026-11-24T11:00:00Z'); // down through Monday 10:00, back on Tuesday 11:00
    await bot();
    const { scheduler, repos } = t.bot.container;
    await scheduler.catchUp();
    expect(repos.pulses.latestScheduled()?.scheduleKey).toBe('pulse:2026-11-23T10:00:00.000Z');
    expect(repos.pulses.latestScheduled()?.openedAt.toISOString()).toBe('2026-11-24T11:00:00.000Z');
    now = new Date('2026-11-30T10:30:00Z'); // one week on: skipped
    await scheduler.catchUp();
    expect(repos.pulses.count()).toBe(1);
    now = new Date('2026-12-07T10:30:00Z'); // two weeks after the slot (13 d 23 h after the catch-up)
    await scheduler.catchUp();
    expect(repos.pulses.count()).toBe(2);
    expect(repos.pulses.latestScheduled()?.scheduleKey).toBe('pulse:2026-12-07T10:00:00.000Z');
    now = new Date('2026-11-23T12:00:00Z');
  });

  it('reminds only those who have not answered, once, then closes and cancels what is unsent', async () => {
    await bot();
    const { pulses, repos, answers } = t.bot.container;
    const opened = await pulses.open({ trigger: 'manual', openedBy: 'UADMIN001' });
    const pulseId = opened?.pulse.id ?? 0;
    await t.fake.waitFor(() => pulses.deliveryCounts(pulseId).sent === 3);
    const answerer = 'U010000';
    const stored = answers.submit(answerer, pulseId, {
      departmentId: String(t.bot.container.org.departments()[0]?.id),
      definition: 'Quick, friendly answers',
      secondAnswer: null,
      comment: null,
      ratings: new Map(),
      priorities: [],
      unknownBlocks: [],
      hasDepartmentBlock: false,
    });
    expect(stored.kind).toBe('saved');
    now = new Date(now.getTime() + 25 * HOUR);
    pulses.housekeeping();
    pulses.housekeeping();
    await t.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 5);
    await new Promise((r) => setTimeout(r, 100));
    const reminders = t.fake.callsTo('chat.postMessage').slice(3);
    expect(reminders).toHaveLength(2);
    expect(reminders.map((c) => c.args.channel)).not.toContain(answerer);
    expect(JSON.stringify(reminders[0]?.args.blocks)).toContain('reminder');
    now = new Date(now.getTime() + 48 * HOUR);
    pulses.housekeeping();
    expect(repos.pulses.byId(pulseId)?.status).toBe('closed');
    now = new Date('2026-11-23T12:00:00Z');
  });

  it('refuses a second manual pulse while one is open, with a clear message', async () => {
    await bot();
    const { pulses } = t.bot.container;
    await pulses.open({ trigger: 'manual', openedBy: 'UADMIN001' });
    await expect(pulses.open({ trigger: 'manual', openedBy: 'UADMIN001' })).rejects.toThrow(/still open/);
  });

  it('a scheduled open during a manual one leaves one pulse open, and one DM each', async () => {
    await bot();
    const { pulses, scheduler, repos } = t.bot.container;
    const manual = pulses.open({ trigger: 'manual', openedBy: 'UADMIN001' }).catch((e: Error) => e);
    await scheduler.catchUp();
    await manual;
    expect(repos.pulses.listOpen()).toHaveLength(1);
    await t.fake.waitFor((f) => f.callsTo('chat.postMessage').length >= 3);
    await new Promise((r) => setTimeout(r, 100));
    const open = repos.pulses.listOpen()[0];
    expect(pulses.deliveryCounts(open?.id ?? 0).sent).toBe(3);
    expect(new Set(t.fake.callsTo('chat.postMessage').map((c) => c.args.channel)).size).toBe(3);
  });
});
