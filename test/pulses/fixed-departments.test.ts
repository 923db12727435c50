/**
 * Departments people cannot move between at will, over HTTP against the real app: a department
 * is fixed for a pulse once set (people invited under Sales who re-pick Finance still count as
 * Sales this pulse, so a small department cannot be pushed over the threshold), a change takes
 * effect from the next pulse; with "Require mapped departments" nobody picks and people without
 * a department are left out and told why; guests are asked only when an admin includes them.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS, BLOCK, VIEWS } from '../../src/constants/slack-ids';
import { NO_DEPARTMENT_TEXT } from '../../src/services/pulse-ui-service';
import { answerPulse, openPulseModal } from '../support/answer-pulse';
import { invitesOf } from '../support/invites';
import { ADMIN } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { fillPulseModal, seedWorkspace } from '../support/workspace';

let t: TestBot;
afterEach(() => t.stop());

const text = (view: ModalView) => JSON.stringify(view.blocks);
const block = (view: ModalView, id: string) => (view.blocks as KnownBlock[]).find((b) => b.block_id === id);
const optionOf = (view: ModalView, id: string, name: string) =>
  (
    block(view, id) as { element: { options: { text: { text: string }; value: string }[] } } | undefined
  )?.element.options.find((o) => o.text.text === name)?.value;

/** Answers per department name in a pulse, from the database the app wrote. */
function answersByDepartment(pulseId: number): Record<string, number> {
  const rows = t.bot.container.db.$client
    .prepare(
      'select d.name as name, count(*) as n from answers a join departments d on d.id = a.department_id where a.pulse_id = ? group by d.name',
    )
    .all(pulseId) as { name: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

/** Someone on the roster whose department is their own pick (from an earlier pulse). */
function selfPicked(userId: string, department: string): void {
  const { people, departments } = t.bot.container.repos;
  const person = people.ensure(userId, new Date());
  const id = departments.listActive().find((d) => d.name === department)?.id;
  if (!id) throw new Error(`no department ${department}`);
  people.setDepartment(person.id, id, 'self');
}

async function openPulse(): Promise<number> {
  await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
  return t.bot.container.pulses.current()?.id ?? 0;
}

describe('a department is fixed for the pulse once set', () => {
  it('people invited under Sales who re-pick Finance still count as Sales, and move from the next pulse', async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    const sales = ['U0SALES01', 'U0SALES02', 'U0SALES03', 'U0SALES04'];
    t.fake.members = [...sales, 'U0FINANC1'].map((id) => ({ id, tz: 'Europe/London' }));
    t.fake.usergroups = [];
    // no user group mapped: everyone picked their own department in an earlier pulse
    t.bot.container.repos.departments.replaceActive(
      [
        { name: 'Sales', usergroupId: null, profileValue: null },
        { name: 'Finance', usergroupId: null, profileValue: null },
      ],
      new Date(),
    );
    for (const id of sales) selfPicked(id, 'Sales');
    selfPicked('U0FINANC1', 'Finance');
    const pulseId = await openPulse();
    await answerPulse(t, 'U0FINANC1', { definition: 'Invoices that are right first time' });

    for (const id of sales) {
      const view = await openPulseModal(t, id, pulseId);
      // no pick for this pulse: it says where the answer counts, and offers the next pulse
      expect(block(view, BLOCK.department)).toBeUndefined();
      expect(text(view)).toContain('Your answer to this pulse counts in *Sales*');
      expect(text(view)).toContain('takes effect from the next pulse');
      const finance = optionOf(view, BLOCK.nextDepartment, 'Finance');
      if (!finance) throw new Error('no Finance option for the next pulse');
      const values = fillPulseModal(view, { definition: 'A quote the same day' });
      values[BLOCK.nextDepartment] = {
        value: { type: 'static_select', selected_option: { value: finance } },
      };
      // crafted: a department for this pulse, which the form did not offer
      values[BLOCK.department] = { value: { type: 'static_select', selected_option: { value: finance } } };
      const res = await t.client.viewSubmission(id, {
        callback_id: VIEWS.pulseAnswer,
        private_metadata: view.private_metadata ?? '',
        values,
      });
      const reply = JSON.stringify(res.json);
      expect(reply).toContain('Your answer is saved');
      expect(reply).toContain('It counts in *Sales*');
      expect(reply).toContain('From the next pulse on, you are counted in *Finance*');
    }
    // Finance stays at one answer, under any threshold; the four count in Sales
    expect(answersByDepartment(pulseId)).toEqual({ Sales: 4, Finance: 1 });
    const finance = t.bot.container.repos.departments.listActive().find((d) => d.name === 'Finance');
    for (const id of sales)
      expect(t.bot.container.repos.people.bySlackId(id)).toMatchObject({
        departmentId: finance?.id,
        departmentSource: 'self',
      });
    // changing the answer later still counts in Sales
    const again = await openPulseModal(t, sales[0] ?? '', pulseId);
    expect(text(again)).toContain('counts in *Sales*');
    await answerPulse(t, sales[0] ?? '', { definition: 'A quote within the hour' });
    expect(answersByDepartment(pulseId)).toEqual({ Sales: 4, Finance: 1 });
  });
});

describe('"Require mapped departments"', () => {
  it('offers no picker, leaves out people with no department, and pulse now says how many', async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    const people = seedWorkspace(t.fake, [{ name: 'Finance', usergroup: 'SFINANCE1', size: 2 }]);
    t.fake.members.push({ id: 'U0NODEPT1', tz: 'Europe/London' }, { id: 'U0PICKED1', tz: 'Europe/London' });
    t.bot.container.repos.departments.replaceActive(
      [
        { name: 'Finance', usergroupId: 'SFINANCE1', profileValue: null },
        { name: 'Sales', usergroupId: null, profileValue: null },
      ],
      new Date(),
    );
    selfPicked('U0PICKED1', 'Sales');
    t.bot.container.settings.update({ require_mapped_departments: true }, ADMIN);

    const res = await t.client.command('pulse now', { user: ADMIN, responseId: 'pulse-now' });
    expect(res.status).toBe(200);
    await t.fake.waitFor((f) => JSON.stringify(f.responses).includes('Pulse #'));
    const said = JSON.stringify(t.fake.responses);
    expect(said).toContain('2 people were left out for having no department');
    const pulseId = t.bot.container.pulses.current()?.id ?? 0;
    // Finance (2) is under the threshold, so the reply numbers nobody; the outbox holds the two invited
    expect(invitesOf(t.bot.container.db, pulseId)).toBe(2);

    const view = await openPulseModal(t, people[0]?.id ?? '', pulseId);
    expect(block(view, BLOCK.department)).toBeUndefined();
    expect(block(view, BLOCK.nextDepartment)).toBeUndefined();
    expect(text(view)).toContain('counts in *Finance*');

    // the two left out are told why, by the button and by a crafted submission
    for (const user of ['U0NODEPT1', 'U0PICKED1']) {
      const trigger = `trigger-${user}`;
      const told = () =>
        JSON.stringify([t.fake.homes.get(user) ?? '', t.fake.responses]).split('Ask a CX Align admin to set')
          .length;
      const before = told();
      await t.client.blockAction(
        user,
        { action_id: ACTIONS.answerPulse, value: String(pulseId) },
        { trigger_id: trigger },
      );
      await t.fake.waitFor(() => told() > before);
      expect(t.fake.callsTo('views.open').some((c) => c.args.trigger_id === trigger)).toBe(false);
      const crafted = await t.client.viewSubmission(user, {
        callback_id: VIEWS.pulseAnswer,
        private_metadata: JSON.stringify({ pulseId }),
        values: fillPulseModal(view, { definition: 'Answers that are fast and kind' }),
      });
      expect(JSON.stringify(crafted.json)).toContain(JSON.stringify(NO_DEPARTMENT_TEXT).slice(1, 60));
    }
    expect(t.bot.container.repos.answers.countForPulse(pulseId)).toBe(0);
  });
});

describe('"Include guests"', () => {
  it('asks guests and counts their answers only when an admin includes them', async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    seedWorkspace(t.fake, [{ name: 'Finance', usergroup: 'SFINANCE1', size: 2 }]);
    t.fake.members.push(
      { id: 'UGUEST001', is_restricted: true },
      { id: 'UGUEST002', is_ultra_restricted: true },
    );
    t.fake.usergroups[0]?.users.push('UGUEST001', 'UGUEST002');
    t.bot.container.repos.departments.replaceActive(
      [{ name: 'Finance', usergroupId: 'SFINANCE1', profileValue: null }],
      new Date(),
    );
    t.bot.container.settings.update({ include_guests: true }, ADMIN);
    const pulseId = await openPulse();
    for (const guest of ['UGUEST001', 'UGUEST002'])
      await answerPulse(t, guest, { definition: 'Clear answers from the first reply' });
    expect(answersByDepartment(pulseId)).toEqual({ Finance: 2 });
  });
});
