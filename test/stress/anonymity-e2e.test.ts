/**
 * The anonymity invariant end to end, through the real app and a fake Slack: a synthetic
 * organisation seeded into the bot's own database (seed repository), then everything a leader and
 * a channel can see: `/cx-alignment` (report, every touchpoint, every department by name, the small
 * ones included, trend, CSV export to DM), the weekly digest with its heatmap and each department's
 * channel digest, the App Home dashboard and the report modal. Whatever reached Slack is checked
 * against the truth computed from the generated answers.
 *
 * The newest pulse is still open: Slack shows the latest closed pulse's results, and of the open
 * one only its participation so far (departments at or above the threshold), never a figure or a
 * quote of its answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundParticipation } from '../../src/analytics/report/index';
import { ACTIONS } from '../../src/constants/slack-ids';
import { seedOrganisation } from '../../src/db/repositories/seed-repository';
import type { SyntheticOrganisation } from '../../src/demo/generate-organisation';
import { FakeSlack } from '../support/fake-slack';
import {
  departmentName,
  markerAwareTagger,
  markerOf,
  type OrgSpec,
  organisationOf,
  TOKENS,
  type Truth,
  truthOf,
} from '../support/fuzz/anonymity';
import { responseFor } from '../support/fuzz/bot';
import { startTestBot, type TestBot } from '../support/test-bot';

const ADMIN = 'UADMIN001';
const LEADER = 'ULEADER01';
const DIGEST = 'C0DIGEST1';
const DAY = 86_400_000;
const channelOf = (d: number) => `C0DEPT00${d}`;

/** Two organisations: small groups and empty ones, at the default threshold and a stricter one. */
const SCENARIOS: OrgSpec[] = [
  { seed: 12, sizes: [9, 7, 6, 4, 2, 0], pulses: 2, failureRate: 0.05, threshold: 5, window: { last: 1 } },
  { seed: 29, sizes: [12, 9, 8, 6, 3], pulses: 3, failureRate: 0.1, threshold: 7, window: { last: 1 } },
];

describe.each(SCENARIOS)('everything Slack shows, for sizes $sizes at threshold $threshold', (spec) => {
  let fake: FakeSlack;
  let t: TestBot;
  let org: SyntheticOrganisation;
  let truth: Truth;
  /** The open pulse's truth: its participation so far is all Slack may say of it. */
  let openTruth: Truth;
  let pulseIds: number[];
  let n = 0;
  /** Every text that reached Slack, by where it went. */
  const seen: { where: string; text: string }[] = [];

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    fake.channels.add(DIGEST);
    for (let d = 0; d < spec.sizes.length; d += 1) fake.channels.add(channelOf(d));
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, fake);
    // the newest pulse opened a day ago and is still open: Slack shows the one before it
    org = organisationOf(spec, Date.now() - (spec.pulses - 1) * 14 * DAY - DAY);
    const ids = seedOrganisation(t.bot.container.db, org, markerAwareTagger());
    pulseIds = ids.pulseIds;
    truth = truthOf(org, [spec.pulses - 2], spec.threshold);
    openTruth = truthOf(org, [spec.pulses - 1], spec.threshold);
    const set = t.bot.container.db.$client.prepare('update departments set channel_id = ? where id = ?');
    for (const [d, id] of ids.departmentIds.entries()) set.run(channelOf(d), id);
    t.bot.container.settings.update(
      {
        anonymity_threshold: spec.threshold,
        leaders: { users: [LEADER], usergroup: null },
        digest_channels: [DIGEST],
        department_digests: true,
      },
      ADMIN,
    );

    const ask = async (text: string) => {
      const id = `q${n++}`;
      const res = await t.client.command(text, { user: LEADER, responseId: id });
      expect(res.status).toBe(200);
      seen.push({ where: `/cx-alignment ${text}`, text: JSON.stringify(await responseFor(t, id, 15_000)) });
    };
    await ask('');
    await ask('trend');
    await ask('export');
    for (const touchpoint of org.touchpoints) await ask(`touchpoint ${touchpoint}`);
    for (let d = 0; d < spec.sizes.length; d += 1) {
      await ask(`dept ${departmentName(d)}`);
      await ask(`dept ${(TOKENS[d] ?? '').toLowerCase()}`);
    }
    await t.bot.container.digests.runWeekly(new Date());
    await t.client.event({ type: 'app_home_opened', user: LEADER, tab: 'home', channel: 'D0LEADER1' });
    await fake.waitFor((f) => f.homes.has(LEADER));
    const trigger = 'trigger-report-modal';
    await t.client.blockAction(LEADER, { action_id: ACTIONS.homeOpenReport }, { trigger_id: trigger });
    await fake.waitFor((f) => f.callsTo('views.open').some((c) => c.args.trigger_id === trigger));

    for (const m of fake.messages) seen.push({ where: `message in ${m.channel}`, text: JSON.stringify(m) });
    for (const [user, home] of fake.homes)
      seen.push({ where: `App Home of ${user}`, text: JSON.stringify(home) });
    for (const c of fake.callsTo('views.open'))
      seen.push({ where: 'modal', text: JSON.stringify(c.args.view) });
    for (const c of [
      ...fake.callsTo('files.getUploadURLExternal'),
      ...fake.callsTo('files.completeUploadExternal'),
    ])
      seen.push({ where: c.method, text: JSON.stringify(c.args) });
    for (const [id, upload] of fake.uploads)
      if (upload.filename?.endsWith('.csv'))
        seen.push({ where: `CSV ${id}`, text: upload.bytes.toString('utf8') });
  }, 90_000);
  afterAll(async () => {
    await t.stop();
    await fake.stop();
  });

  it('the scenario has groups to hide, and every surface was reached', () => {
    expect(truth.hidden.size).toBeGreaterThan(0);
    expect(truth.smallCells.size).toBeGreaterThan(0);
    const wheres = seen.map((s) => s.where);
    for (const w of [
      '/cx-alignment ',
      '/cx-alignment trend',
      '/cx-alignment export',
      `message in ${DIGEST}`,
      'modal',
    ])
      expect(wheres).toContain(w);
    expect(wheres.some((w) => w.startsWith('CSV '))).toBe(true);
    expect(wheres).toContain(`App Home of ${LEADER}`);
  });

  it('names a small department only to say it is not shown, and never shows its quotes', () => {
    for (const d of truth.hidden) {
      const token = TOKENS[d] ?? '';
      for (const s of seen) {
        expect(s.text, `a quote of ${token} in ${s.where}`).not.toContain(markerOf(d));
        const askedForIt =
          s.where === `/cx-alignment dept ${departmentName(d)}` ||
          s.where === `/cx-alignment dept ${token.toLowerCase()}`;
        if (!askedForIt) {
          expect(s.text, `${token} in ${s.where}`).not.toContain(token);
          continue;
        }
        // asked by name: one sentence saying why, with the threshold and no other figure
        expect(s.text).toContain(`fewer than ${spec.threshold} respondents`);
        expect(s.text.replaceAll(`fewer than ${spec.threshold} `, '')).not.toMatch(/\d/);
      }
    }
  });

  it('posts a department digest only to shown departments’ channels', () => {
    const posted = new Set(fake.messages.map((m) => m.channel));
    expect(posted.has(DIGEST)).toBe(true);
    for (let d = 0; d < spec.sizes.length; d += 1)
      expect(posted.has(channelOf(d)), departmentName(d)).toBe(!truth.hidden.has(d));
  });

  it('exports no figure for a cell with too few raters, and totals over shown departments only', () => {
    const csv = seen.find((s) => s.where.startsWith('CSV '))?.text ?? '';
    for (const key of truth.smallCells) {
      const [d = -1, t = -1] = key.split(':').map(Number);
      const row = csv
        .split('\r\n')
        .find((r) => r.includes(TOKENS[d] ?? '?') && r.includes(`,${org.touchpoints[t]},`));
      expect(row, `${departmentName(d)} × ${org.touchpoints[t]}`).toMatch(
        // the three definition-coverage columns (department-level counts) follow the note, then the
        // nine customer-score columns (blank here: this workspace imported no customer scores)
        /,,,,,,,[^,]*,[^,]*,,too few answers(,\d*){3},{9}$/,
      );
    }
    const shown = org.departments.flatMap((_, d) => (truth.hidden.has(d) ? [] : [d]));
    const answers = shown.reduce((acc, d) => acc + (truth.answers[d] ?? 0), 0);
    const delivered = shown.reduce((acc, d) => acc + (truth.delivered[d] ?? 0), 0);
    const report = seen.find((s) => s.where === '/cx-alignment ')?.text ?? '';
    expect(report).toContain(`${answers} of ${delivered} answered`);
  });
  it('shows the latest closed pulse, and of the open one only its line: no figure, no quote', () => {
    const closed = pulseIds[spec.pulses - 2];
    const open = pulseIds[spec.pulses - 1];
    const shown = org.departments.flatMap((_, d) => (openTruth.hidden.has(d) ? [] : [d]));
    const answered = shown.reduce((acc, d) => acc + (openTruth.answers[d] ?? 0), 0);
    const delivered = shown.reduce((acc, d) => acc + (openTruth.delivered[d] ?? 0), 0);
    const report = seen.find((s) => s.where === '/cx-alignment ')?.text ?? '';
    expect(report).toContain(`Pulse #${closed} · opened`);
    expect(report).toContain(`*Pulse #${open} is open* until`);
    // rounded while open: a multiple of 5 below 100 answers, else 5% of the invited
    const rounded = roundParticipation(answered, delivered);
    if (rounded.kind === 'count')
      expect(report).toContain(`about ${rounded.about} of ${delivered} have answered so far`);
    else if (rounded.kind === 'share')
      expect(report).toContain(`about ${rounded.percent}% of the ${delivered} invited have answered so far`);
    else
      throw new Error(`the open pulse has ${answered} answers over shown departments: too few for this test`);
    if (rounded.kind !== 'count' || rounded.about !== answered)
      expect(report).not.toContain(`${answered} of ${delivered}`);
    expect(report).toContain('Its results come when it closes.');
    const openQuotes = (org.pulses[spec.pulses - 1]?.answers ?? []).map(
      (a) => `${a.definition.split(' ')[0]} `,
    );
    expect(openQuotes.length).toBeGreaterThan(0);
    for (const s of seen) {
      for (const quote of openQuotes)
        expect(s.text, `a quote of the open pulse in ${s.where}`).not.toContain(quote);
      expect(s.text, `the open pulse's results in ${s.where}`).not.toMatch(new RegExp(`Pulses? #${open} ·`));
    }
  });
});
