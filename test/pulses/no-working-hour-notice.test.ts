/**
 * A scheduled pulse whose window leaves someone no working hour (local time on) says so to the
 * admins, once: a manual pulse's reply says it to the admin who ran it, but a scheduled one has no
 * reply. Real bot over HTTP, a fake clock, the scheduler's own catch-up firing the slot.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';

describe('a scheduled pulse with people outside their working hours', () => {
  let t: TestBot;
  afterEach(() => t.stop());

  it('tells the admins once how many were invited at once, and nobody else', async () => {
    const now = new Date('2026-12-07T14:00:20Z'); // Monday: 15:00 Berlin, 23:00 Tokyo
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, undefined, {
      clock: () => now,
      worker: { idlePollMs: 20, backoffMs: 20 },
    });
    const people = seedWorkspace(t.fake, [
      { name: 'Berlin', usergroup: 'SGROUP001', size: 5 },
      { name: 'Tokyo', usergroup: 'SGROUP002', size: 5 },
    ]);
    const tokyo = new Set(people.filter((p) => p.department === 'Tokyo').map((p) => p.id));
    t.fake.members = t.fake.members.map((m) => ({
      ...m,
      tz: tokyo.has(m.id) ? 'Asia/Tokyo' : 'Europe/Berlin',
    }));
    // open 14:00 UTC for 4 hours: Tokyo's next working hour (09:00 Tuesday) is after the close
    t.bot.container.settings.update(
      {
        pulse_local_time: true,
        close_after_hours: 4,
        pulse_schedule: { enabled: true, cron: '0 14 * * 1', timezone: 'UTC', every_weeks: 1 },
      },
      ADMIN,
    );
    await t.bot.container.scheduler.catchUp();
    const pulse = t.bot.container.pulses.current();
    expect(pulse?.trigger).toBe('schedule');

    const notices = () => t.fake.messages.filter((m) => String(m.text ?? '').includes('no working hour'));
    await t.fake.waitFor(() => notices().length > 0, 5_000);
    await t.bot.container.scheduler.catchUp(); // the same slot again: no second pulse, no second notice
    await new Promise((r) => setTimeout(r, 200));
    expect(notices()).toHaveLength(1);
    const notice = notices()[0];
    expect(notice?.text).toContain(`Scheduled pulse #${pulse?.id}`);
    expect(notice?.text).toContain(`${tokyo.size} people have no working hour before it closes`);
    const told = t.fake.calls.find(
      (c) => c.method === 'chat.postMessage' && String(c.args.text).includes('no working hour'),
    );
    expect(told?.args.channel).toBe(ADMIN);
  });
});
