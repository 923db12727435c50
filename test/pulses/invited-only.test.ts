/**
 * Only the invited count: guests (in the workspace, never on the roster), bots, deactivated
 * accounts (also one deactivated after it was invited), people who opted out, and anyone the pulse
 * was not sent to (a stranger, someone on the roster from after it opened) cannot add an answer through any door (the DM or Home
 * button, or a crafted submission), so nobody can push a small department over the threshold with
 * answers of their own making, and participation cannot pass 100%.
 */
import type { ModalView } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, VIEWS } from '../../src/constants/slack-ids';
import { NOT_INVITED_TEXT } from '../../src/services/pulse-ui-service';
import { answerPulse, openPulseModal } from '../support/answer-pulse';
import { ADMIN } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { fillPulseModal, seedWorkspace } from '../support/workspace';

const GUESTS = ['UGUEST001', 'UGUEST002'];

describe('only the invited count', () => {
  let t: TestBot;
  let people: { id: string; department: string }[];
  let pulseId: number;
  let form: ModalView;

  beforeEach(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    people = seedWorkspace(t.fake, [{ name: 'Finance', usergroup: 'SFINANCE1', size: 2 }]);
    // two guests in Finance's user group: in the workspace, never on the roster
    t.fake.members.push(
      { id: 'UGUEST001', is_restricted: true },
      { id: 'UGUEST002', is_ultra_restricted: true },
    );
    const finance = t.fake.usergroups.find((g) => g.id === 'SFINANCE1');
    finance?.users.push(...GUESTS);
    t.bot.container.repos.departments.replaceActive(
      [{ name: 'Finance', usergroupId: 'SFINANCE1', profileValue: null }],
      new Date(),
    );
    await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
    pulseId = t.bot.container.pulses.current()?.id ?? 0;
    form = await openPulseModal(t, people[0]?.id ?? '', pulseId);
  });
  afterEach(() => t.stop());

  const stored = () => t.bot.container.repos.answers.countForPulse(pulseId);

  async function craftedSubmission(user: string): Promise<string> {
    const res = await t.client.viewSubmission(user, {
      callback_id: VIEWS.pulseAnswer,
      private_metadata: JSON.stringify({ pulseId }),
      values: fillPulseModal(form, { definition: 'Answers that are fast and kind' }),
    });
    expect(res.status).toBe(200);
    return JSON.stringify(res.json);
  }

  it('a guest pressing Answer is told why, and no modal opens', async () => {
    for (const guest of GUESTS) {
      const trigger = `trigger-${guest}`;
      // told under the message (a DM's button) or on their Home tab (Home's button)
      const told = () =>
        JSON.stringify([t.fake.homes.get(guest) ?? '', t.fake.responses]).split('would not be counted')
          .length;
      const before = told();
      await t.client.blockAction(
        guest,
        { action_id: ACTIONS.answerPulse, value: String(pulseId) },
        { trigger_id: trigger },
      );
      await t.fake.waitFor(() => told() > before);
      expect(t.fake.callsTo('views.open').some((c) => c.args.trigger_id === trigger)).toBe(false);
    }
    expect(t.bot.container.repos.people.bySlackId('UGUEST001')).toBeNull();
  });

  /** Presses Answer (a crafted block_actions for this pulse); true when a modal was opened for it. */
  async function pressAnswer(user: string): Promise<boolean> {
    const trigger = `trigger-crafted-${user}`;
    const told = () =>
      JSON.stringify([t.fake.homes.get(user) ?? '', t.fake.responses]).split('would not be counted').length;
    const before = told();
    const res = await t.client.blockAction(
      user,
      { action_id: ACTIONS.answerPulse, value: String(pulseId) },
      { trigger_id: trigger },
    );
    expect(res.status).toBe(200);
    await t.fake.waitFor(() => told() > before);
    return t.fake.callsTo('views.open').some((c) => c.args.trigger_id === trigger);
  }

  it('a bot, a deactivated account, one deactivated since its invitation, or one on the roster since the pulse opened stores nothing', async () => {
    const [, leaver] = people;
    if (!leaver) throw new Error('no people');
    // one invited Finance member leaves; one joins Finance after the pulse opened (never invited)
    const gone = t.fake.members.find((m) => m.id === leaver.id);
    if (gone) gone.deleted = true;
    t.fake.members.push({ id: 'U0LATE001', tz: 'Europe/London' });
    t.fake.usergroups.find((g) => g.id === 'SFINANCE1')?.users.push('U0LATE001');
    await t.bot.container.roster.refresh();
    expect(t.bot.container.repos.people.bySlackId(leaver.id)?.active).toBe(false);
    expect(t.bot.container.repos.people.bySlackId('U0LATE001')).toMatchObject({ active: true });

    for (const user of ['UBOTUSER1', 'USLACKBOT', 'UGONE0001', leaver.id, 'U0LATE001']) {
      expect(await pressAnswer(user), user).toBe(false);
      const reply = await craftedSubmission(user);
      expect(reply, user).toContain(JSON.stringify(NOT_INVITED_TEXT).slice(1, 40));
    }
    expect(stored()).toBe(0);
    for (const bot of ['UBOTUSER1', 'USLACKBOT', 'UGONE0001'])
      expect(t.bot.container.repos.people.bySlackId(bot)).toBeNull();
  });

  it('a crafted submission from a guest, a stranger or someone who opted out stores nothing', async () => {
    const [me, other] = people;
    if (!me || !other) throw new Error('no people');
    await answerPulse(t, me.id, { definition: 'Answer the phone within a minute' });
    expect(stored()).toBe(1);
    await t.client.blockAction(other.id, { action_id: ACTIONS.homeOptOut });
    await t.fake.waitFor((f) => JSON.stringify(f.homes.get(other.id) ?? '').includes('no more pulses'));
    for (const user of [...GUESTS, 'UNEVERMET', other.id]) {
      const reply = await craftedSubmission(user);
      expect(reply).toContain('"response_action":"update"');
      expect(reply).toContain(JSON.stringify(NOT_INVITED_TEXT).slice(1, 40));
    }
    expect(stored()).toBe(1);
    // participation is over the invited: never more answered than asked
    const counts = t.bot.container.reports.openCount();
    if (counts) expect(counts.answered).toBeLessThanOrEqual(counts.delivered);
    // the invited person can still change their answer
    await answerPulse(t, me.id, { definition: 'Call back the same day' });
    expect(stored()).toBe(1);
  });
});
