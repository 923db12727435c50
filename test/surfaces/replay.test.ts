/**
 * Replays, through the real bot over signed HTTP: a request sent again as it was (the same
 * timestamp, signature and body) within the 5-minute window is answered once. The copy gets a 200
 * with nothing done: a replayed `pulse now` opens no second pulse and sends no second reply, a
 * replayed view_submission stores nothing over a newer answer. Slack's own retries, signed again
 * with a new timestamp, are still taken.
 */
import type { ModalView } from '@slack/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/constants/slack-ids';
import { openPulseModal } from '../support/answer-pulse';
import { responseFor } from '../support/fuzz/bot';
import { ADMIN } from '../support/planted-pulse';
import { slashCommandFields, viewSubmissionBody } from '../support/signed-client';
import { startTestBot, type TestBot } from '../support/test-bot';
import { fillPulseModal, seedWorkspace } from '../support/workspace';

const FORM = 'application/x-www-form-urlencoded';
const RETRY = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
const now = () => Math.floor(Date.now() / 1000);

/** A pulse modal's submission, form-encoded as Slack sends it. */
function submissionBody(user: string, view: ModalView, definition: string): string {
  return viewSubmissionBody(user, {
    callback_id: VIEWS.pulseAnswer,
    private_metadata: view.private_metadata ?? '',
    values: fillPulseModal(view, { definition }),
  });
}

describe('a replayed signed request is answered once', () => {
  let t: TestBot;
  let people: { id: string; department: string }[];
  const pulses = () => t.bot.container.db.$client.prepare('select count(*) from pulses').pluck().get();
  const definitions = () =>
    t.bot.container.db.$client.prepare('select definition from answers').pluck().all() as string[];

  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    people = seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 6 }]);
    t.bot.container.repos.departments.replaceActive(
      [{ name: 'Sales', usergroupId: 'SSALES001', profileValue: null }],
      new Date(),
    );
  }, 30_000);
  afterAll(() => t.stop());

  it('a replayed `pulse now` opens one pulse and replies once', async () => {
    const body = new URLSearchParams(
      slashCommandFields('pulse now', { user: ADMIN, responseUrl: `${t.fake.url}/respond/replayed` }),
    ).toString();
    const timestamp = now();
    const first = await t.client.post(body, FORM, { timestamp });
    expect(first.status).toBe(200);
    expect(String((await responseFor(t, 'replayed', 20_000)).text)).toContain('is open');
    const again = await t.client.post(body, FORM, { timestamp });
    const marked = await t.client.post(body, FORM, { timestamp, headers: RETRY });
    for (const res of [again, marked]) expect([res.status, res.text]).toEqual([200, '']);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(pulses()).toBe(1);
    expect(t.fake.responses.filter((r) => r.path === '/respond/replayed')).toHaveLength(1);
    expect(t.logs.some((l) => l.includes('replayed request'))).toBe(true);
  });

  it('a replayed view_submission stores nothing: the newer answer stays, and one answer counts', async () => {
    const pulseId = t.bot.container.pulses.current()?.id ?? 0;
    await t.fake.waitFor(() => t.bot.container.pulses.deliveryCounts(pulseId).pending === 0, 20_000);
    const me = people[0]?.id ?? '';
    const view = await openPulseModal(t, me, pulseId);
    const older = submissionBody(me, view, 'Answer the phone within a minute');
    const stamp = now();
    expect((await t.client.post(older, FORM, { timestamp: stamp })).json?.response_action).toBe('update');
    const newer = submissionBody(me, view, 'Call back the same day');
    expect((await t.client.post(newer, FORM)).json?.response_action).toBe('update');
    expect(definitions()).toEqual(['Call back the same day']);
    // the older submission sent again as it was: answered with 200 and nothing done
    const replay = await t.client.post(older, FORM, { timestamp: stamp });
    expect([replay.status, replay.text]).toEqual([200, '']);
    expect(definitions()).toEqual(['Call back the same day']);
  });

  it('Slack’s own retry, signed again with a new timestamp, is still taken', async () => {
    const pulseId = t.bot.container.pulses.current()?.id ?? 0;
    const other = people[1]?.id ?? '';
    const view = await openPulseModal(t, other, pulseId);
    const body = submissionBody(other, view, 'Remember who they are');
    const stamp = now();
    expect((await t.client.post(body, FORM, { timestamp: stamp })).json?.response_action).toBe('update');
    const retry = await t.client.post(body, FORM, { timestamp: stamp + 1, headers: RETRY });
    expect(retry.json?.response_action).toBe('update');
    expect(definitions().sort()).toEqual(['Call back the same day', 'Remember who they are']);
  });
});
