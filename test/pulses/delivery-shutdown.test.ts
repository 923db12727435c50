import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PULSE_DM_EVENT } from '../../src/constants/slack-ids';
import { COMPILED_MAIN } from '../support/bot-process';
import { type CrashBot, type CrashRig, eventually, useCrashHarness } from '../support/crash-harness';
import type { FakeSlack } from '../support/fake-slack';
import { seedWorkspace } from '../support/workspace';

const POST = 'chat.postMessage';
const PEOPLE = 300;
const SIGNAL_AFTER = 60;
/** The compiled app, started as `npm start` and the systemd unit start it. */
const COMPILED = { args: ['--enable-source-maps', COMPILED_MAIN, 'start'], env: { LOG_LEVEL: 'info' } };

type PulseMeta = { event_type?: string; event_payload?: { pulse_id?: number } };

/** Pulse DMs the stand-in has stored, per person (DM channel D… belongs to user U…). */
function dmsPerPerson(fake: FakeSlack): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of fake.messages) {
    if ((m.metadata as PulseMeta | undefined)?.event_type !== PULSE_DM_EVENT) continue;
    const person = `U${m.channel.slice(1)}`;
    out.set(person, (out.get(person) ?? 0) + 1);
  }
  return out;
}

/** How many invite rows are in each status. */
function statuses(rig: CrashRig): Record<string, number> {
  const rows = rig.readDb((db) =>
    db.all<{ status: string; n: number }>(
      sql`select status, count(*) as n from deliveries where kind = 'invite' group by status`,
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** A 300-person workspace, sends limited to 100/s, and a pulse opened by the first bot. */
async function fanOutStarted(rig: CrashRig): Promise<{ bot: CrashBot; people: string[] }> {
  const people = seedWorkspace(rig.fake, [
    { name: 'Sales', usergroup: 'SSALES001', size: 100 },
    { name: 'Support', usergroup: 'SSUPPORT1', size: 100 },
    { name: 'Product', usergroup: 'SPRODUCT1', size: 100 },
  ]).map((p) => p.id);
  rig.fake.rateLimit(POST, 100, 1);
  const bot = await rig.start('first run', COMPILED);
  await rig.pulseNow(bot, PEOPLE);
  return { bot, people };
}

/** SIGTERM, then the exit and how long it took. */
async function terminate(bot: CrashBot): Promise<{ how: string; ms: number }> {
  const started = Date.now();
  const how = await bot.kill('SIGTERM');
  return { how, ms: Date.now() - started };
}

/** A second start of the compiled app finishes the fan-out: everybody DMed exactly once. */
async function restartFinishes(rig: CrashRig, people: string[]): Promise<void> {
  rig.fake.delayResponse(POST, 0);
  const second = await rig.start('second run', COMPILED);
  await eventually(() => statuses(rig).sent === PEOPLE, 45_000, `every invite sent${second.context()}`, 100);
  expect(await terminate(second)).toMatchObject({ how: 'exit 0' });
  const perPerson = dmsPerPerson(rig.fake);
  expect(new Set(perPerson.keys())).toEqual(new Set(people));
  expect([...perPerson.entries()].filter(([, n]) => n !== 1)).toEqual([]);
}

describe('SIGTERM during a fan-out (the compiled app)', () => {
  const harness = useCrashHarness();

  it('lets the sends in flight finish, exits 0 within 10 s, and a restart DMs everybody once', async () => {
    const rig = await harness.open();
    const { bot, people } = await fanOutStarted(rig);
    await rig.fake.waitFor((f) => f.callsTo(POST).length >= SIGNAL_AFTER, 30_000);

    const { how, ms } = await terminate(bot);
    expect(how, bot.context()).toBe('exit 0');
    expect(ms).toBeLessThan(10_000);
    const out = bot.output();
    for (const step of [
      'SIGTERM received: stopping',
      'shutdown: scheduler and periodic checks stopped',
      'shutdown: delivery worker claims nothing more',
      'shutdown: receiver closed',
      'shutdown: sends in flight finished',
      'shutdown: database closed',
      'stopped cleanly: exiting (code 0)',
    ])
      expect(out, bot.context()).toContain(step);
    const after = statuses(rig);
    expect(after.sent ?? 0).toBeGreaterThanOrEqual(SIGNAL_AFTER);
    expect(after.sent ?? 0).toBeLessThan(PEOPLE);
    // nothing was cut off mid-send, and nothing counted as failed
    expect(after.in_flight ?? 0).toBe(0);
    expect(after.failed ?? 0).toBe(0);

    await restartFinishes(rig, people);
  }, 120_000);

  it('with sends held past the grace, exits 0 within 10 s leaving them in doubt, not failed; a restart finds them', async () => {
    const rig = await harness.open();
    const { bot, people } = await fanOutStarted(rig);
    await rig.fake.waitFor((f) => f.callsTo(POST).length >= SIGNAL_AFTER, 30_000);
    // from here Slack stores each DM but holds its answer for longer than the stop waits
    rig.fake.delayResponse(POST, 30_000);
    await rig.fake.waitFor((f) => f.heldResponses >= 2, 30_000);

    const { how, ms } = await terminate(bot);
    expect(how, bot.context()).toBe('exit 0');
    expect(ms).toBeLessThan(10_000);
    expect(bot.output()).toMatch(/shutdown: \d+ sends still in flight after \d+ ms are left in doubt/);
    expect(bot.output()).toContain('shutdown: database closed');
    const after = statuses(rig);
    expect(after.in_flight ?? 0).toBeGreaterThanOrEqual(2);
    expect(after.failed ?? 0).toBe(0);
    await rig.fake.waitFor((f) => f.heldResponses === 0, 10_000);
    // the held DMs reached Slack: the restart must find them rather than send them again
    expect(rig.fake.lostResponses.filter((l) => l.call.method === POST).length).toBeGreaterThanOrEqual(2);

    await restartFinishes(rig, people);
  }, 120_000);

  it('a second SIGTERM while stopping exits at once with 143', async () => {
    const rig = await harness.open();
    const { bot } = await fanOutStarted(rig);
    await rig.fake.waitFor((f) => f.callsTo(POST).length >= SIGNAL_AFTER, 30_000);
    rig.fake.delayResponse(POST, 30_000);
    await rig.fake.waitFor((f) => f.heldResponses >= 1, 10_000);

    bot.child.kill('SIGTERM');
    await eventually(() => bot.output().includes('SIGTERM received: stopping'), 5_000, 'the first stop');
    const started = Date.now();
    expect(await bot.kill('SIGTERM'), bot.context()).toBe('exit 143');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(bot.output()).toContain('SIGTERM again: exiting now (code 143)');
    expect(statuses(rig).failed ?? 0).toBe(0);
  }, 60_000);
});
