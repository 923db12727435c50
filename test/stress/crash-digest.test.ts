/**
 * The digest of a closed pulse survives SIGKILL of the bot process: whether the kill lands while
 * the heatmap is uploading or while the post has reached Slack and its answer has not come back,
 * a restart on the same database posts it exactly once in every digest channel.
 *
 * How the digest is triggered inside the child process: the pulse schedule has a slot two minutes
 * before the child starts, so the start-up catch-up opens the scheduled pulse, which closes the
 * open one; closing posts its digest. That runs at once on start (no waiting for the minutely
 * housekeeping tick) through the same code path as a real close, and restarts resume unfinished
 * digests at start-up.
 */
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { DIGEST_EVENT, PULSE_DM_EVENT } from '../../src/constants/slack-ids';
import { closeDb, openDb } from '../../src/db/open-db';
import { type BotProcess, startBotProcess } from '../support/bot-process';
import { type Call, FakeSlack } from '../support/fake-slack';
import { ADMIN, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot } from '../support/test-bot';
import { tempDir } from '../support/test-db';

const CHANNELS = ['C0DIGEST1', 'C0DIGEST2'];
const POST = 'chat.postMessage';
const UPLOAD = 'files.getUploadURLExternal';
const HOLD_MS = 60_000;

type DigestMeta = { event_type?: string; event_payload?: { digest_id?: number; period?: string } };
type DigestRow = { id: number; channel: string; period: string; status: string; ts: string | null };

const metaOf = (value: unknown) => value as DigestMeta | undefined;
const isDigestPost = (call: Call) =>
  call.method === POST && metaOf(call.args.metadata)?.event_type === DIGEST_EVENT;

function digestPosts(fake: FakeSlack) {
  return fake.messages.filter((m) => metaOf(m.metadata)?.event_type === DIGEST_EVENT);
}

function readDigests(dir: string): DigestRow[] {
  const db = openDb(join(dir, 'cx-align.db'), { migrate: false });
  try {
    return db.all<DigestRow>(
      sql`select id, channel_id as channel, period_key as period, status, message_ts as ts
          from digests order by id`,
    );
  } finally {
    closeDb(db);
  }
}

async function eventually(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the digest of a closed pulse survives SIGKILL of the bot process', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('killed mid-upload, then mid-post (answer lost): a restart posts it exactly once in each channel', async () => {
    const fake = await new FakeSlack().start();
    cleanups.push(() => fake.stop());
    for (const channel of CHANNELS) fake.channels.add(channel);
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const databasePath = join(tmp.dir, 'cx-align.db');

    // a pulse answered through the real app (in-process, on the database the child will use)
    const t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN, DATABASE_PATH: databasePath }, fake);
    let inProcess = true;
    cleanups.push(async () => {
      if (inProcess) await t.stop();
    });
    const { people, pulseId } = await runPlantedPulse(t, { close: false });
    await fake.waitFor((f) => f.messages.length >= people.length, 15_000);
    const slot = new Date(Date.now() - 2 * 60_000);
    t.bot.container.settings.update(
      {
        digest_channels: CHANNELS,
        pulse_schedule: {
          enabled: true,
          cron: `${slot.getUTCMinutes()} ${slot.getUTCHours()} * * *`,
          timezone: 'UTC',
          every_weeks: 1,
        },
      },
      ADMIN,
    );
    inProcess = false;
    await t.stop();
    expect(digestPosts(fake)).toHaveLength(0);

    // hold the answer of the first call matching `when` (and of that method's calls after it)
    let holding: { method: string; when: (call: Call) => boolean } | null = null;
    let held: Call | null = null;
    fake.onCall((call) => {
      if (holding && !held && call.method === holding.method && holding.when(call)) {
        held = call;
        fake.delayResponse(call.method, HOLD_MS);
      }
    });
    const start = async (label: string) => {
      const bot = await startBotProcess({
        apiUrl: fake.apiUrl,
        responseUrlBase: fake.url,
        dir: tmp.dir,
        env: { CX_ALIGN_ADMINS: ADMIN },
      });
      cleanups.push(async () => {
        await bot.kill();
      });
      return { bot, label };
    };
    const context = (run: { bot: BotProcess; label: string }) =>
      `\n--- ${run.label} output ---\n${run.bot.output().slice(-4000)}`;
    const killHeld = async (run: { bot: BotProcess; label: string }, method: string) => {
      await eventually(() => held !== null, 45_000, `a held ${method}${context(run)}`);
      expect(await run.bot.kill('SIGKILL')).toBe('SIGKILL');
      await fake.waitFor((f) => f.heldResponses === 0, 10_000);
      fake.delayResponse(method, 0);
      holding = null;
      held = null;
    };

    // 1. the catch-up closes the pulse; the kill lands while the heatmap upload is unanswered
    holding = { method: UPLOAD, when: () => true };
    const first = await start('first run');
    await killHeld(first, UPLOAD);
    expect(fake.callsTo(POST).filter(isDigestPost)).toHaveLength(0);
    const afterFirst = readDigests(tmp.dir);
    // every channel's digest is owed, not only the one that was being worked on
    expect(afterFirst.map((r) => [r.channel, r.period, r.status])).toEqual(
      CHANNELS.map((c) => [c, `pulse:${pulseId}`, 'pending']),
    );

    // 2. the restart resumes; the kill lands after the first post reached Slack, before its answer
    holding = { method: POST, when: isDigestPost };
    const second = await start('second run');
    await killHeld(second, POST);
    const reached = digestPosts(fake);
    expect(reached).toHaveLength(1);
    expect(fake.lostResponses.some((l) => isDigestPost(l.call))).toBe(true);
    expect(readDigests(tmp.dir).map((r) => r.status)).toEqual(['posting', 'pending']);

    // 3. the next restart finds the post in doubt by its metadata, and posts the other channel's
    const third = await start('third run');
    await eventually(
      () => readDigests(tmp.dir).every((r) => r.status === 'posted'),
      45_000,
      `every digest posted${context(third)}`,
    );
    await third.bot.kill('SIGKILL');

    const posts = digestPosts(fake);
    expect(posts.map((p) => p.channel).sort()).toEqual([...CHANNELS].sort());
    const rows = readDigests(tmp.dir);
    for (const channel of CHANNELS) {
      const inChannel = posts.filter((p) => p.channel === channel);
      expect(inChannel, channel).toHaveLength(1);
      expect(metaOf(inChannel[0]?.metadata)?.event_payload?.period).toBe(`pulse:${pulseId}`);
      expect(rows.find((r) => r.channel === channel)?.ts).toBe(inChannel[0]?.ts);
    }
    // the post in doubt was settled by looking, not by posting again
    expect(fake.calls.filter((c) => isDigestPost(c) && c.args.channel === CHANNELS[0])).toHaveLength(1);
    expect(fake.callsTo('conversations.history').some((c) => c.args.channel === CHANNELS[0])).toBe(true);
    // the scheduled pulse the catch-up opened went out once, not once per start
    const pulseIds = new Set(
      fake.messages
        .filter((m) => metaOf(m.metadata)?.event_type === PULSE_DM_EVENT)
        .map((m) => (m.metadata as { event_payload?: { pulse_id?: number } }).event_payload?.pulse_id),
    );
    expect(pulseIds).toEqual(new Set([pulseId, pulseId + 1]));
  }, 120_000);
});

describe('a digest post is never doubled by two paths of the same process', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('the close of a pulse and the resume tick in the same minute post its digest once per channel', async () => {
    const fake = await new FakeSlack().start();
    cleanups.push(() => fake.stop());
    for (const channel of CHANNELS) fake.channels.add(channel);
    const t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, fake);
    cleanups.push(() => t.stop());
    const { pulseId } = await runPlantedPulse(t, { close: false });
    t.bot.container.settings.update({ digest_channels: CHANNELS }, ADMIN);
    // a post that takes a moment, as a real one does
    fake.delay(POST, 300);
    // housekeeping closes the pulse (its digest starts in the background) in the same minute as the
    // */5 digest-resume tick, which finds the new rows unfinished
    t.bot.container.pulses.close(pulseId);
    await t.bot.container.digests.resume();
    const settled = () =>
      t.bot.container.db
        .all<{ status: string }>(sql`select status from digests`)
        .filter((r) => r.status === 'posted').length === CHANNELS.length;
    await eventually(settled, 15_000, 'both digests posted');
    // anything still running would post within this time
    await new Promise((r) => setTimeout(r, 700));
    for (const channel of CHANNELS)
      expect(
        digestPosts(fake).filter((p) => p.channel === channel),
        channel,
      ).toHaveLength(1);
  });
});
