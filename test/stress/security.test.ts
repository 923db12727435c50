/**
 * Security under realistic use: Slack's request signing and replay window through the real app,
 * secrets kept out of every log line (in-process and from the CLI's own process), answers stored
 * only under keyed pseudonyms, retention, and the online backup.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ModalView } from '@slack/types';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../../src/app/bot';
import { runBackupCommand } from '../../src/cli/backup-command';
import { loadConfig } from '../../src/config/load-config';
import { ACTIONS, VIEWS } from '../../src/constants/slack-ids';
import { closeDb, type Db, openDb } from '../../src/db/open-db';
import { createAnswerRepository } from '../../src/db/repositories/answer-repository';
import { closePulse } from '../../src/db/repositories/pulse-close';
import { createPulseRepository } from '../../src/db/repositories/pulse-repository';
import { createTouchpointRepository } from '../../src/db/repositories/touchpoint-repository';
import { createLogger } from '../../src/logging/logger';
import { createPseudonymizer, legacyPseudonym } from '../../src/services/pseudonym';
import { useCrashHarness } from '../support/crash-harness';
import { FakeSlack } from '../support/fake-slack';
import { ADMIN, LEADER, runPlantedPulse } from '../support/planted-pulse';
import { SignedClient, slashCommandFields } from '../support/signed-client';
import { startTestBot, TEST_PSEUDONYM_SECRET, TEST_SIGNING_SECRET, type TestBot } from '../support/test-bot';
import { tempDir } from '../support/test-db';
import { fillPulseModal, seedWorkspace } from '../support/workspace';

const ROOT = resolve(import.meta.dirname, '../..');
/** What `npx cx-align` runs. */
const BIN = resolve(ROOT, 'bin/cx-align.mjs');

const now = () => Math.floor(Date.now() / 1000);
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

// ---------------------------------------------------------------------------------------------
// 1. Request signature and replay window
// ---------------------------------------------------------------------------------------------

type Kind = {
  name: string;
  contentType: string;
  /** The request Slack would send on behalf of `user`. */
  body(user: string): string;
  /** Whether the app acted on `user`'s request (looked at after the requests were answered). */
  acted(t: TestBot, user: string, res: { status: number; text: string }): boolean;
};

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

const KINDS: Kind[] = [
  {
    name: 'slash command',
    contentType: 'application/x-www-form-urlencoded',
    body: (user) => form(slashCommandFields('help', { user, responseUrl: 'http://127.0.0.1:9/respond/cmd' })),
    acted: (_t, _user, res) => res.status === 200 && res.text.includes('/cx-alignment trend'),
  },
  {
    name: 'interactivity payload',
    contentType: 'application/x-www-form-urlencoded',
    // "Opt out" on the App Home: stores the opt-out and publishes the person's Home tab
    body: (user) =>
      form({
        payload: JSON.stringify({
          type: 'block_actions',
          team: { id: 'T_FAKE', domain: 'fake' },
          user: { id: user, username: user.toLowerCase(), team_id: 'T_FAKE' },
          api_app_id: 'A_CXALIGN',
          token: 'deprecated-verification-token',
          trigger_id: `trigger.${user}`,
          container: { type: 'view', view_id: 'VHOME' },
          actions: [
            {
              type: 'button',
              block_id: 'home',
              action_id: ACTIONS.homeOptOut,
              action_ts: String(Date.now() / 1000),
            },
          ],
        }),
      }),
    acted: (t, user) =>
      t.fake.homes.has(user) || t.bot.container.repos.people.bySlackId(user)?.optedOutAt != null,
  },
  {
    name: 'event',
    contentType: 'application/json',
    body: (user) =>
      JSON.stringify({
        token: 'deprecated-verification-token',
        team_id: 'T_FAKE',
        api_app_id: 'A_CXALIGN',
        event: { type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: `${now()}.000100` },
        type: 'event_callback',
        event_id: `Ev${user}`,
        event_time: now(),
        authorizations: [{ team_id: 'T_FAKE', user_id: 'UBOT00001', is_bot: true }],
      }),
    acted: (t, user) => t.fake.homes.has(user),
  },
];

type Forgery = {
  name: string;
  /** Headers and body to send, given the genuine body. */
  make(body: string): { body: string; timestamp?: number; signature?: string | null };
};

const FORGERIES: Forgery[] = [
  { name: 'unsigned', make: (body) => ({ body, signature: null }) },
  {
    name: 'signed with another secret',
    make: (body) => {
      const ts = now();
      return { body, timestamp: ts, signature: SignedClient.sign('not-the-signing-secret-42', ts, body) };
    },
  },
  {
    name: 'correct signature over a tampered body',
    make: (body) => {
      const ts = now();
      const signature = SignedClient.sign(TEST_SIGNING_SECRET, ts, body);
      // the same request for another person: only the body changes
      return { body: body.replaceAll('USIG', 'UADMIN0'), timestamp: ts, signature };
    },
  },
  {
    name: 'correct signature, timestamp header changed',
    make: (body) => {
      const ts = now();
      return { body, timestamp: ts - 10, signature: SignedClient.sign(TEST_SIGNING_SECRET, ts, body) };
    },
  },
  {
    name: 'signature without its v0= version',
    make: (body) => {
      const ts = now();
      return { body, timestamp: ts, signature: SignedClient.sign(TEST_SIGNING_SECRET, ts, body).slice(3) };
    },
  },
  { name: 'correctly signed, 5 min 10 s old', make: (body) => ({ body, timestamp: now() - 310 }) },
  { name: 'correctly signed, an hour old', make: (body) => ({ body, timestamp: now() - 3600 }) },
  { name: 'correctly signed, 5 min 10 s in the future', make: (body) => ({ body, timestamp: now() + 310 }) },
  { name: 'correctly signed, a day in the future', make: (body) => ({ body, timestamp: now() + 86_400 }) },
];

describe('Slack request signatures and the replay window, through the real app', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe.each(KINDS.map((k, index) => ({ ...k, index })))('$name', (kind) => {
    it.each(FORGERIES.map((f, i) => ({ ...f, user: `USIG${kind.index}${String(i).padStart(3, '0')}` })))(
      '$name → 401, and nothing happens',
      async ({ make, user }) => {
        const forged = make(kind.body(user));
        const res = await t.client.post(forged.body, kind.contentType, forged);
        expect(res.status).toBe(401);
        expect(res.text).toBe('');
        // a genuine request sent after it is acted on, so the forged one had its chance too
        const marker = `UOK${user.slice(4)}`;
        const ok = await t.client.post(kind.body(marker), kind.contentType);
        expect(ok.status).toBe(200);
        await t.fake.waitFor(() => kind.acted(t, marker, ok), 5000);
        expect(kind.acted(t, user, res)).toBe(false);
        expect(kind.acted(t, `UADMIN0${user.slice(4)}`, res)).toBe(false);
      },
    );

    it('a correctly signed request inside the window (2 minutes of clock skew either way) → 200', async () => {
      for (const [i, skew] of [0, -120, 120].entries()) {
        const user = `UVALID${kind.index}${i}`;
        const res = await t.client.post(kind.body(user), kind.contentType, { timestamp: now() + skew });
        expect(res.status).toBe(200);
        await t.fake.waitFor(() => kind.acted(t, user, res), 5000);
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Secrets never appear in logs
// ---------------------------------------------------------------------------------------------

const BOT_TOKEN = 'xoxb-1234567890-0987654321-SeCrEtBoTtOkEnVaLuE';
const APP_TOKEN = 'xapp-1-A0TESTAPP1-1234567890-5eCrE7aPpToKeNvAlUe';
const REVOKED_TOKEN = 'xoxb-1234567890-0987654321-ReVoKeDbOtToKeN';
const SECRETS = {
  SLACK_BOT_TOKEN: BOT_TOKEN,
  'a revoked SLACK_BOT_TOKEN': REVOKED_TOKEN,
  SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
  SLACK_APP_TOKEN: APP_TOKEN,
  CX_ALIGN_PSEUDONYM_SECRET: TEST_PSEUDONYM_SECRET,
};

/** Every secret, a distinctive part of each, and anything token-shaped, must be absent. */
function expectNoSecrets(output: string): void {
  for (const [name, value] of Object.entries(SECRETS)) {
    expect(output.includes(value), `${name} appears in the output`).toBe(false);
    const tail = value.slice(-16);
    expect(output.includes(tail), `the end of ${name} appears in the output`).toBe(false);
  }
  expect(output).not.toMatch(/xox[abposer]-[A-Za-z0-9]/);
  expect(output).not.toMatch(/xapp-[A-Za-z0-9]/);
}

/** Open the modal for `user` through the app and submit it; returns the ack. */
async function answerThroughApp(
  client: SignedClient,
  fake: FakeSlack,
  user: string,
  pulseId: number,
  definition: string,
) {
  const trigger = `trigger-${user}-${Math.random().toString(36).slice(2)}`;
  const clicked = await client.blockAction(
    user,
    { action_id: ACTIONS.answerPulse, value: String(pulseId) },
    { trigger_id: trigger },
  );
  expect(clicked.status).toBe(200);
  await fake.waitFor((f) => f.callsTo('views.open').some((c) => c.args.trigger_id === trigger), 10_000);
  const view = fake.callsTo('views.open').find((c) => c.args.trigger_id === trigger)?.args.view as ModalView;
  return client.viewSubmission(user, {
    callback_id: VIEWS.pulseAnswer,
    private_metadata: view.private_metadata ?? '',
    values: fillPulseModal(view, { definition }),
  });
}

describe('secrets never appear in logs', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  // the CLI case: the bot as a child process, at debug level, with the bot token under test
  const cli = useCrashHarness({ env: { LOG_LEVEL: 'debug', SLACK_BOT_TOKEN: BOT_TOKEN } });

  it('in-process at debug level: help, a pulse with 500s and 429s, answers, a forged request, refused and swapped tokens', async () => {
    const fake = await new FakeSlack().start();
    cleanups.push(() => fake.stop());
    const t = await startTestBot(
      { LOG_LEVEL: 'debug', CX_ALIGN_ADMINS: ADMIN, SLACK_BOT_TOKEN: BOT_TOKEN },
      fake,
    );
    cleanups.push(() => t.stop());

    expect((await t.client.command('help', { user: LEADER })).status).toBe(200);
    // the fan-out meets a 500 and a 429 (Retry-After), the modal a 500 once (retried)
    fake.fail('chat.postMessage', { status: 500 }, 1);
    fake.fail('chat.postMessage', { status: 429, retryAfter: 1 }, 1);
    fake.fail('views.open', { status: 500 }, 1);
    const { people } = await runPlantedPulse(t);
    await fake.waitFor((f) => f.callsTo('chat.postMessage').length >= people.length, 15_000);
    expect(fake.calls.some((c) => c.status === 500)).toBe(true);
    expect(fake.calls.some((c) => c.status === 429)).toBe(true);
    expect((await t.client.command('', { user: LEADER })).status).toBe(200);
    expect((await t.client.command('help', { signature: 'v0=0123' })).status).toBe(401);
    await fake.waitFor((f) => f.responses.length >= 1, 10_000);

    // a start whose bot token Slack refuses
    const refused: string[] = [];
    fake.fail('auth.test', { error: 'invalid_auth' }, 1);
    const parsed = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      DATABASE_PATH: join(t.dir, 'refused.db'),
      CX_ALIGN_PSEUDONYM_SECRET: TEST_PSEUDONYM_SECRET,
    });
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const logger = createLogger({ level: 'debug', sink: (line) => refused.push(line) });
    const failure = await startBot({ ...parsed.config, port: 0 }, logger).then(
      () => new Error('the start did not fail'),
      (error: unknown) => error,
    );
    expect(String(failure)).toContain('Slack refused SLACK_BOT_TOKEN (invalid_auth)');
    const stack = failure instanceof Error ? (failure.stack ?? '') : '';

    // the two tokens pasted into each other's places: both named, neither printed (the CLI prints
    // these lines as they are, before any logger exists)
    const swapped = loadConfig({
      SLACK_BOT_TOKEN: APP_TOKEN,
      SLACK_APP_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      CX_ALIGN_PSEUDONYM_SECRET: TEST_PSEUDONYM_SECRET,
    });
    const problems = swapped.ok ? [] : swapped.problems;
    expect(problems.join('\n')).toContain('SLACK_BOT_TOKEN must start with xoxb-');
    expect(problems.join('\n')).toContain('SLACK_APP_TOKEN must start with xapp-');

    const output = [...t.logs, ...refused, String(failure), stack, ...problems].join('\n');
    // the capture works: debug lines of the Web API client and of Bolt are there
    expect(t.logs.some((l) => l.includes(' DEBUG '))).toBe(true);
    expect(output).toContain('apiCall(');
    expect(output).toContain('Failed to parse and verify the request data');
    expectNoSecrets(output);
  }, 60_000);

  it('in Socket Mode at debug level: the app token goes only to SLACK_API_URL, and is never logged', async () => {
    const fake = await new FakeSlack().start();
    cleanups.push(() => fake.stop());
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    fake.fail('apps.connections.open', { error: 'invalid_auth' }, 1);
    const parsed = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: fake.apiUrl,
      DATABASE_PATH: join(tmp.dir, 'socket.db'),
      CX_ALIGN_PSEUDONYM_SECRET: TEST_PSEUDONYM_SECRET,
      LOG_LEVEL: 'debug',
    });
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.config.slack.mode).toBe('socket');
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', sink: (line) => lines.push(line) });
    // the stand-in refuses the app token, so the start ends at once instead of retrying a socket
    const failure = await startBot(parsed.config, logger).then(
      async (bot) => {
        await bot.stop();
        return 'started';
      },
      (error: unknown) => String(error),
    );
    expect(failure).toContain('invalid_auth');
    // GovSlack and the like: the app token must not be sent to slack.com when another API is configured
    expect(fake.calls.map((c) => c.method)).toContain('apps.connections.open');
    const output = [...lines, failure].join('\n');
    expect(output).toContain("apiCall('apps.connections.open')");
    expectNoSecrets(output);
  });

  it('from the CLI at debug level (stderr and stdout), with a start whose token Slack refuses alongside', async () => {
    const rig = await cli.open();
    const { fake } = rig;
    const people = seedWorkspace(fake, [
      { name: 'Sales', usergroup: 'SSALES001', size: 6 },
      { name: 'Support', usergroup: 'SSUPPORT1', size: 6 },
    ]);
    /** A start expected to fail: its output (the error carries it), or 'started'. */
    const failedStart = (env: Record<string, string>): Promise<string> =>
      rig.start('refused start', { env, dir: rig.tempDir() }).then(
        () => 'started',
        (error: unknown) => String(error),
      );

    const session = async (): Promise<string> => {
      const bot = await rig.start('session');
      expect((await bot.client.command('help')).status).toBe(200);
      fake.fail('chat.postMessage', { status: 500 }, 1);
      fake.fail('chat.postMessage', { status: 429, retryAfter: 1 }, 1);
      expect((await bot.client.command('pulse now', { user: ADMIN })).status).toBe(200);
      await fake.waitFor((f) => f.callsTo('chat.postMessage').length >= people.length, 20_000);
      for (const [i, p] of people.slice(0, 3).entries()) {
        const res = await answerThroughApp(bot.client, fake, p.id, 1, `Answer quickly and kindly ${i}`);
        expect(res.json?.response_action).toBe('update');
      }
      expect((await bot.client.command('help', { signature: 'v0=0123' })).status).toBe(401);
      expect(await bot.kill('SIGTERM')).toBe('exit 0');
      return bot.output();
    };

    // Slack refuses a revoked bot token (told apart from the session's by the token it carries)
    fake.fail('auth.test', { error: 'invalid_auth' }, 1, (args) => args.token === REVOKED_TOKEN);
    const [output, refused] = await Promise.all([session(), failedStart({ SLACK_BOT_TOKEN: REVOKED_TOKEN })]);

    expect(output).toContain(' DEBUG ');
    expect(output).toContain("apiCall('chat.postMessage')");
    expect(output).toContain('SIGTERM received');
    expect(fake.calls.some((c) => c.status === 500)).toBe(true);
    expect(fake.calls.some((c) => c.status === 429)).toBe(true);
    expect(refused).toContain('Slack refused SLACK_BOT_TOKEN (invalid_auth)');
    noStackTrace(refused);
    expectNoSecrets([output, refused].join('\n'));
  }, 90_000);

  it('from the CLI with LOG_FORMAT=json at debug level: every line one JSON object, no secret in any', async () => {
    const rig = await cli.open();
    const { fake } = rig;
    const people = seedWorkspace(fake, [
      { name: 'Sales', usergroup: 'SSALES001', size: 6 },
      { name: 'Support', usergroup: 'SSUPPORT1', size: 6 },
    ]);
    const bot = await rig.start('json session', { env: { LOG_FORMAT: 'json' } });
    expect((await bot.client.command('help')).status).toBe(200);
    fake.fail('chat.postMessage', { status: 500 }, 1);
    fake.fail('chat.postMessage', { status: 429, retryAfter: 1 }, 1);
    expect((await bot.client.command('pulse now', { user: ADMIN })).status).toBe(200);
    await fake.waitFor((f) => f.callsTo('chat.postMessage').length >= people.length, 20_000);
    expect((await bot.client.command('help', { signature: 'v0=0123' })).status).toBe(401);
    expect(await bot.kill('SIGTERM')).toBe('exit 0');

    const lines = bot
      .output()
      .split('\n')
      .filter((l) => l !== '');
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const e of entries) expect(Object.keys(e).sort()).toEqual(['context', 'event', 'level', 'time']);
    expect(
      entries.some((e) => e.level === 'debug' && String(e.event).includes("apiCall('chat.postMessage')")),
    ).toBe(true);
    expect(entries.some((e) => String(e.event).startsWith('SIGTERM received'))).toBe(true);
    expectNoSecrets(lines.join('\n'));
  }, 90_000);
});

// ---------------------------------------------------------------------------------------------
// 3. No raw Slack user id where answers are stored
// ---------------------------------------------------------------------------------------------

const ANSWER_TABLES = ['answers', 'ratings', 'priorities', 'answer_themes', 'answer_terms'] as const;

describe('answers are stored under keyed pseudonyms, never a Slack user id', () => {
  let t: TestBot;
  let people: { id: string; department: string }[];
  let pulseId: number;
  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    ({ people, pulseId } = await runPlantedPulse(t));
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('no column of answers, ratings, priorities, answer_themes or answer_terms holds any of the ids', () => {
    const ids = people.map((p) => p.id.toLowerCase());
    expect(ids.length).toBe(20);
    for (const table of ANSWER_TABLES) {
      const rows = t.bot.container.db.$client.prepare(`select * from ${table}`).all() as Record<
        string,
        unknown
      >[];
      if (table !== 'answer_terms') expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows)
        for (const [column, value] of Object.entries(row)) {
          const text = String(value).toLowerCase();
          const found = ids.find((id) => text.includes(id));
          expect(found, `${table}.${column} holds a Slack user id`).toBeUndefined();
        }
    }
  });

  it('respondents are 64-hex HMACs, one per person, that another secret (or none) does not give', () => {
    const stored = t.bot.container.db.$client
      .prepare('select respondent from answers')
      .all()
      .map((r) => String((r as { respondent: unknown }).respondent));
    expect(stored).toHaveLength(people.length);
    for (const r of stored) expect(r).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(stored).size).toBe(people.length);
    // exactly the keyed pseudonyms of the people who answered
    const keyed = createPseudonymizer(TEST_PSEUDONYM_SECRET);
    expect(new Set(stored)).toEqual(new Set(people.map((p) => keyed(pulseId, p.id))));
    // without the secret they cannot be recomputed: another secret, or a plain hash, gives others
    const other = createPseudonymizer('another-secret-of-at-least-32-characters');
    const plain = (text: string) => createHash('sha256').update(text).digest('hex');
    const guesses = people.flatMap((p) => [
      other(pulseId, p.id),
      plain(p.id),
      plain(`cx-align:respondent:${p.id}`),
      plain(`cx-align:respondent:${pulseId}:${p.id}`),
      createPseudonymizer('')(pulseId, p.id),
      // the pseudonym of releases before it was per pulse, and another pulse's
      legacyPseudonym(TEST_PSEUDONYM_SECRET, p.id),
      keyed(pulseId + 1, p.id),
    ]);
    expect(guesses.filter((g) => stored.includes(g))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Retention
// ---------------------------------------------------------------------------------------------

const DAY = 86_400_000;

/**
 * Pulses opened `ages` days ago, each with two answers (two ratings, a priority, a theme and a term
 * each) given that day, closed three days later if that day has passed.
 */
function seedAnswersAged(db: Db, ages: number[]): void {
  const touchpoints = createTouchpointRepository(db).listActive().slice(0, 2);
  const pulses = createPulseRepository(db);
  const answers = createAnswerRepository(db);
  for (const [i, age] of ages.entries()) {
    const at = new Date(Date.now() - age * DAY);
    const pulse = pulses.create(
      { trigger: 'manual', openedBy: ADMIN, openedAt: at, closesAt: new Date(at.getTime() + 3 * DAY) },
      touchpoints.map((tp) => ({ touchpointId: tp.id, name: tp.name })),
    );
    if (!pulse) throw new Error('pulse not created');
    for (const who of ['a', 'b']) {
      answers.upsert(
        {
          pulseId: pulse.id,
          respondent: createPseudonymizer(TEST_PSEUDONYM_SECRET)(pulse.id, `URET${i}${who}`),
          departmentId: null,
          definition: `Answer within the hour (${age} days ago)`,
          secondPrompt: null,
          secondAnswer: null,
          comment: null,
          ratings: touchpoints.map((tp, k) => ({ touchpointId: tp.id, rating: 2 + k })),
          priorities: [touchpoints[0]?.id ?? 0],
          themes: ['speed'],
          terms: ['hour'],
          // tagged already, so the start-up re-tag of answers without a language leaves them as seeded
          language: 'en',
        },
        at,
      );
    }
    const closesAt = new Date(at.getTime() + 3 * DAY);
    if (closesAt.getTime() < Date.now()) closePulse(db, pulse.id, closesAt);
  }
}

function childCounts(db: Db) {
  const count = (q: string) => (db.$client.prepare(q).get() as { n: number }).n;
  return {
    answers: count('select count(*) as n from answers'),
    ratings: count('select count(*) as n from ratings'),
    priorities: count('select count(*) as n from priorities'),
    themes: count('select count(*) as n from answer_themes'),
    terms: count('select count(*) as n from answer_terms'),
    orphans: count(
      `select (select count(*) from ratings where answer_id not in (select id from answers))
            + (select count(*) from priorities where answer_id not in (select id from answers))
            + (select count(*) from answer_themes where answer_id not in (select id from answers))
            + (select count(*) from answer_terms where answer_id not in (select id from answers)) as n`,
    ),
    oldest: count('select coalesce(min(submitted_at), 0) as n from answers'),
  };
}

describe('retention', () => {
  let t: TestBot | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it('unset, nothing is deleted; set to 6 months, the answers of pulses closed before go at start-up with their ratings and tags', async () => {
    t = await startTestBot();
    const { db } = t.bot.container;
    // 400 and 200 days are past 6 months; 150 days and yesterday are not
    seedAnswersAged(db, [400, 200, 150, 1]);
    const before = childCounts(db);
    expect(before).toMatchObject({ answers: 8, ratings: 16, priorities: 8, themes: 8, terms: 8, orphans: 0 });
    expect(t.bot.container.settings.get().retention_months).toBeNull();
    expect(t.bot.container.retention.run()).toBe(0);
    expect(childCounts(db)).toEqual(before);

    t.bot.container.settings.update({ retention_months: 6 }, ADMIN);
    // the start-up run (and the daily job) do it: restart on the same database
    const path = t.config.databasePath;
    await t.bot.stop();
    t = await startTestBot({ DATABASE_PATH: path });
    const after = childCounts(t.bot.container.db);
    expect(after).toMatchObject({ answers: 4, ratings: 8, priorities: 4, themes: 4, terms: 4, orphans: 0 });
    expect(after.oldest).toBeGreaterThan(Date.now() - 151 * DAY);
    // and a second run finds nothing more
    expect(t.bot.container.retention.run()).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Backup
// ---------------------------------------------------------------------------------------------

type CliResult = { code: number; stdout: string; stderr: string };

function cli(args: string[], env: Record<string, string>, cwd: string): Promise<CliResult> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'DATABASE_PATH' && !k.startsWith('CX_ALIGN_')),
  );
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...clean, ...env }, encoding: 'utf8', timeout: 45_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

describe('npx cx-align backup FILE', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });

  it('copies a database that is being written (uncheckpointed WAL) consistently; the copy restores with openDb', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const source = join(tmp.dir, 'cx-align.db');
    const target = join(tmp.dir, 'backup.db');
    const writer = openDb(source);
    cleanups.push(() => closeDb(writer));
    // everything written from here stays in the WAL: a plain file copy would miss it
    writer.$client.pragma('wal_autocheckpoint = 0');
    createTouchpointRepository(writer).insertMany(['Support', 'Website', 'Sales', 'Product', 'Ads']);
    const touchpoints = createTouchpointRepository(writer).listActive();
    const pulse = createPulseRepository(writer).create(
      { trigger: 'manual', openedBy: ADMIN, openedAt: new Date(), closesAt: new Date(Date.now() + DAY) },
      touchpoints.map((tp) => ({ touchpointId: tp.id, name: tp.name })),
    );
    if (!pulse) throw new Error('pulse not created');
    const answers = createAnswerRepository(writer);
    let written = 0;
    const writeOne = () => {
      answers.upsert(
        {
          pulseId: pulse.id,
          respondent: createPseudonymizer(TEST_PSEUDONYM_SECRET)(pulse.id, `UBACKUP${written}`),
          departmentId: null,
          definition: 'Solve it on the first contact, with empathy',
          secondPrompt: null,
          secondAnswer: null,
          comment: null,
          ratings: touchpoints.map((tp, k) => ({ touchpointId: tp.id, rating: 1 + ((written + k) % 5) })),
          priorities: touchpoints.slice(0, 3).map((tp) => tp.id),
          themes: ['resolution', 'empathy'],
          terms: ['contact'],
        },
        new Date(),
      );
      written += 1;
    };
    for (let i = 0; i < 300; i++) writeOne();
    const beforeBackup = written;

    // the backup runs in its own process while this one keeps writing, one answer a transaction
    const writing = setInterval(writeOne, 5);
    const result = await cli(['backup', target], { DATABASE_PATH: source }, tmp.dir).finally(() =>
      clearInterval(writing),
    );
    expect(result.code, result.stderr).toBe(0);
    noStackTrace(result.stderr);
    const reported = /: (\d+) pulses, (\d+) answers \(\d+ pages, integrity ok\)/.exec(result.stdout);
    expect(reported, result.stdout).not.toBeNull();
    const backedUp = Number(reported?.[2]);
    expect(Number(reported?.[1])).toBe(1);
    expect(backedUp).toBeGreaterThanOrEqual(beforeBackup);
    expect(backedUp).toBeLessThanOrEqual(written);

    // the database file alone (without its WAL) lacks what the backup holds
    const fileOnly = join(tmp.dir, 'file-only.db');
    copyFileSync(source, fileOnly);
    const bare = openDb(fileOnly, { migrate: false });
    const bareAnswers = tableCount(bare, 'answers');
    closeDb(bare);
    expect(bareAnswers).toBeLessThan(backedUp);

    // restore: the copy opens with the app's openDb (migrations apply cleanly) and reads the same
    const restored = openDb(target);
    try {
      expect(restored.$client.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(tableCount(restored, 'pulses')).toBe(1);
      expect(tableCount(restored, 'answers')).toBe(backedUp);
      // a snapshot between transactions: every answer has all its ratings, priorities and tags
      const torn = restored.all<{ id: number }>(
        sql`select a.id as id from answers a
            where (select count(*) from ratings r where r.answer_id = a.id) != ${touchpoints.length}
               or (select count(*) from priorities p where p.answer_id = a.id) != 3
               or (select count(*) from answer_themes t where t.answer_id = a.id) != 2`,
      );
      expect(torn).toEqual([]);
      const journal = JSON.parse(readFileSync(resolve(ROOT, 'migrations/meta/_journal.json'), 'utf8')) as {
        entries: unknown[];
      };
      expect(tableCount(restored, '__drizzle_migrations')).toBe(journal.entries.length);
    } finally {
      closeDb(restored);
    }
    expect(written).toBeGreaterThan(beforeBackup);
  }, 60_000);

  it('refuses to overwrite a file, and answers bad arguments with exit 2 and a friendly line, no stack trace', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const source = join(tmp.dir, 'cx-align.db');
    closeDb(openDb(source));
    const existing = join(tmp.dir, 'existing.db');
    copyFileSync(source, existing);
    const before = statSync(existing);
    const env = { DATABASE_PATH: source };
    // through the CLI as a child process
    const [overwrite, none] = await Promise.all([
      cli(['backup', existing], env, tmp.dir),
      cli(['backup'], env, tmp.dir),
    ]);
    expect(overwrite).toMatchObject({ code: 2, stdout: '' });
    expect(overwrite.stderr).toContain('exists already; choose a new file name');
    expect(statSync(existing).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(existing).size).toBe(before.size);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toContain('Say where to write the backup');
    expect(none.stderr).toContain('Usage: cx-align backup FILE');

    // the other refusals, through the same command function the CLI calls
    const run = async (args: string[], databasePath: string): Promise<CliResult> => {
      let stdout = '';
      let stderr = '';
      const code = await runBackupCommand(args, {
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        env: { DATABASE_PATH: databasePath },
        cwd: tmp.dir,
      });
      return { code, stdout, stderr };
    };
    const folder = await run([join(tmp.dir, 'no-such-folder', 'b.db')], source);
    expect(folder).toMatchObject({ code: 2, stdout: '' });
    expect(folder.stderr).toContain('does not exist');
    const same = await run(['cx-align.db'], source);
    expect(same).toMatchObject({ code: 2, stdout: '' });
    expect(same.stderr).toContain('another file than the database');
    const blank = await run(['  '], source);
    expect(blank).toMatchObject({ code: 2, stdout: '' });
    expect(blank.stderr).toContain('Say where to write the backup');
    const missing = await run([join(tmp.dir, 'b.db')], join(tmp.dir, 'absent.db'));
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('There is no database');
    expect(existsSync(join(tmp.dir, 'absent.db'))).toBe(false);
    expect(existsSync(join(tmp.dir, 'b.db'))).toBe(false);

    for (const r of [overwrite, none, folder, same, blank, missing]) {
      noStackTrace(r.stderr);
      expect(r.stderr.trim().split('\n')[0]?.length).toBeGreaterThan(10);
    }
  }, 60_000);
});

function tableCount(db: Db, table: string): number {
  const exists = db.$client
    .prepare('select 1 from sqlite_master where type = ? and name = ?')
    .get('table', table);
  if (!exists) return 0;
  return (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}
