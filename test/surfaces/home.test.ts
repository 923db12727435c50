import type { ModalView } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, VIEWS } from '../../src/constants/slack-ids';
import { startTestBot, type TestBot } from '../support/test-bot';
import { fillPulseModal, seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
const LEADER = 'ULEADER01';

describe('App Home', () => {
  let t: TestBot;
  let people: { id: string }[];
  beforeEach(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    people = seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 3 }]);
    t.bot.container.settings.update({ leaders: { users: [LEADER], usergroup: null } }, ADMIN);
  });
  afterEach(() => t.stop());

  async function home(user: string) {
    const before = t.fake.callsTo('views.publish').filter((c) => c.args.user_id === user).length;
    const res = await t.client.event({
      type: 'app_home_opened',
      user,
      channel: 'D0HOME',
      tab: 'home',
      event_ts: '1.0',
    });
    expect(res.status).toBe(200);
    await t.fake.waitFor(
      (f) => f.callsTo('views.publish').filter((c) => c.args.user_id === user).length > before,
    );
    return JSON.stringify(t.fake.homes.get(user));
  }

  async function answer(user: string, definition: string) {
    const pulseId = t.bot.container.pulses.current()?.id ?? 0;
    const trigger = `t-${user}-${Math.random()}`;
    await t.client.blockAction(
      user,
      { action_id: ACTIONS.homeAnswerPulse, value: String(pulseId) },
      { trigger_id: trigger },
    );
    await t.fake.waitFor((f) => f.callsTo('views.open').some((c) => c.args.trigger_id === trigger));
    const view = t.fake.callsTo('views.open').find((c) => c.args.trigger_id === trigger)?.args
      .view as ModalView;
    const res = await t.client.viewSubmission(user, {
      callback_id: VIEWS.pulseAnswer,
      private_metadata: view.private_metadata ?? '',
      values: fillPulseModal(view, { definition }),
    });
    expect(res.json?.response_action).toBe('update');
  }

  it('shows an employee the open pulse, their own answers and the data buttons; no dashboard, no settings', async () => {
    await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
    const [me] = people;
    if (!me) throw new Error('no people');
    let view = await home(me.id);
    expect(view).toContain('A pulse is open');
    expect(view).toContain(ACTIONS.homeDeleteData);
    expect(view).not.toContain(ACTIONS.homeOpenSettings);
    expect(view).not.toContain(ACTIONS.homeOpenReport);
    await answer(me.id, 'Reply within the hour <!channel> & be kind');
    view = await home(me.id);
    expect(view).toContain('You answered the open pulse');
    expect(view).toContain('Reply within the hour &lt;!channel&gt; &amp; be kind');
    expect(view).not.toContain('<!channel>');
  });

  it('shows an admin the settings button', async () => {
    const view = await home(ADMIN);
    expect(view).toContain(ACTIONS.homeOpenSettings);
  });

  it('"Delete my data" deletes exactly that person’s answers and says so', async () => {
    await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
    const [me, other] = people;
    if (!me || !other) throw new Error('no people');
    await answer(me.id, 'Fast answers');
    await answer(other.id, 'Friendly answers');
    const pulseId = t.bot.container.pulses.current()?.id ?? 0;
    expect(t.bot.container.repos.answers.countForPulse(pulseId)).toBe(2);
    await t.client.blockAction(me.id, { action_id: ACTIONS.homeDeleteData });
    await t.fake.waitFor((f) => String(JSON.stringify(f.homes.get(me.id))).includes('Deleted 1 answer'));
    expect(t.bot.container.repos.answers.countForPulse(pulseId)).toBe(1);
    expect(t.bot.container.answers.current(other.id, pulseId)?.definition).toBe('Friendly answers');
    expect(t.bot.container.answers.current(me.id, pulseId)).toBeUndefined();
  });

  it('opting out cancels an unsent pulse DM and stops the next ones', async () => {
    const [me] = people;
    if (!me) throw new Error('no people');
    await t.client.blockAction(me.id, { action_id: ACTIONS.homeOptOut });
    await t.fake.waitFor((f) => String(JSON.stringify(f.homes.get(me.id))).includes('no more pulses'));
    await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
    await t.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 2);
    await new Promise((r) => setTimeout(r, 150));
    expect(t.fake.callsTo('chat.postMessage').map((c) => c.args.channel)).not.toContain(me.id);
  });
});
