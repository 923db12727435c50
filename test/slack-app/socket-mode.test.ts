import type { ModalView } from '@slack/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, COMMAND, VIEWS } from '../../src/constants/slack-ids';
import type { FakeSocketMode } from '../support/fake-socket-mode';
import { eventCallback, slashCommandFields } from '../support/signed-client';
import { startTestBot, type TestBot } from '../support/test-bot';
import { fillPulseModal, seedWorkspace } from '../support/workspace';

const APP_TOKEN = 'xapp-1-A0CXALIGN1-1234567890-socketmodetesttoken';
const ADMIN = 'UADMIN001';

/** A slash command as Slack puts it in a `slash_commands` envelope: the HTTP form fields, as JSON. */
function slashCommand(t: TestBot, text: string, user: string) {
  return slashCommandFields(text, {
    user,
    command: COMMAND,
    responseUrl: t.fake.responseUrl(`socket-${user}`),
  });
}

const interactionBase = (user: string) => ({
  team: { id: 'T_FAKE', domain: 'fake' },
  user: { id: user, username: user.toLowerCase(), team_id: 'T_FAKE' },
  api_app_id: 'A_CXALIGN',
  token: 'deprecated-verification-token',
});

/** Resolves as `promise` does, or rejects with `message` after `ms`. */
async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** `/cx-alignment help` over the socket; resolves with the ack and how long it took. */
async function helpOverSocket(t: TestBot, socket: FakeSocketMode, user: string) {
  const started = performance.now();
  const { envelopeId, acked } = socket.send('slash_commands', slashCommand(t, 'help', user));
  const ack = await acked;
  return { ack, envelopeId, ms: performance.now() - started };
}

/**
 * The real bot in Socket Mode (SLACK_APP_TOKEN set) against the fake Slack: apps.connections.open
 * hands out a WebSocket on the fake, which greets with hello and pushes envelopes. The cases run in
 * order on one bot: connect, a command, an event, an interaction, a server-requested reconnect, stop.
 */
describe('Socket Mode end to end against the fake Slack', () => {
  let t: TestBot;
  let socket: FakeSocketMode;
  let stopped = false;
  let startMs = 0;
  let baseline: string[] = [];

  beforeAll(async () => {
    baseline = process.getActiveResourcesInfo();
    const started = performance.now();
    t = await startTestBot({ SLACK_APP_TOKEN: APP_TOKEN, CX_ALIGN_ADMINS: ADMIN });
    startMs = performance.now() - started;
    socket = t.fake.socketMode;
  });
  afterAll(async () => {
    if (!stopped) await t?.stop();
  });

  it('connects with the app token: apps.connections.open, then the hello handshake', async () => {
    expect(t.bot.mode).toBe('socket');
    expect(t.config.slack.mode).toBe('socket');
    // startBot resolved, so the client saw hello (Bolt's start waits for it)
    expect(t.fake.callsTo('apps.connections.open')).toHaveLength(1);
    expect(socket.connections).toHaveLength(1);
    expect(socket.connections[0]?.open).toBe(true);
    expect(socket.refused).toBe(0);
    expect(startMs).toBeLessThan(5000);
    // the bot token was checked first, over the Web API as in HTTP mode
    expect(t.fake.callsTo('auth.test').length).toBeGreaterThan(0);
  });

  it('acks `/cx-alignment help` in a slash_commands envelope within 3 s, with the ephemeral help in the ack', async () => {
    const { ack, envelopeId, ms } = await helpOverSocket(t, socket, 'ULEADER01');
    expect(ms).toBeLessThan(3000);
    expect(ack.envelope_id).toBe(envelopeId);
    expect(ack.connection).toBe(1);
    expect(ack.payload?.response_type).toBe('ephemeral');
    expect(String(ack.payload?.text)).toContain('/cx-alignment trend');
    expect(JSON.stringify(ack.payload?.blocks)).toContain('export');
    // help is answered in the ack itself: nothing goes to the response_url
    await new Promise((r) => setTimeout(r, 100));
    expect(t.fake.responses.filter((r) => r.path.includes('socket-ULEADER01'))).toHaveLength(0);
    // the ack is the only time each envelope is answered
    expect(socket.acks.filter((a) => a.envelope_id === envelopeId)).toHaveLength(1);
  });

  it('acks an app_home_opened events_api envelope and publishes the Home tab', async () => {
    const before = t.fake.callsTo('views.publish').length;
    const { envelopeId, acked } = socket.send(
      'events_api',
      eventCallback({
        type: 'app_home_opened',
        user: ADMIN,
        channel: 'D0HOME',
        tab: 'home',
        event_ts: '1.0',
      }),
    );
    const ack = await acked;
    expect(ack.envelope_id).toBe(envelopeId);
    await t.fake.waitFor((f) => f.callsTo('views.publish').length > before, 3000);
    const publish = t.fake.callsTo('views.publish').at(-1);
    expect(publish?.args.user_id).toBe(ADMIN);
    expect((publish?.args.view as { type?: string } | undefined)?.type).toBe('home');
    // an admin's Home tab carries the settings button
    expect(JSON.stringify(t.fake.homes.get(ADMIN))).toContain(ACTIONS.homeOpenSettings);
  });

  it('handles interactive envelopes: the pulse DM "Answer" button opens the modal, the submission is stored', async () => {
    const [person] = seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 2 }]);
    if (!person) throw new Error('no people');
    const opened = await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
    const pulseId = opened?.pulse.id ?? 0;
    expect(pulseId).toBeGreaterThan(0);
    // the pulse DM itself goes out over the Web API, as in HTTP mode
    await t.fake.waitFor((f) => f.messages.some((m) => m.channel === `D${person.id.slice(1)}`), 5000);
    const dm = t.fake.messages.find((m) => m.channel === `D${person.id.slice(1)}`);

    const trigger = `trigger-socket-${Math.random().toString(36).slice(2)}`;
    const click = socket.send('interactive', {
      type: 'block_actions',
      ...interactionBase(person.id),
      trigger_id: trigger,
      container: { type: 'message', message_ts: dm?.ts, channel_id: dm?.channel, is_ephemeral: false },
      channel: { id: dm?.channel, name: 'directmessage' },
      response_url: t.fake.responseUrl('socket-action'),
      actions: [
        {
          type: 'button',
          block_id: 'b',
          action_id: ACTIONS.answerPulse,
          value: String(pulseId),
          action_ts: String(Date.now() / 1000),
        },
      ],
    });
    const clickAck = await click.acked;
    expect(clickAck.envelope_id).toBe(click.envelopeId);
    // a button is acked empty; its answer is the modal, opened with the 3-second trigger
    expect(clickAck.payload ?? {}).toEqual({});
    await t.fake.waitFor((f) => f.callsTo('views.open').some((c) => c.args.trigger_id === trigger), 3000);
    const view = t.fake.callsTo('views.open').find((c) => c.args.trigger_id === trigger)?.args
      .view as ModalView;
    expect(view.callback_id).toBe(VIEWS.pulseAnswer);

    const submit = socket.send('interactive', {
      type: 'view_submission',
      ...interactionBase(person.id),
      trigger_id: `trigger.${Date.now()}`,
      view: {
        id: 'VSOCKET01',
        type: 'modal',
        callback_id: VIEWS.pulseAnswer,
        private_metadata: view.private_metadata ?? '',
        state: { values: fillPulseModal(view, { definition: 'Answered over Socket Mode' }) },
        hash: 'h',
        team_id: 'T_FAKE',
        app_id: 'A_CXALIGN',
        bot_id: 'B_BOT',
      },
      response_urls: [],
    });
    const submitAck = await submit.acked;
    expect(submitAck.envelope_id).toBe(submit.envelopeId);
    // the modal's answer travels in the ack payload, as in the HTTP response body
    expect(submitAck.payload?.response_action).toBe('update');
    expect(t.bot.container.answers.current(person.id, pulseId)?.definition).toBe('Answered over Socket Mode');
    expect(t.bot.container.repos.answers.countForPulse(pulseId)).toBe(1);

    // a button no listener knows (from an older version of the app) is still acked, empty
    const stale = socket.send('interactive', {
      type: 'block_actions',
      ...interactionBase(person.id),
      trigger_id: `trigger.${Date.now()}`,
      actions: [{ type: 'button', block_id: 'b', action_id: 'cx_retired_button', action_ts: '1.0' }],
    });
    const staleAck = await stale.acked;
    expect(staleAck.envelope_id).toBe(stale.envelopeId);
    expect(staleAck.payload ?? {}).toEqual({});
  });

  it('reconnects when Slack sends disconnect (refresh_requested), and keeps answering', async () => {
    const opens = t.fake.callsTo('apps.connections.open').length;
    const first = socket.disconnect('refresh_requested');
    // the client closes the old connection itself, with a normal close
    await first.endedAt;
    expect(first.clientCloseCode).toBe(1000);
    // then asks for a new URL and connects again (the SDK waits clientPingTimeout, 5 s, first)
    const second = await socket.waitForConnections(2, 9000);
    expect(t.fake.callsTo('apps.connections.open')).toHaveLength(opens + 1);
    expect(second.id).toBe(2);
    const { ack, ms } = await helpOverSocket(t, socket, 'ULEADER02');
    expect(ms).toBeLessThan(3000);
    expect(ack.connection).toBe(2);
    expect(ack.payload?.response_type).toBe('ephemeral');
    expect(String(ack.payload?.text)).toContain('/cx-alignment trend');
  }, 15_000);

  it('stops cleanly: a normal close, no socket or timer left behind, no reconnect', async () => {
    const live = socket.current;
    if (!live) throw new Error('no live connection');
    const opens = t.fake.callsTo('apps.connections.open').length;
    const started = performance.now();
    await t.bot.stop();
    await within(live.endedAt, 2000, 'the socket is still open 2 s after stop');
    const closeMs = performance.now() - started;
    expect(live.clientCloseCode).toBe(1000);
    expect(socket.connections.every((c) => c.ended)).toBe(true);
    expect(closeMs).toBeLessThan(2000);
    // every envelope pushed along the way was acked exactly once
    expect(socket.sent).toHaveLength(6);
    expect(socket.acks.map((a) => a.envelope_id).sort()).toEqual([...socket.sent].sort());
    stopped = true;
    await t.stop();
    // nothing left in the process: no TCP socket or server, and no timer (a reconnect would be one)
    const leftover = () => {
      const now = process.getActiveResourcesInfo();
      const timers =
        now.filter((r) => r === 'Timeout').length - baseline.filter((r) => r === 'Timeout').length;
      return [...now.filter((r) => r.startsWith('TCP')), ...(timers > 0 ? [`${timers} Timeout`] : [])];
    };
    const until = Date.now() + 2000;
    while (leftover().length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(leftover()).toEqual([]);
    expect(t.fake.callsTo('apps.connections.open')).toHaveLength(opens);
    // nothing of the app's logged at warn or above along the whole way (LOG_LEVEL is warn)
    expect(t.config.logLevel).toBe('warn');
    expect(t.logs).toEqual([]);
  });
});
