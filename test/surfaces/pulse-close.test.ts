/**
 * `/cx-alignment pulse close` through the real bot over signed HTTP, against the fake Slack: the
 * confirmation, "Close it now" (the pulse closed and frozen, its digest posted once), "Keep it
 * open", and every press that must change nothing.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIGEST_EVENT, PULSE_CLOSE_ACTIONS } from '../../src/constants/slack-ids';
import type { FakeSlack } from '../support/fake-slack';
import { errorLogsSince, expectCleanReply, responseFor, slackLimitProblems } from '../support/fuzz/bot';
import { PULSE_TABLES, tableState } from '../support/fuzz/db-state';
import { hostileText } from '../support/fuzz/hostile';
import { ADMIN, LEADER, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';

const CHANNEL = 'C0DIGEST1';
/** A stack frame or an error class, in a log line or a reply. */
const STACK = /\n\s+at |\bat [\w.<>$]+ \(|\.[cm]?[tj]s:\d+/;

const digestPosts = (fake: FakeSlack) =>
  fake.messages.filter(
    (m) => (m.metadata as { event_type?: string } | undefined)?.event_type === DIGEST_EVENT,
  );

const frozen = (t: TestBot) =>
  t.bot.container.db.$client.prepare('select pulse_id from pulse_results').pluck().all() as number[];

/** What closing would change: the pulses, their frozen results, the deliveries and the digests. */
const state = (t: TestBot) =>
  tableState(t.bot.container.db, [...PULSE_TABLES, 'pulse_results', 'deliveries', 'digests']);

/** Presses a confirmation button; its answer goes to `/respond/{id}`. */
function press(t: TestBot, user: string, action: string, value: string | undefined, id: string) {
  return t.client.blockAction(
    user,
    { action_id: action, value },
    { response_url: `${t.fake.url}/respond/${id}` },
  );
}

/** The planted pulse answered and left open, its DMs all out, and a digest channel set. */
async function openPlantedPulse(t: TestBot): Promise<number> {
  const { pulseId } = await runPlantedPulse(t, { close: false });
  t.fake.channels.add(CHANNEL);
  t.bot.container.settings.update({ digest_channels: [CHANNEL] }, ADMIN);
  await t.fake.waitFor(() => {
    const counts = t.bot.container.pulses.deliveryCounts(pulseId);
    return counts.pending === 0 && counts.in_flight === 0;
  }, 20_000);
  return pulseId;
}

describe('/cx-alignment pulse close with a pulse open', () => {
  let t: TestBot;
  let pulseId: number;
  beforeEach(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    pulseId = await openPlantedPulse(t);
  });
  afterEach(() => t.stop());

  it('asks first with the count so far, then closes, freezes, posts the digest once and replaces the question', async () => {
    const before = state(t);
    const asked = await t.client.command('pulse close', { user: ADMIN, responseId: 'confirm' });
    expect(asked.status).toBe(200);
    expect(asked.ms).toBeLessThan(3000);
    const confirmation = await responseFor(t, 'confirm');
    expect(confirmation.response_type).toBe('ephemeral');
    // 18 in the three departments of 6; Executive's 2 (under the threshold) are not counted
    expect(String(confirmation.text)).toContain(
      'About 15 of 18 have answered so far (about 83%), across 3 departments',
    ); // rounded while open
    expect(JSON.stringify(confirmation)).not.toMatch(/\b20\b/);
    expect(JSON.stringify(confirmation.blocks)).toContain('<!date^');
    expect(String(confirmation.text)).toMatch(/nobody can answer or change an answer/);
    expectCleanReply(confirmation);
    expect(slackLimitProblems(confirmation)).toEqual([]);
    // asking changed nothing
    expect(state(t)).toEqual(before);
    expect(t.bot.container.repos.pulses.byId(pulseId)?.status).toBe('open');

    const buttons = (
      confirmation.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]
    )
      .find((b) => b.type === 'actions')
      ?.elements?.map((e) => [e.action_id, e.value]);
    expect(buttons).toEqual([
      [PULSE_CLOSE_ACTIONS.closeNow, String(pulseId)],
      [PULSE_CLOSE_ACTIONS.keepOpen, String(pulseId)],
    ]);

    const logs = t.logs.length;
    const pressed = await press(t, ADMIN, PULSE_CLOSE_ACTIONS.closeNow, String(pulseId), 'close');
    expect(pressed.status).toBe(200);
    expect(pressed.ms).toBeLessThan(3000);
    const closed = await responseFor(t, 'close', 20_000);
    expect(closed.replace_original).toBe(true);
    expect(String(closed.text)).toBe(
      `:white_check_mark: Closed. Pulse #${pulseId}: 18 answered, across 3 departments. The results are posted in <#${CHANNEL}>.`,
    );
    const pulse = t.bot.container.repos.pulses.byId(pulseId);
    expect(pulse?.status).toBe('closed');
    expect(pulse?.closedAt).toBeInstanceOf(Date);
    expect(frozen(t)).toEqual([pulseId]);
    // the close digest, as for a window close: said once it is posted
    const posts = digestPosts(t.fake);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.channel).toBe(CHANNEL);
    expect(JSON.stringify(posts[0])).toContain(`Pulse #${pulseId} results`);
    expect(errorLogsSince(t, logs)).toEqual([]);
  });

  it('two presses at once close it once and post one digest; the second press is told it closed already', async () => {
    const [a, b] = await Promise.all([
      press(t, ADMIN, PULSE_CLOSE_ACTIONS.closeNow, String(pulseId), 'first'),
      press(t, ADMIN, PULSE_CLOSE_ACTIONS.closeNow, String(pulseId), 'second'),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const texts = [await responseFor(t, 'first', 20_000), await responseFor(t, 'second', 20_000)].map((r) =>
      String(r.text),
    );
    expect(texts.filter((x) => x.includes('Closed. Pulse'))).toHaveLength(1);
    expect(texts.filter((x) => x.includes('closed already'))).toHaveLength(1);
    await t.fake.waitFor(() => t.bot.container.repos.pulses.lastDigestDone() >= pulseId, 20_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(digestPosts(t.fake)).toHaveLength(1);
    expect(frozen(t)).toEqual([pulseId]);
  });

  it('a press racing the scheduled close posts one digest, whichever comes first', async () => {
    const pressed = press(t, ADMIN, PULSE_CLOSE_ACTIONS.closeNow, String(pulseId), 'race');
    // the scheduler's close of a pulse whose time has come, while the press is on its way
    t.bot.container.pulses.close(pulseId);
    expect((await pressed).status).toBe(200);
    const reply = String((await responseFor(t, 'race', 20_000)).text);
    expect(reply).toMatch(/closed already|Closed\. Pulse/);
    await t.fake.waitFor(() => t.bot.container.repos.pulses.lastDigestDone() >= pulseId, 20_000);
    // the scheduler's housekeeping a minute later finds nothing to close
    t.bot.container.pulses.housekeeping();
    await new Promise((r) => setTimeout(r, 300));
    expect(digestPosts(t.fake)).toHaveLength(1);
    expect(frozen(t)).toEqual([pulseId]);
  });

  it('refuses a non-admin, for the command and for a forged press, and changes nothing', async () => {
    const before = state(t);
    await t.client.command('pulse close', { user: LEADER, responseId: 'leader' });
    const refusal = await responseFor(t, 'leader');
    expect(String(refusal.text)).toContain('Only CX Align admins can close a pulse.');
    expect(JSON.stringify(refusal)).not.toContain('Close it now');
    await press(t, LEADER, PULSE_CLOSE_ACTIONS.closeNow, String(pulseId), 'forged');
    expect(String((await responseFor(t, 'forged')).text)).toContain(
      'Only CX Align admins can close a pulse.',
    );
    expect(state(t)).toEqual(before);
    expect(t.bot.container.repos.pulses.byId(pulseId)?.status).toBe('open');
    expect(frozen(t)).toEqual([]);
    expect(digestPosts(t.fake)).toHaveLength(0);
  });

  it('"Keep it open" replaces the question with a short line and changes nothing', async () => {
    const before = state(t);
    const res = await press(t, ADMIN, PULSE_CLOSE_ACTIONS.keepOpen, String(pulseId), 'keep');
    expect(res.status).toBe(200);
    const reply = await responseFor(t, 'keep');
    expect(reply.replace_original).toBe(true);
    expect(String(reply.text)).toMatch(
      new RegExp(`^:ok_hand: Nothing changed: pulse #${pulseId} stays open until <!date\\^`),
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(state(t)).toEqual(before);
    expect(digestPosts(t.fake)).toHaveLength(0);
  });

  it('refuses a tampered button value without a stack trace, and changes nothing', async () => {
    const before = state(t);
    const logs = t.logs.length;
    const values = [
      'abc',
      '-1',
      '0',
      '1.5',
      '1e3',
      String(2 ** 53),
      `${pulseId}; drop table pulses`,
      '',
      undefined,
    ];
    for (const [i, value] of values.entries()) {
      const res = await press(t, ADMIN, PULSE_CLOSE_ACTIONS.closeNow, value, `tampered${i}`);
      expect(res.status).toBe(200);
      expect(res.ms).toBeLessThan(3000);
      const reply = await responseFor(t, `tampered${i}`);
      expect(String(reply.text)).toBe(
        'Sorry, I could not tell which pulse that button is for, so nothing changed.',
      );
      expect(reply.replace_original).toBe(false);
      expectCleanReply(reply);
    }
    // a well-formed id of no pulse is answered as such
    await press(t, ADMIN, PULSE_CLOSE_ACTIONS.closeNow, '99999', 'nosuch');
    expect(String((await responseFor(t, 'nosuch')).text)).toContain(
      'There is no pulse #99999, so nothing changed.',
    );
    expect(state(t)).toEqual(before);
    expect(errorLogsSince(t, logs)).toEqual([]);
    for (const line of t.logs.slice(logs)) expect(line).not.toMatch(STACK);
  });

  it('any value but the open pulse’s id, from anyone, closes nothing (fuzz)', async () => {
    const before = state(t);
    const logs = t.logs.length;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(PULSE_CLOSE_ACTIONS.closeNow, PULSE_CLOSE_ACTIONS.keepOpen),
        fc.constantFrom(ADMIN, LEADER, 'U0FUZZ001'),
        fc.oneof(
          hostileText(20, 300),
          fc.integer().map(String),
          fc.constantFrom(` ${pulseId}`, `${pulseId}.0`, `0x${pulseId.toString(16)}`, `${pulseId + 1}`),
        ),
        async (action, user, value) => {
          fc.pre(value !== String(pulseId) || action === PULSE_CLOSE_ACTIONS.keepOpen || user !== ADMIN);
          const id = `fuzz${n++}`;
          const res = await press(t, user, action, value, id);
          expect(res.status).toBe(200);
          expect(res.ms).toBeLessThan(3000);
          const reply = await responseFor(t, id);
          expectCleanReply(reply, { mentions: 'allowed' });
          expect(slackLimitProblems(reply)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
    expect(state(t)).toEqual(before);
    expect(errorLogsSince(t, logs)).toEqual([]);
  });
});

describe('/cx-alignment pulse close with no pulse open', () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
  });
  afterEach(() => t.stop());

  it('says there is no open pulse to close, and changes nothing', async () => {
    const before = state(t);
    const res = await t.client.command('pulse close', { user: ADMIN, responseId: 'none' });
    expect(res.status).toBe(200);
    const reply = await responseFor(t, 'none');
    expect(reply.text).toBe('There is no open pulse to close.');
    expect(reply.response_type).toBe('ephemeral');
    expect(state(t)).toEqual(before);
  });
});
