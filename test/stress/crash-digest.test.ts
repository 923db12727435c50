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
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DIGEST_EVENT, PULSE_DM_EVENT } from '../../src/constants/slack-ids';
import {
  type CrashBot,
  type CrashRig,
  eventually,
  useCleanups,
  useCrashHarness,
} from '../support/crash-harness';
import { type Call, FakeSlack } from '../support/fake-slack';
import { ADMIN, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot } from '../support/test-bot';

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

function readDigests(rig: CrashRig): DigestRow[] {
  return rig.readDb((db) =>
    db.all<DigestRow>(
      sql`select id, channel_id as channel, period_key as period, status, message_ts as ts
          from digests order by id`,
    ),
  );
}

describe('the digest of a closed pulse survives SIGKILL of the bot process', () => {
  const harness = useCrashHarness();

  it('killed mid-upload, then mid-post (answer lost): a restart posts it exactly once in each channel', async () => {
    const rig = await harness.open();
    const { fake } = rig;
    for (const channel of CHANNELS) fake.channels.add(channel);

    // a pulse answered through the real app (in-process, on the database the child will use)
    const t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN, DATABASE_PATH: rig.databasePath }, fake);
    let inProcess = true;
    harness.defer(async () => {
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
    const killHeld = async (bot: CrashBot, method: string) => {
      await eventually(() => held !== null, 45_000, `a held ${method}${bot.context()}`);
      expect(await bot.kill('SIGKILL')).toBe('SIGKILL');
      await fake.waitFor((f) => f.heldResponses === 0, 10_000);
      fake.delayResponse(method, 0);
      holding = null;
      held = null;
    };

    // 1. the catch-up closes the pulse; the kill lands while the heatmap upload is unanswered
    holding = { method: UPLOAD, when: () => true };
    const first = await rig.start('first run');
    await killHeld(first, UPLOAD);
    expect(fake.callsTo(POST).filter(isDigestPost)).toHaveLength(0);
    const afterFirst = readDigests(rig);
    // every channel's digest is owed, not only the one that was being worked on
    expect(afterFirst.map((r) => [r.channel, r.period, r.status])).toEqual(
      CHANNELS.map((c) => [c, `pulse:${pulseId}`, 'pending']),
    );

    // 2. the restart resumes; the kill lands after the first post reached Slack, before its answer
    holding = { method: POST, when: isDigestPost };
    const second = await rig.start('second run');
    await killHeld(second, POST);
    const reached = digestPosts(fake);
    expect(reached).toHaveLength(1);
    expect(fake.lostResponses.some((l) => isDigestPost(l.call))).toBe(true);
    expect(readDigests(rig).map((r) => r.status)).toEqual(['posting', 'pending']);

    // 3. the next restart finds the post in doubt by its metadata, and posts the other channel's
    const third = await rig.start('third run');
    await eventually(
      () => readDigests(rig).every((r) => r.status === 'posted'),
      45_000,
      `every digest posted${third.context()}`,
    );
    await third.kill('SIGKILL');

    const posts = digestPosts(fake);
    expect(posts.map((p) => p.channel).sort()).toEqual([...CHANNELS].sort());
    const rows = readDigests(rig);
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
  const defer = useCleanups();

  it('the close of a pulse and the resume tick in the same minute post its digest once per channel', async () => {
    const fake = await new FakeSlack().start();
    defer(() => fake.stop());
    for (const channel of CHANNELS) fake.channels.add(channel);
    const t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, fake);
    defer(() => t.stop());
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
