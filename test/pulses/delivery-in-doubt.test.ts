import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { dmsPerPerson, outboxDrained } from '../support/pulse-dms';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
const POST = 'chat.postMessage';

const FAULTS = [
  { name: 'HTTP 500', failure: { status: 500 as const } },
  { name: 'HTTP 503', failure: { status: 503 as const } },
  { name: 'fatal_error', failure: { error: 'fatal_error' } },
  { name: 'internal_error', failure: { error: 'internal_error' } },
];

describe('a send Slack answers with a fault after posting it is in doubt, never failed', () => {
  let t: TestBot | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  for (const fault of FAULTS) {
    it(`${fault.name} after the DM was posted: exactly one DM per person, nobody failed`, async () => {
      t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
      const fake = t.fake;
      const people = seedWorkspace(fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 10 }]);
      // every person's first send is posted by Slack and then answered with the fault
      fake.fail(POST, { ...fault.failure, afterHandling: true }, people.length);

      const res = await t.client.command('pulse now', { user: ADMIN });
      expect(res.status).toBe(200);
      await fake.waitFor(() => t?.bot.container.pulses.current() != null, 15_000);
      const pulseId = t.bot.container.pulses.current()?.id ?? -1;
      await outboxDrained(t, pulseId, 15_000);

      // each fault sent the worker to look for the DM before sending again
      const lookups = fake.calls.filter((c) => c.method === 'conversations.history').length;
      expect(lookups).toBeGreaterThanOrEqual(people.length);
      const perPerson = dmsPerPerson(fake, pulseId);
      expect(new Set(perPerson.keys())).toEqual(new Set(people.map((p) => p.id)));
      expect([...perPerson.values()].every((n) => n === 1)).toBe(true);
      const statuses = t.bot.container.db.all<{ status: string; n: number }>(
        sql`select status, count(*) as n from deliveries where pulse_id = ${pulseId} and kind = 'invite' group by status`,
      );
      expect(statuses).toEqual([{ status: 'sent', n: people.length }]);
    }, 30_000);
  }
});
