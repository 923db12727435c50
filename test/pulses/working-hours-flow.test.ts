import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { PULSE_DM_EVENT } from '../../src/constants/slack-ids';
import { DEFAULT_WORKING_HOURS, insideWorkingHours } from '../../src/util/working-hours';
import { wallClock } from '../../src/util/zoned-time';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
const HOUR = 3_600_000;
const ZONES = { NewYork: 'America/New_York', Berlin: 'Europe/Berlin', Tokyo: 'Asia/Tokyo' } as const;

describe('working hours, per person, over HTTP', () => {
  let t: TestBot;
  afterEach(() => t.stop());

  it('pulse now at 14:17 UTC on a Monday: New York and Berlin at once, Tokyo at 09:00 Tokyo the next weekday', async () => {
    let now = new Date('2026-12-07T14:17:00Z'); // Monday: 09:17 New York, 15:17 Berlin, 23:17 Tokyo
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, undefined, {
      clock: () => now,
      worker: { idlePollMs: 20, backoffMs: 20 },
    });
    const departments = Object.keys(ZONES).map((name, i) => ({ name, usergroup: `SGROUP00${i}`, size: 5 }));
    const people = seedWorkspace(t.fake, departments);
    const zoneOf = new Map(people.map((p) => [p.id, ZONES[p.department as keyof typeof ZONES]]));
    t.fake.members = t.fake.members.map((m) => (zoneOf.has(m.id) ? { ...m, tz: zoneOf.get(m.id) } : m));
    t.bot.container.settings.update(
      {
        pulse_local_time: true,
        pulse_schedule: { enabled: false, cron: '0 10 * * 1', timezone: 'UTC', every_weeks: 2 },
      },
      ADMIN,
    );

    expect((await t.client.command('pulse now', { user: ADMIN })).status).toBe(200);
    const dms = () =>
      t.fake.messages.filter((m) => (m.metadata as { event_type?: string })?.event_type === PULSE_DM_EVENT);
    const zoneOfDm = (channel: string) => zoneOf.get(`U${channel.slice(1)}`);
    const awake = people.filter((p) => p.department !== 'Tokyo').length;
    await t.fake.waitFor(() => dms().length >= awake, 10_000);
    // the worker has had its turns: nothing more is due before Tokyo's morning
    await new Promise((r) => setTimeout(r, 300));
    expect(dms().length).toBe(awake);
    expect(dms().every((m) => zoneOfDm(m.channel) !== ZONES.Tokyo)).toBe(true);

    const tokyoNotBefore = t.bot.container.db.all<{ at: number }>(
      sql`select distinct d.not_before as at from deliveries d join people p on p.id = d.person_id
          where d.kind = 'invite' and p.tz = ${ZONES.Tokyo}`,
    );
    expect(tokyoNotBefore.map((r) => new Date(r.at).toISOString())).toEqual(['2026-12-08T00:00:00.000Z']);
    expect(wallClock(new Date(tokyoNotBefore[0]?.at ?? 0), ZONES.Tokyo)).toMatchObject({
      day: 8,
      hour: 9,
      minute: 0,
    });

    now = new Date('2026-12-08T00:00:30Z');
    await t.fake.waitFor(() => dms().length >= people.length, 10_000);
    const perPerson = new Map<string, number>();
    for (const m of dms()) perPerson.set(m.channel, (perPerson.get(m.channel) ?? 0) + 1);
    expect(perPerson.size).toBe(people.length);
    expect([...perPerson.values()].every((n) => n === 1)).toBe(true);

    // the reminder (24 h after the open): in each person's own hours; one New Yorker on holiday waits a day
    const onHoliday = people.find((p) => p.department === 'NewYork')?.id ?? '';
    t.fake.members = t.fake.members.map((m) =>
      m.id === onHoliday ? { ...m, profile: { status_emoji: ':palm_tree:', status_text: 'Vacation' } } : m,
    );
    now = new Date('2026-12-08T14:17:00Z');
    await t.bot.container.pulses.housekeepingOffLoop();
    const reminders = t.bot.container.db.all<{ at: number; tz: string; user: string }>(
      sql`select d.not_before as at, p.tz as tz, p.slack_user_id as user from deliveries d
          join people p on p.id = d.person_id where d.kind = 'reminder'`,
    );
    expect(reminders).toHaveLength(people.length);
    const closesAt = t.bot.container.pulses.current()?.closesAt.getTime() ?? 0;
    for (const r of reminders) {
      expect(insideWorkingHours(new Date(r.at), r.tz, DEFAULT_WORKING_HOURS)).toBe(true);
      expect(r.at).toBeLessThan(closesAt - HOUR);
      expect(r.at).toBeGreaterThanOrEqual(now.getTime());
    }
    const at = (user: string) => new Date(reminders.find((r) => r.user === user)?.at ?? 0).toISOString();
    expect(at(onHoliday)).toBe('2026-12-09T14:00:00.000Z'); // 09:00 Wednesday in New York
    const tokyo = people.find((p) => p.department === 'Tokyo')?.id ?? '';
    expect(at(tokyo)).toBe('2026-12-09T00:00:00.000Z'); // 09:00 Wednesday in Tokyo
  });
});
