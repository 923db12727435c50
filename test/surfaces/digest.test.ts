import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIGEST_EVENT } from '../../src/constants/slack-ids';
import { digests } from '../../src/db/schema';
import { answerPulse } from '../support/answer-pulse';
import { FakeSlack } from '../support/fake-slack';
import { ADMIN, closePulse, PLANTED, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';

const CHANNEL = 'C0DIGEST1';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Block = {
  type: string;
  text?: { text?: string };
  elements?: { text?: string }[];
  fields?: { text: string }[];
  slack_file?: { id: string };
  alt_text?: string;
};

function digestPosts(fake: FakeSlack) {
  return fake.messages.filter(
    (m) => (m.metadata as { event_type?: string } | undefined)?.event_type === DIGEST_EVENT,
  );
}

/** The planted pulse answered, closed (or left open), and then the digest channel set. */
async function start(fake: FakeSlack, close: boolean): Promise<TestBot> {
  const t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, fake);
  await runPlantedPulse(t, { close });
  t.bot.container.settings.update({ digest_channels: [CHANNEL] }, ADMIN);
  return t;
}

describe('the weekly digest', () => {
  let fake: FakeSlack;
  let t: TestBot;
  beforeEach(async () => {
    fake = await new FakeSlack().start();
    fake.channels.add(CHANNEL);
    t = await start(fake, true);
  });
  afterEach(async () => {
    await t.stop();
    await fake.stop();
  });

  it('posts within Block Kit limits, with a PNG heatmap, naming no group under the threshold', async () => {
    await t.bot.container.digests.runWeekly(new Date('2026-11-27T09:00:00Z'));
    const posts = digestPosts(fake);
    expect(posts).toHaveLength(1);
    const post = posts[0];
    const blocks = (post?.blocks ?? []) as Block[];
    expect(post?.channel).toBe(CHANNEL);
    expect(String(post?.text).length).toBeGreaterThan(20);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) {
      if (b.text?.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
      for (const f of b.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(2000);
    }
    const body = JSON.stringify(post);
    expect(body).toContain(PLANTED);
    expect(body.replace(/[^.]*fewer than[^.]*\./g, '')).not.toContain('Executive');
    const image = blocks.find((b) => b.type === 'image');
    expect(image?.alt_text?.length).toBeGreaterThan(10);
    const upload = fake.uploads.get(image?.slack_file?.id ?? '');
    expect(upload?.bytes.subarray(0, 8).equals(PNG)).toBe(true);
    expect(upload?.bytes.length).toBeGreaterThan(5_000);
  });

  it('is posted once per period and channel, across a restart', async () => {
    const slot = new Date('2026-11-27T09:00:00Z');
    await t.bot.container.digests.runWeekly(slot);
    await t.bot.container.digests.runWeekly(slot);
    expect(digestPosts(fake)).toHaveLength(1);
    // restart on the same database: the same period is not posted again
    const dbPath = t.config.databasePath;
    await t.bot.stop();
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN, DATABASE_PATH: dbPath }, fake);
    await t.bot.container.digests.runWeekly(slot);
    await t.bot.container.digests.afterPulseClosed(1);
    await t.bot.container.digests.afterPulseClosed(1);
    const posts = digestPosts(fake);
    expect(posts).toHaveLength(2); // the week's, and the pulse-closed one
    const rows = t.bot.container.db.all<{ n: number }>(
      sql`select count(*) as n from ${digests} where status = 'posted'`,
    );
    expect(rows[0]?.n).toBe(2);
  });

  it('a post in doubt after a crash is found by its metadata, not posted again', async () => {
    const slot = new Date('2026-11-27T09:00:00Z');
    await t.bot.container.digests.runWeekly(slot);
    // simulate a crash between Slack's answer and our bookkeeping
    t.bot.container.db.run(sql`update ${digests} set status = 'posting', message_ts = null`);
    await t.bot.container.digests.resume();
    expect(digestPosts(fake)).toHaveLength(1);
    const row = t.bot.container.db.all<{ status: string }>(sql`select status from ${digests}`);
    expect(row[0]?.status).toBe('posted');
  });

  it('tells the admins once, clearly, when the bot is not in the channel', async () => {
    // (the pulse's close already told them once that no digest channel was set)
    const before = fake.callsTo('chat.postMessage').length;
    t.bot.container.settings.update({ digest_channels: ['C0NOTIN01'] }, ADMIN);
    await t.bot.container.digests.runWeekly(new Date('2026-11-27T09:00:00Z'));
    await t.bot.container.digests.runWeekly(new Date('2026-12-04T09:00:00Z'));
    const told = fake
      .callsTo('chat.postMessage')
      .slice(before)
      .filter((c) => c.args.channel === ADMIN);
    expect(told).toHaveLength(1);
    expect(String(told[0]?.args.text)).toMatch(/invite/i);
    expect(digestPosts(fake)).toHaveLength(0);
  });
});

describe('the digest of a pulse whose close a crash interrupted', () => {
  let fake: FakeSlack;
  let t: TestBot;
  beforeEach(async () => {
    fake = await new FakeSlack().start();
    fake.channels.add(CHANNEL);
    t = await start(fake, false);
  });
  afterEach(async () => {
    await t.stop();
    await fake.stop();
  });

  it("posts a closed pulse's digest after a restart when the process died between the close and the post", async () => {
    const pulse = t.bot.container.repos.pulses.latest();
    expect(pulse?.status).toBe('open');
    // the crash: the pulse is closed in the database, but its digest was never claimed
    t.bot.container.repos.pulses.close(pulse?.id ?? 0, new Date());
    const dbPath = t.config.databasePath;
    await t.bot.stop();
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN, DATABASE_PATH: dbPath }, fake);
    await fake.waitFor(() => digestPosts(fake).length > 0, 10_000);
    await t.bot.container.digests.resume();
    await t.bot.container.digests.resume();
    const posts = digestPosts(fake);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.channel).toBe(CHANNEL);
    expect(JSON.stringify(posts[0])).toContain(`Pulse #${pulse?.id} results`);
  });

  it('does not post a pulse that closed days before the restart', async () => {
    const pulse = t.bot.container.repos.pulses.latest();
    t.bot.container.repos.pulses.close(pulse?.id ?? 0, new Date(Date.now() - 3 * 24 * 3600_000));
    await t.bot.container.digests.resume();
    expect(digestPosts(fake)).toHaveLength(0);
    expect(t.bot.container.db.all(sql`select id from ${digests}`)).toEqual([]);
  });
});

describe('the weekly digest while a pulse is open posts nothing from it', () => {
  const SECOND = 'C0DIGEST2';
  let fake: FakeSlack;
  let t: TestBot;
  beforeEach(async () => {
    fake = await new FakeSlack().start();
    fake.channels.add(CHANNEL);
    fake.channels.add(SECOND);
  });
  afterEach(async () => {
    await t.stop();
    await fake.stop();
  });

  it('posts nothing while the first pulse is open, and its results once it has closed', async () => {
    t = await start(fake, false);
    const pulseId = t.bot.container.pulses.current()?.id ?? 0;
    await t.bot.container.digests.runWeekly(new Date('2026-11-27T09:00:00Z'));
    expect(digestPosts(fake)).toHaveLength(0);
    expect(t.bot.container.db.all(sql`select id from ${digests}`)).toEqual([]);
    await closePulse(t, pulseId);
    const posts = digestPosts(fake);
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0])).toContain(`Pulse #${pulseId} results`);
    expect(JSON.stringify(posts[0])).toContain(PLANTED);
    // the next week shows the same closed results: that channel has them already
    await t.bot.container.digests.runWeekly(new Date('2026-12-04T09:00:00Z'));
    expect(digestPosts(fake)).toHaveLength(1);
  });

  it('posts the latest closed pulse, the same before and after one more answer to the open one', async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, fake);
    const { people } = await runPlantedPulse(t);
    t.bot.container.settings.update({ digest_channels: [CHANNEL] }, ADMIN);
    await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
    const answer = (id: string) =>
      answerPulse(t, id, {
        definition: `ZEBRAOPENPULSE ${id} only price matters`,
        rating: (name) => (name === PLANTED ? '1' : '5'),
        priorities: ['Advertising'],
      });
    const [last, ...rest] = people.filter((p) => p.department !== 'Executive');
    if (!last) throw new Error('no people');
    for (const p of rest) await answer(p.id);
    await t.bot.container.digests.runWeekly(new Date('2026-11-27T09:00:00Z'));
    await answer(last.id);
    // a second channel, so the next week's digest is posted somewhere (the first has these results)
    t.bot.container.settings.update({ digest_channels: [CHANNEL, SECOND] }, ADMIN);
    await t.bot.container.digests.runWeekly(new Date('2026-12-04T09:00:00Z'));
    const posts = digestPosts(fake);
    expect(posts.map((p) => p.channel)).toEqual([CHANNEL, SECOND]);
    const [first, second] = posts.map((p) =>
      JSON.stringify({ text: p.text, blocks: p.blocks })
        .replace(/Week \d+/g, 'Week N')
        .replace(/"F\d{6}"/g, '"F"'),
    );
    expect(first).toContain(PLANTED);
    expect(first).not.toContain('ZEBRAOPENPULSE');
    expect(second).toBe(first);
  });
});

describe('the digest when Slack refuses part of it', () => {
  const SECOND = 'C0DIGEST2';
  const GROUP_ADMIN = 'UGRPADM01';
  let fake: FakeSlack;
  let t: TestBot;
  beforeEach(async () => {
    fake = await new FakeSlack().start();
    fake.channels.add(CHANNEL);
    fake.channels.add(SECOND);
    t = await start(fake, true);
  });
  afterEach(async () => {
    await t.stop();
    await fake.stop();
  });

  const toldAdmin = (admin: string, since: number) =>
    fake
      .callsTo('chat.postMessage')
      .slice(since)
      .filter((c) => c.args.channel === admin);
  const statuses = () =>
    t.bot.container.db.all<{ channel_id: string; status: string }>(
      sql`select channel_id, status from ${digests} order by id`,
    );

  it('posts without the heatmap when file uploads are disabled, and tells the admins once', async () => {
    fake.fail('files.getUploadURLExternal', { error: 'file_uploads_disabled' }, 99);
    const before = fake.callsTo('chat.postMessage').length;
    await t.bot.container.digests.runWeekly(new Date('2026-11-27T09:00:00Z'));
    const posts = digestPosts(fake);
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0])).toContain(PLANTED);
    expect(((posts[0]?.blocks ?? []) as Block[]).some((b) => b.type === 'image')).toBe(false);
    expect(statuses()).toEqual([{ channel_id: CHANNEL, status: 'posted' }]);
    // a second channel the next week: posted without the image too, the admins not told again
    t.bot.container.settings.update({ digest_channels: [CHANNEL, SECOND] }, ADMIN);
    await t.bot.container.digests.runWeekly(new Date('2026-12-04T09:00:00Z'));
    await t.bot.container.digests.resume();
    expect(digestPosts(fake).map((p) => p.channel)).toEqual([CHANNEL, SECOND]);
    const told = toldAdmin(ADMIN, before);
    expect(told).toHaveLength(1);
    expect(String(told[0]?.args.text)).toMatch(/file uploads are turned off/);
    expect(String(told[0]?.args.text)).toMatch(/files:write/);
  });

  it('marks a channel where only some may post as failed, tells every admin once, and does not retry', async () => {
    fake.usergroups.push({
      id: 'SADMINS01',
      handle: 'cx-admins',
      name: 'CX admins',
      users: [GROUP_ADMIN, ADMIN],
    });
    t.bot.container.settings.update({ admins: { users: [], usergroup: 'SADMINS01' } }, ADMIN);
    fake.fail('chat.postMessage', { error: 'restricted_action' }, 99, (args) => args.channel === CHANNEL);
    const before = fake.callsTo('chat.postMessage').length;
    await t.bot.container.digests.runWeekly(new Date('2026-11-27T09:00:00Z'));
    await t.bot.container.digests.resume();
    await t.bot.container.digests.resume();
    expect(digestPosts(fake)).toHaveLength(0);
    expect(statuses()).toEqual([{ channel_id: CHANNEL, status: 'failed' }]);
    const attempts = fake
      .callsTo('chat.postMessage')
      .slice(before)
      .filter((c) => c.args.channel === CHANNEL);
    expect(attempts).toHaveLength(1);
    for (const admin of [ADMIN, GROUP_ADMIN]) {
      const told = toldAdmin(admin, before);
      expect(told).toHaveLength(1);
      expect(String(told[0]?.args.text)).toMatch(/only some members may post there/);
    }
  });
});

describe('the department digests', () => {
  const SALES = 'C0SALES01';
  let fake: FakeSlack;
  let t: TestBot;
  beforeEach(async () => {
    fake = await new FakeSlack().start();
    fake.channels.add(CHANNEL);
    fake.channels.add(SALES);
    t = await start(fake, true);
    const { container } = t.bot;
    container.repos.departments.replaceActive(
      container.org.departments().map((d) => ({ ...d, channelId: d.name === 'Sales' ? SALES : null })),
      new Date(),
    );
    container.settings.update({ department_digests: true }, ADMIN);
  });
  afterEach(async () => {
    await t.stop();
    await fake.stop();
  });

  it('labels the week plainly, and does not post the same closed results again next week', async () => {
    await t.bot.container.digests.runWeekly(new Date('2026-11-27T09:00:00Z'));
    const sales = () => digestPosts(fake).filter((p) => p.channel === SALES);
    expect(sales()).toHaveLength(1);
    const body = JSON.stringify({ text: sales()[0]?.text, blocks: sales()[0]?.blocks });
    expect(body).toContain('Week 48');
    expect(body).not.toContain(':dept:');
    await t.bot.container.digests.runWeekly(new Date('2026-12-04T09:00:00Z'));
    await t.bot.container.digests.resume();
    expect(sales()).toHaveLength(1);
    expect(digestPosts(fake)).toHaveLength(2); // the company channel's and Sales'
  });
});
