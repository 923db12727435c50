import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_ACTION, FOLLOW_UP_BLOCKS, FOLLOW_UP_VIEW } from '../../src/constants/slack-ids';
import { ADMIN, LEADER, PLANTED, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';

/** A channel the bot is in (real Slack ids are upper-case letters and digits). */
const CHANNEL = 'CFOLLOW01';

type Block = { type: string; elements?: { action_id?: string; value?: string }[] };
type View = {
  private_metadata?: string;
  blocks?: { block_id?: string; element?: Record<string, unknown> }[];
};

describe('a divergence becomes a follow-up, over HTTP with the fake Slack', () => {
  let t: TestBot;
  let owner = '';
  let n = 0;
  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    t.fake.channels.add(CHANNEL);
    const { people } = await runPlantedPulse(t);
    owner = people.find((p) => p.department === 'Marketing')?.id ?? '';
  });
  afterAll(() => t.stop());

  /** The leader's report, and the "Follow up" button on the planted divergence. */
  async function followUpButton(): Promise<{ action_id: string; value: string }> {
    const id = `fu${n++}`;
    await t.client.command('', { user: LEADER, responseId: id });
    await t.fake.waitFor((f) => f.responses.some((r) => r.path.endsWith(`/${id}`)), 15_000);
    const body = t.fake.responses.find((r) => r.path.endsWith(`/${id}`))?.body ?? {};
    const blocks = (body.blocks ?? []) as Block[];
    const buttons = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
    const tp = t.bot.container.reports.latest()?.divergences.find((d) => d.touchpoint === PLANTED);
    const button = buttons.find((b) => b.value?.endsWith(`:${tp?.touchpointId}`));
    expect(button?.action_id).toBeDefined();
    return { action_id: button?.action_id ?? '', value: button?.value ?? '' };
  }

  /** A view submission with a fixed view id, as Slack sends it again on a retry. */
  function submit(viewId: string, metadata: string, values: Record<string, Record<string, unknown>>) {
    return t.client.interaction({
      type: 'view_submission',
      team: { id: 'T_FAKE', domain: 'fake' },
      user: { id: LEADER, username: 'leader', team_id: 'T_FAKE' },
      api_app_id: 'A_CXALIGN',
      token: 'deprecated-verification-token',
      trigger_id: `trigger.${viewId}`,
      view: {
        id: viewId,
        type: 'modal',
        callback_id: FOLLOW_UP_VIEW,
        private_metadata: metadata,
        state: { values },
        hash: 'h',
      },
      response_urls: [],
    });
  }

  it('a leader presses Follow up, fills the modal, and the owner is DMed and the channel sees it, once', async () => {
    const button = await followUpButton();
    const opened = t.fake.callsTo('views.open').length;
    const press = await t.client.blockAction(LEADER, button);
    expect(press.status).toBe(200);
    await t.fake.waitFor((f) => f.callsTo('views.open').length > opened, 5000);
    const view = t.fake.callsTo('views.open').at(-1)?.args.view as View;
    const departments = view.blocks?.find((b) => b.block_id === FOLLOW_UP_BLOCKS.departments)?.element;
    const initial = (departments?.initial_options ?? []) as { value: string; text: { text: string } }[];
    expect(initial.map((o) => o.text.text).sort()).toEqual(['Customer Service', 'Sales']);
    expect(JSON.stringify(view)).not.toContain('Executive');

    const values = {
      [FOLLOW_UP_BLOCKS.owner]: { [FOLLOW_UP_ACTION]: { type: 'users_select', selected_user: owner } },
      [FOLLOW_UP_BLOCKS.departments]: {
        [FOLLOW_UP_ACTION]: { type: 'multi_static_select', selected_options: initial },
      },
      [FOLLOW_UP_BLOCKS.nextStep]: {
        [FOLLOW_UP_ACTION]: { type: 'plain_text_input', value: 'Round-table on what a good sales call is' },
      },
      [FOLLOW_UP_BLOCKS.dueDate]: { [FOLLOW_UP_ACTION]: { type: 'datepicker', selected_date: '2099-01-15' } },
      [FOLLOW_UP_BLOCKS.channel]: {
        [FOLLOW_UP_ACTION]: { type: 'conversations_select', selected_conversation: CHANNEL },
      },
    };
    const posts = t.fake.callsTo('chat.postMessage').length;
    const saved = await submit('VFOLLOWUP1', view.private_metadata ?? '', values);
    expect(saved.status).toBe(200);
    expect(saved.ms).toBeLessThan(3000);
    expect(JSON.stringify(saved.json)).toContain('Follow-up #1 is saved');
    await t.fake.waitFor((f) => f.callsTo('chat.postMessage').length >= posts + 2, 5000);
    const sent = t.fake.callsTo('chat.postMessage').slice(posts);
    expect(sent.map((c) => c.args.channel).sort()).toEqual([CHANNEL, owner].sort());
    expect(JSON.stringify(sent)).toContain('Round-table on what a good sales call is');
    expect(JSON.stringify(sent)).toContain(PLANTED);

    // Slack retries the same submission (or the leader's client replays it after a crash)
    const again = await submit('VFOLLOWUP1', view.private_metadata ?? '', values);
    expect(again.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.fake.callsTo('chat.postMessage').length).toBe(posts + 2);
    const rows = t.bot.container.repos.followUps.all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ownerId: owner, status: 'open', createdBy: LEADER, significant: true });
    expect(rows[0]?.announcedAt).not.toBeNull();
    expect(t.bot.container.repos.followUps.audit(rows[0]?.id ?? 0).map((a) => a.what)).toEqual(['created']);
  });

  it('`/cx-alignment followups` lists it for leaders and refuses anyone else', async () => {
    const list = async (user: string) => {
      const id = `list${n++}`;
      await t.client.command('followups', { user, responseId: id });
      await t.fake.waitFor((f) => f.responses.some((r) => r.path.endsWith(`/${id}`)), 5000);
      return t.fake.responses.find((r) => r.path.endsWith(`/${id}`))?.body ?? {};
    };
    const leader = await list(LEADER);
    expect(leader.response_type).toBe('ephemeral');
    expect(JSON.stringify(leader)).toContain('#1 *Sales conversations*, Sales vs Customer Service');
    expect(JSON.stringify(leader)).toContain('Round-table on what a good sales call is');
    expect(String((await list('U010000')).text)).toContain('Follow-ups are for CX Align leaders');
  });

  it('missing values come back inline and save nothing', async () => {
    const button = await followUpButton();
    const res = await submit(
      'VFOLLOWUP2',
      JSON.stringify({
        pulseId: Number(button.value.split(':')[0]),
        touchpointId: Number(button.value.split(':')[1]),
      }),
      {},
    );
    const errors = (res.json as { errors?: Record<string, string> }).errors ?? {};
    expect(Object.keys(errors).sort()).toEqual(
      [
        FOLLOW_UP_BLOCKS.owner,
        FOLLOW_UP_BLOCKS.departments,
        FOLLOW_UP_BLOCKS.nextStep,
        FOLLOW_UP_BLOCKS.dueDate,
      ].sort(),
    );
    expect(t.bot.container.repos.followUps.all()).toHaveLength(1);
  });

  it('a non-leader pressing Follow up gets a polite refusal and no modal', async () => {
    const button = await followUpButton();
    const opened = t.fake.callsTo('views.open').length;
    const before = t.fake.responses.length;
    await t.client.blockAction('U010000', button);
    await t.fake.waitFor((f) => f.responses.length > before, 5000);
    const reply = t.fake.responses.at(-1)?.body ?? {};
    expect(reply.response_type).toBe('ephemeral');
    expect(String(reply.text)).toContain('Follow-ups are for CX Align leaders');
    expect(String(reply.text)).not.toMatch(/Error|at \//);
    expect(t.fake.callsTo('views.open').length).toBe(opened);
  });
});
