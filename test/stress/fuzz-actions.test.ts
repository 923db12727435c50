/**
 * block_actions payloads with random action ids and values (huge, non-numeric, negative, 2^53),
 * random user ids, several actions at once and optional fields missing, through the real app over
 * signed HTTP: always acked with 200 within 3 seconds, no crash, no error shown, nothing stored
 * (only "stop/receive pulses" may record that person's choice), and the bot keeps answering.
 */
import type { ModalView } from '@slack/types';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, VIEWS } from '../../src/constants/slack-ids';
import { errorLogsSince, expectCleanReply, seedReportData, slackLimitProblems } from '../support/fuzz/bot';
import { ANSWER_TABLES, PULSE_TABLES, SETTINGS_TABLES, tableState, writes } from '../support/fuzz/db-state';
import { hostileText } from '../support/fuzz/hostile';
import { fuzzTimeout, runs } from '../support/fuzz/scale';
import { startTestBot, type TestBot } from '../support/test-bot';

const ADMIN = 'UADMIN001';
const LEADER = 'ULEADER01';
/** HTTP round trips; most also make the app call fake Slack (views.open, views.publish, respond). */
const RUNS = runs(300);

const KNOWN_ACTIONS = Object.values(ACTIONS);
const OPTIONAL_FIELDS = ['trigger_id', 'response_url', 'team', 'api_app_id', 'token', 'container', 'channel'];
const OPTIONAL_ACTION_FIELDS = ['value', 'block_id', 'action_ts', 'type'];

const actionId = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KNOWN_ACTIONS) },
  { weight: 2, arbitrary: hostileText(40, 300) },
  // near misses of real ids, and the id of a modal that has no listener
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...KNOWN_ACTIONS, VIEWS.deleteData)
      .chain((id) => fc.constantFrom(`${id} `, id.toUpperCase(), `${id}_v2`, id.slice(0, -1), id)),
  },
);

/** Button values: pulse ids of every wrong kind, and hostile text. `PULSE` becomes the open pulse's id. */
const buttonValue = fc.option(
  fc.oneof(
    fc.constantFrom('PULSE', 'PULSE', '0', '-1', '1.5', '2147483648', String(2 ** 31), String(2 ** 53)),
    fc.constantFrom('9007199254740993', '1e3', '0x10', ' 1', 'abc', '', 'NaN', 'Infinity', '-0', '１'),
    fc.integer().map(String),
    hostileText(30, 2500),
  ),
  { nil: undefined },
);

const userId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('U0FUZZ001', 'U0FUZZ002', 'W0FUZZ003', LEADER, ADMIN) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', 'u0lower', 'B0BOT', 'U', `U${'A'.repeat(300)}`, 'U0FUZZ001\n'),
  },
);

const action = fc.record({
  action_id: actionId,
  value: buttonValue,
  block_id: fc.oneof(fc.constant('b'), hostileText(10, 300)),
  action_ts: fc.constant('1700000000.000001'),
  type: fc.constantFrom('button', 'static_select', 'overflow', 'weird'),
});

const payload = fc.record({
  user: userId,
  actions: fc.array(action, { minLength: 1, maxLength: 3 }),
  drop: fc.subarray(OPTIONAL_FIELDS),
  dropInAction: fc.subarray(OPTIONAL_ACTION_FIELDS),
  extraUserFields: fc.boolean(),
});

describe('block_actions with random action ids, values and users, through the real app', () => {
  let t: TestBot;
  let pulseId: number;
  let n = 0;
  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    seedReportData(t);
    t.bot.container.settings.update({ leaders: { users: [LEADER], usergroup: null } }, ADMIN);
    pulseId = t.bot.container.pulses.current()?.id ?? 0;
    // the fuzz's members were sent the open pulse (only the invited may answer), so its answer
    // button opens the modal for them
    const { people, deliveries } = t.bot.container.repos;
    const now = new Date();
    for (const id of ['U0FUZZ001', 'U0FUZZ002', 'W0FUZZ003']) {
      const person = people.ensure(id, now);
      deliveries.enqueue(
        [{ pulseId, personId: person.id, kind: 'invite', departmentId: null, notBefore: now }],
        now,
      );
      const invite = deliveries.inviteFor(pulseId, person.id);
      if (invite) deliveries.markSent(invite.id, `D${id}`, '1700000000.000001', now);
    }
  });
  afterAll(() => t.stop());

  const db = () => t.bot.container.db;
  /** What must never change: answers (rows and ids), settings, the org, the pulses. */
  const guarded = () => ({
    answers: writes(db(), []).rows,
    answerRows: Object.fromEntries(
      ANSWER_TABLES.map((table) => [
        table,
        db().$client.prepare(`select count(*) || ':' || total(rowid) from ${table}`).pluck().get(),
      ]),
    ),
    rest: tableState(db(), [...SETTINGS_TABLES, ...PULSE_TABLES]),
  });

  it(
    `acks every payload with 200 within 3 s and stores nothing (${RUNS} signed requests)`,
    async () => {
      const initial = guarded();
      const peopleBefore = new Set(
        db().$client.prepare('select slack_user_id from people').pluck().all() as string[],
      );
      const optUsers = new Set<string>();
      const logs = t.logs.length;
      await fc.assert(
        fc.asyncProperty(payload, async (p) => {
          const id = `a${n++}`;
          const body: Record<string, unknown> = {
            type: 'block_actions',
            team: { id: 'T_FAKE', domain: 'fake' },
            user: { id: p.user, ...(p.extraUserFields ? { username: 'x', team_id: 'T_FAKE' } : {}) },
            api_app_id: 'A_CXALIGN',
            token: 'deprecated-verification-token',
            trigger_id: `trigger-fuzz-${id}`,
            response_url: `${t.fake.url}/respond/${id}`,
            container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'D0FUZZ001' },
            channel: { id: 'D0FUZZ001', name: 'directmessage' },
            actions: p.actions.map((a) => {
              const out: Record<string, unknown> = {
                ...a,
                value: a.value === 'PULSE' ? String(pulseId) : a.value,
              };
              for (const field of p.dropInAction) delete out[field];
              return out;
            }),
          };
          for (const field of p.drop) delete body[field];
          if (p.actions.some((a) => a.action_id === ACTIONS.homeOptOut || a.action_id === ACTIONS.homeOptIn))
            optUsers.add(p.user);
          const res = await t.client.interaction(body);
          expect(res.status).toBe(200);
          expect(res.ms).toBeLessThan(3000);
          expect(guarded()).toEqual(initial);
        }),
        { numRuns: RUNS },
      );
      // let the last handlers finish their calls to Slack
      await new Promise((r) => setTimeout(r, 300));
      expect(guarded()).toEqual(initial);
      // new people rows only for someone who asked to stop or receive pulses (a valid member id)
      const added = (
        db().$client.prepare('select slack_user_id from people').pluck().all() as string[]
      ).filter((u) => !peopleBefore.has(u));
      for (const u of added) {
        expect(optUsers.has(u)).toBe(true);
        expect(u).toMatch(/^[UW][A-Z0-9]+$/);
      }
      // everything said to anyone is a clear message
      for (const r of t.fake.responses) {
        expectCleanReply(r.body);
        expect(slackLimitProblems(r.body)).toEqual([]);
      }
      for (const home of t.fake.homes.values()) expectCleanReply(home);
      for (const call of t.fake.callsTo('views.open'))
        expectCleanReply(call.args.view, { mentions: 'allowed' });
      expect(errorLogsSince(t, logs)).toEqual([]);
      // the fuzz reached the services, not only the parsers
      // (a modal opens only for an invited person's Answer or an admin's button, so a few of the 300 do)
      expect(t.fake.callsTo('views.open').length).toBeGreaterThan(2);
      expect(t.fake.callsTo('views.publish').length).toBeGreaterThan(5);
      expect(t.fake.responses.length).toBeGreaterThan(5);
    },
    fuzzTimeout(120_000),
  );

  it('a button no listener knows (one from an older version of the app) is acked at once, not after 3 s with a 404', async () => {
    for (const action_id of ['cx_retired_button', VIEWS.deleteData, '']) {
      const res = await t.client.blockAction('U0FUZZ001', { action_id, value: '1' });
      expect(res.status).toBe(200);
      expect(res.ms).toBeLessThan(1500);
    }
  });

  it('a form no listener knows is acked at once too', async () => {
    const res = await t.client.viewSubmission('U0FUZZ001', { callback_id: VIEWS.deleteData, values: {} });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1500);
  });

  it('"Answer the pulse" on the Home tab (no response_url) for a closed pulse says so on the Home tab', async () => {
    const logs = t.logs.length;
    const user = 'U0HOMEBTN';
    const res = await t.client.interaction({
      type: 'block_actions',
      team: { id: 'T_FAKE', domain: 'fake' },
      user: { id: user },
      trigger_id: 'trigger-home-closed',
      view: { id: 'VHOME', type: 'home' },
      container: { type: 'view', view_id: 'VHOME' },
      actions: [{ type: 'button', action_id: ACTIONS.homeAnswerPulse, block_id: 'b', value: '999999' }],
    });
    expect(res.status).toBe(200);
    await t.fake.waitFor((f) => f.homes.has(user));
    expect(JSON.stringify(t.fake.homes.get(user))).toContain('This pulse has closed');
    expect(errorLogsSince(t, logs)).toEqual([]);
  });

  it('keeps answering afterwards: /healthz, help, and the pulse button still opens the modal', async () => {
    const url = new URL(t.client.url);
    const health = await fetch(`${url.origin}/healthz`);
    expect(health.status).toBe(200);
    const help = await t.client.command('help');
    expect(String(help.json?.text)).toContain('/cx-alignment');
    const trigger = 'trigger-after-fuzz';
    // someone the pulse was sent to (only the invited may answer): their invitation still queued
    const { people, deliveries } = t.bot.container.repos;
    const invited = people.ensure('U0AFTER01', new Date());
    const later = new Date(Date.now() + 86_400_000);
    deliveries.enqueue(
      [{ pulseId, personId: invited.id, kind: 'invite', departmentId: null, notBefore: later }],
      new Date(),
    );
    const res = await t.client.blockAction(
      'U0AFTER01',
      { action_id: ACTIONS.answerPulse, value: String(pulseId) },
      { trigger_id: trigger },
    );
    expect(res.status).toBe(200);
    await t.fake.waitFor((f) => f.callsTo('views.open').some((c) => c.args.trigger_id === trigger));
    const view = t.fake.callsTo('views.open').find((c) => c.args.trigger_id === trigger)?.args
      .view as ModalView;
    expect(view.callback_id).toBe(VIEWS.pulseAnswer);
  });
});
