/**
 * The workspace's report language, end to end: an admin picks French in the settings modal (a
 * signed view submission), then a leader's `/cx-alignment report`, `dept`, `touchpoint` and `trend` and the
 * weekly digest posted to a channel are in French, with the admin's names as written.
 */
import type { ModalView } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_BLOCKS as B, DIGEST_EVENT, VIEWS } from '../../src/constants/slack-ids';
import { reportMessagesFor } from '../../src/render/i18n/report/index';
import { FakeSlack } from '../support/fake-slack';
import { initialState } from '../support/modal-state';
import { ADMIN, LEADER, PLANTED, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';

const CHANNEL = 'C0DIGEST1';
const FR = reportMessagesFor('fr');
const EN = reportMessagesFor('en');

/** The decimal figures of a rendered message (4.4, 0.47), sorted. */
const decimals = (text: string): string[] => [...text.matchAll(/\d+\.\d+/g)].map((m) => m[0]).sort();

type Block = { type: string; text?: { text?: string }; elements?: { text?: string }[] };

describe('reports and digests in the workspace language', () => {
  let fake: FakeSlack;
  let t: TestBot;
  let asked = 0;
  beforeEach(async () => {
    fake = await new FakeSlack().start();
    fake.channels.add(CHANNEL);
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, fake);
    await runPlantedPulse(t);
    t.bot.container.settings.update({ digest_channels: [CHANNEL] }, ADMIN);
  });
  afterEach(async () => {
    await t.stop();
    await fake.stop();
  });

  async function openSettings(): Promise<ModalView> {
    const before = fake.callsTo('views.open').length;
    expect((await t.client.command('config', { user: ADMIN })).status).toBe(200);
    await fake.waitFor((f) => f.callsTo('views.open').length > before);
    return fake.callsTo('views.open').at(-1)?.args.view as ModalView;
  }
  async function pickLanguage(value: string) {
    const view = await openSettings();
    return t.client.viewSubmission(ADMIN, {
      callback_id: VIEWS.settings,
      values: initialState(view, { [B.reportLanguage]: { selected_option: { value } } }),
    });
  }
  /** A leader's command, answered through its response URL: the JSON Slack receives. */
  async function ask(text: string): Promise<string> {
    const id = `lang${asked++}`;
    expect((await t.client.command(text, { user: LEADER, responseId: id })).status).toBe(200);
    await fake.waitFor((f) => f.responses.some((r) => r.path.endsWith(`/${id}`)), 15_000);
    return JSON.stringify(fake.responses.find((r) => r.path.endsWith(`/${id}`))?.body ?? {});
  }

  it('an admin picks French; the report, its views and the digest come in French, names as written', async () => {
    const english = await ask('report');
    const saved = await pickLanguage('fr');
    expect(saved.json?.response_action).toBe('update');
    expect(t.bot.container.settings.get().report_language).toBe('fr');

    const report = await ask('report');
    for (const heading of [FR.report.title, FR.report.diverge, FR.report.agree, FR.report.definitions])
      expect(report).toContain(heading);
    expect(report).not.toContain(EN.report.diverge);
    expect(report).toContain(PLANTED);
    // the closed pulse's frozen figures, re-rendered in French, are the same figures
    expect(decimals(report)).toEqual(decimals(english));
    expect(decimals(report).length).toBeGreaterThan(5);

    const dept = await ask('dept Sales');
    expect(dept).toContain(FR.department.title);
    expect(dept).toContain(FR.department.priorities);
    const touchpoint = await ask(`touchpoint ${PLANTED}`);
    expect(touchpoint).toContain(FR.touchpoint.title);
    expect(touchpoint).toContain(FR.touchpoint.ratings);
    const trend = await ask('trend');
    expect(trend).toContain(FR.trend.title);
    expect(trend).not.toContain(EN.trend.title);

    await t.bot.container.digests.runWeekly(new Date('2026-11-27T09:00:00Z'));
    const posts = fake.messages.filter(
      (m) => (m.metadata as { event_type?: string } | undefined)?.event_type === DIGEST_EVENT,
    );
    const post = posts.at(-1);
    const blocks = (post?.blocks ?? []) as Block[];
    expect(blocks[0]?.type).toBe('header');
    expect(blocks[0]?.text?.text?.startsWith(FR.digest.title(''))).toBe(true);
    const body = JSON.stringify(post);
    expect(body).toContain(FR.digest.diverge);
    expect(body).toContain(FR.digest.definitions);
    expect(body).not.toContain(EN.digest.diverge);
    // the heatmap renders with its French title and is shown
    expect(blocks.some((b) => b.type === 'image')).toBe(true);
    expect(fake.callsTo('files.getUploadURLExternal').length).toBeGreaterThan(0);
    for (const b of blocks) {
      if (b.type === 'header') expect(b.text?.text?.length ?? 0).toBeLessThanOrEqual(150);
      if (b.text?.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
      for (const e of b.elements ?? []) expect(e.text?.length ?? 0).toBeLessThanOrEqual(3000);
    }
  });

  it('a language not offered comes back inline and changes nothing; English stays the default', async () => {
    expect(t.bot.container.settings.get().report_language).toBe('en');
    const res = await pickLanguage('xx');
    expect(res.json?.response_action).toBe('errors');
    expect(Object.keys((res.json?.errors as Record<string, string>) ?? {})).toContain(B.reportLanguage);
    expect(t.bot.container.settings.get().report_language).toBe('en');
    const report = await ask('report');
    expect(report).toContain(EN.report.diverge);
    expect(report).not.toContain(FR.report.diverge);
  });
});
