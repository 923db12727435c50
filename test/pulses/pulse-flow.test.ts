import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PULSE_DM_EVENT, VIEWS } from '../../src/constants/slack-ids';
import { answers } from '../../src/db/schema';
import { openPulseModal } from '../support/answer-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { fillPulseModal, seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';

describe('a pulse to a workspace of 3 departments × 6 people', () => {
  let t: TestBot;
  let people: { id: string; department: string }[];

  beforeEach(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    const deps = [
      { name: 'Sales', usergroup: 'SSALES001', size: 6 },
      { name: 'Marketing', usergroup: 'SMARKET01', size: 6 },
      { name: 'Product', usergroup: 'SPRODUCT1', size: 6 },
    ];
    people = seedWorkspace(t.fake, deps);
    // map the default departments to the user groups, as an admin would in settings
    const repo = t.bot.container.repos.departments;
    repo.replaceActive(
      deps.map((d) => ({ name: d.name, usergroupId: d.usergroup, profileValue: null })),
      new Date(),
    );
  });
  afterEach(() => t.stop());

  it('sends exactly 18 DMs, stores 18 answers with departments, and a resubmission leaves 18', async () => {
    const res = await t.client.command('pulse now', { user: ADMIN });
    expect(res.status).toBe(200);
    await t.fake.waitFor((f) => f.responses.length > 0);
    expect(JSON.stringify(t.fake.responses[0]?.body)).toContain('18 people');
    await t.fake.waitFor((f) => f.callsTo('chat.postMessage').length >= 18);
    await new Promise((r) => setTimeout(r, 200));
    const dms = t.fake.callsTo('chat.postMessage');
    expect(dms).toHaveLength(18);
    expect(new Set(dms.map((c) => c.args.channel))).toEqual(new Set(people.map((p) => p.id)));
    expect(dms.every((c) => (c.args.metadata as { event_type: string }).event_type === PULSE_DM_EVENT)).toBe(
      true,
    );
    for (const bad of ['UBOTUSER1', 'UGONE0001', 'USLACKBOT'])
      expect(dms.some((c) => c.args.channel === bad)).toBe(false);

    const pulseId = t.bot.container.pulses.current()?.id ?? 0;
    for (const [i, person] of people.entries()) {
      const view = await openPulseModal(t, person.id, pulseId);
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      expect(view.blocks.some((b) => b.block_id === 'dept')).toBe(false); // known from the user group
      const submit = await t.client.viewSubmission(person.id, {
        callback_id: VIEWS.pulseAnswer,
        private_metadata: view.private_metadata ?? '',
        values: fillPulseModal(view, {
          definition: `Answer calls fast, person ${i}`,
          rating: (k) => String((k % 5) + 1),
        }),
      });
      expect(submit.status).toBe(200);
      expect(submit.json?.response_action).toBe('update');
    }
    const db = t.bot.container.repos;
    const rows = db.answers.countForPulse(pulseId);
    expect(rows).toBe(18);
    const byDept = dbDepartments(t);
    expect(byDept).toEqual([
      { name: 'Marketing', n: 6 },
      { name: 'Product', n: 6 },
      { name: 'Sales', n: 6 },
    ]);

    // the same person submits again: replaced, still one answer
    const first = people[0];
    if (!first) throw new Error('no people');
    const again = await openPulseModal(t, first.id, pulseId);
    expect(JSON.stringify(again.blocks)).toContain('Answer calls fast, person 0'); // prefilled with their answer
    await t.client.viewSubmission(first.id, {
      callback_id: VIEWS.pulseAnswer,
      private_metadata: again.private_metadata ?? '',
      values: fillPulseModal(again, { definition: 'Changed my mind: a surprise gift' }),
    });
    expect(db.answers.countForPulse(pulseId)).toBe(18);
    // stored under a pseudonym, never the Slack id
    const respondents = t.bot.container.db.all<{ r: string }>(sql`select respondent as r from ${answers}`);
    for (const p of people) expect(respondents.some((row) => row.r.includes(p.id))).toBe(false);
  });

  it('two concurrent `pulse now`: one pulse opens, one DM each, the other admin is told it is open', async () => {
    const [a, b] = await Promise.all([
      t.client.command('pulse now', { user: ADMIN, responseId: 'first' }),
      t.client.command('pulse now', { user: ADMIN, responseId: 'second' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await t.fake.waitFor((f) => f.responses.length === 2);
    const texts = t.fake.responses.map((r) => JSON.stringify(r.body));
    expect(texts.filter((x) => x.includes('18 people'))).toHaveLength(1);
    expect(texts.filter((x) => x.includes('is still open'))).toHaveLength(1);
    expect(t.bot.container.repos.pulses.count()).toBe(1);
    await t.fake.waitFor((f) => f.callsTo('chat.postMessage').length >= 18);
    await new Promise((r) => setTimeout(r, 200));
    const dms = t.fake.callsTo('chat.postMessage').map((c) => c.args.channel);
    expect(dms).toHaveLength(18);
    expect(new Set(dms).size).toBe(18);
  });

  it('refuses a non-admin pulse politely and changes nothing', async () => {
    const res = await t.client.command('pulse now', { user: 'UNOBODY01' });
    expect(res.status).toBe(200);
    await t.fake.waitFor((f) => f.responses.length > 0);
    expect(String(t.fake.responses[0]?.body.text)).toContain('Only CX Align admins');
    expect(t.bot.container.pulses.current()).toBeNull();
  });
});

function dbDepartments(t: TestBot) {
  return t.bot.container.db.all<{ name: string; n: number }>(
    sql`select d.name as name, count(*) as n from ${answers} a join departments d on d.id = a.department_id group by d.name order by d.name`,
  );
}
