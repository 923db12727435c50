import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type CrashRig, eventually, useCrashHarness } from '../support/crash-harness';
import type { LostResponse } from '../support/fake-slack';
import { dmsPerPerson } from '../support/pulse-dms';
import { seedWorkspace } from '../support/workspace';

const POST = 'chat.postMessage';
const PEOPLE = 300;
const KILL_AFTER = 70;

type PulseMeta = { event_type?: string; event_payload?: { pulse_id?: number; delivery_id?: number } };

/** Pulse DMs of `pulseId` the stand-in has stored, per person (DM channel D… belongs to user U…). */
type DeliveryRow = { id: number; person: string; status: string; ts: string | null };

/** The pulse's invite rows, read from the bot's database file (WAL: fine while the bot runs). */
function readRows(rig: CrashRig, pulseId: number): DeliveryRow[] {
  return rig.readDb((db) =>
    db.all<DeliveryRow>(
      sql`select d.id as id, p.slack_user_id as person, d.status as status, d.message_ts as ts
          from deliveries d join people p on p.id = d.person_id
          where d.pulse_id = ${pulseId} and d.kind = 'invite'`,
    ),
  );
}

const deliveryIdOf = (l: LostResponse) => (l.call.args.metadata as PulseMeta).event_payload?.delivery_id;

describe('a pulse fan-out survives SIGKILL of the bot process', () => {
  const harness = useCrashHarness();

  it('after a kill with sends in flight, a restart settles them by their metadata: one DM each, nobody skipped', async () => {
    const rig = await harness.open();
    const { fake } = rig;
    const people = seedWorkspace(fake, [
      { name: 'Sales', usergroup: 'SSALES001', size: 100 },
      { name: 'Support', usergroup: 'SSUPPORT1', size: 100 },
      { name: 'Product', usergroup: 'SPRODUCT1', size: 100 },
    ]);
    // the fan-out takes a few seconds at 100 DMs a second; once KILL_AFTER have gone through (inside
    // the first second, so not against the limit) answers are held back: the sends that follow
    // reach Slack and stay unanswered until the kill
    fake.rateLimit(POST, 100, 1);
    let delivered = 0;
    let heldSends = 0;
    fake.onCall((call) => {
      if (call.method !== POST || call.status !== 200) return;
      delivered += 1;
      if (delivered === KILL_AFTER) fake.delayResponse(POST, 30_000);
      if (delivered >= KILL_AFTER) heldSends += 1;
    });

    const first = await rig.start('first run');
    await rig.pulseNow(first, PEOPLE);

    // some but not all sent, and several sends held at the stand-in
    await fake.waitFor(() => heldSends >= 2, 30_000);
    await fake.waitFor(() => heldSends >= 4, 2_000).catch(() => undefined); // all four lanes, usually
    const heldAtKill = fake.heldResponses;
    const sentAtKill = fake.messages.length;
    expect(await first.kill('SIGKILL')).toBe('SIGKILL');
    await fake.waitFor((f) => f.heldResponses === 0, 10_000);
    fake.delayResponse(POST, 0);

    const lost: LostResponse[] = fake.lostResponses.filter(
      (l) => l.call.method === POST && l.call.status === 200 && l.body.ok === true,
    );
    expect(lost.length).toBeGreaterThanOrEqual(2);
    expect(lost.length).toBeLessThanOrEqual(heldAtKill);
    expect(sentAtKill).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(sentAtKill).toBeLessThan(PEOPLE);
    const pulseId = (fake.messages[0]?.metadata as PulseMeta | undefined)?.event_payload?.pulse_id;
    if (pulseId === undefined) throw new Error('no pulse DM was stored');
    const historyBefore = fake.calls.filter((c) => c.method === 'conversations.history').length;
    // what the kill left in doubt: the held sends, and claimed rows whose send never started
    const inDoubt = readRows(rig, pulseId).filter((r) => r.status === 'in_flight');
    expect(inDoubt.length).toBeGreaterThan(lost.length);
    for (const l of lost) expect(inDoubt.some((r) => r.id === deliveryIdOf(l))).toBe(true);

    const second = await rig.start('second run');
    await fake
      .waitFor((f) => dmsPerPerson(f, pulseId).size >= PEOPLE, 45_000)
      .catch((error: unknown) => {
        throw new Error(`${String(error)}: ${dmsPerPerson(fake, pulseId).size} reached${second.context()}`);
      });
    // every row final (sent) means nothing more can be sent for this pulse
    await eventually(
      () => readRows(rig, pulseId).every((r) => r.status === 'sent'),
      20_000,
      `every row sent${second.context()}`,
      100,
    );
    await second.kill('SIGKILL');

    const perPerson = dmsPerPerson(fake, pulseId);
    expect(new Set(perPerson.keys())).toEqual(new Set(people.map((p) => p.id)));
    const twice = [...perPerson.entries()].filter(([, n]) => n !== 1);
    expect(twice).toEqual([]);

    const rows = readRows(rig, pulseId);
    expect(rows).toHaveLength(PEOPLE);
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    // each send whose answer the kill swallowed was settled by finding it, not sent again
    const settledAfterRestart = fake.calls.filter((c) => c.method === 'conversations.history').length;
    expect(settledAfterRestart).toBeGreaterThan(historyBefore);
    for (const l of lost) {
      const person = String(l.call.args.channel);
      expect(rows.find((r) => r.id === deliveryIdOf(l))).toMatchObject({
        person,
        status: 'sent',
        ts: l.body.ts,
      });
      const channels = new Set([person, `D${person.slice(1)}`]);
      const posts = fake.calls.filter((c) => c.method === POST && channels.has(String(c.args.channel)));
      expect(posts.filter((c) => c.status === 200)).toHaveLength(1);
    }
  }, 120_000);
});
