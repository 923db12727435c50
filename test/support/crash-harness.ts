/**
 * The one setup of the tests that run the bot as a child process and kill it: a fake Slack, a
 * temporary directory whose `cx-align.db` every start shares (so a restart finds what the kill
 * left), starts through `startBotProcess`, a read of the database file from the test, and all of
 * it torn down after each test, newest first.
 *
 * Call `useCrashHarness()` in a `describe` block (it registers the `afterEach`); each test takes
 * its own rig with `open()`:
 *
 *     const harness = useCrashHarness();
 *     it('…', async () => {
 *       const rig = await harness.open();
 *       const first = await rig.start('first run');
 *       expect(await first.kill('SIGKILL')).toBe('SIGKILL');
 *       const second = await rig.start('second run');
 *     });
 */
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, expect } from 'vitest';
import { closeDb, type Db, openDb } from '../../src/db/open-db';
import { type BotProcess, startBotProcess } from './bot-process';
import { FakeSlack } from './fake-slack';
import { ADMIN } from './planted-pulse';
import { tempDir } from './test-db';

/** A started bot process, named for the messages of failed assertions. */
export type CrashBot = BotProcess & {
  label: string;
  /** The end of the bot's output, headed by its label: the message of an assertion about it. */
  context(): string;
};

export type CrashRig = {
  fake: FakeSlack;
  /** The bot's working directory; its database is `cx-align.db` in it. */
  dir: string;
  databasePath: string;
  /**
   * Starts the bot process (in `dir` unless told otherwise) with the harness's env and `env`, and
   * waits until it answers /healthz. It is killed after the test if it still runs.
   */
  start(
    label?: string,
    options?: { env?: Record<string, string>; dir?: string; args?: string[] },
  ): Promise<CrashBot>;
  /** A further temporary directory, removed after the test. */
  tempDir(): string;
  /** Opens the database file (no migrations; WAL makes this fine while the bot runs), reads, closes. */
  readDb<T>(read: (db: Db) => T): T;
  /**
   * `/cx-align pulse now` from `user`, answered with the pulse's confirmation naming `people`
   * people (the first response_url reply, within 20 s).
   */
  pulseNow(bot: CrashBot, people: number, user?: string): Promise<void>;
};

/** How much of a bot's output `context()` shows. */
const CONTEXT_CHARS = 4000;

/** Exits a bot may end with after a test without being worth a warning. */
const QUIET_EXITS = new Set(['SIGKILL', 'SIGTERM', 'exit 0', 'exit 143']);

/** Cleanups run after each test of the calling `describe`, newest first. */
export function useCleanups(): (cleanup: () => Promise<void> | void) => void {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return (cleanup) => {
    cleanups.push(cleanup);
  };
}

/** The crash tests' setup for a `describe` block; `env` goes to every start (after the test's own). */
export function useCrashHarness(options: { env?: Record<string, string> } = {}) {
  const defer = useCleanups();
  const env = { CX_ALIGN_ADMINS: ADMIN, ...options.env };
  return {
    /** Registers a cleanup for after this test (run before the rig's own, which came first). */
    defer,
    async open(): Promise<CrashRig> {
      const fake = await new FakeSlack().start();
      defer(() => fake.stop());
      const newDir = () => {
        const tmp = tempDir();
        defer(tmp.cleanup);
        return tmp.dir;
      };
      const dir = newDir();
      const databasePath = join(dir, 'cx-align.db');
      const start: CrashRig['start'] = async (label = 'bot', more = {}) => {
        const bot = await startBotProcess({
          apiUrl: fake.apiUrl,
          responseUrlBase: fake.url,
          dir: more.dir ?? dir,
          env: { ...env, ...more.env },
          ...(more.args ? { args: more.args } : {}),
        });
        defer(async () => {
          const how = await bot.kill();
          if (!QUIET_EXITS.has(how)) console.warn(`${label}: ${how}`);
        });
        const context = () => `\n--- ${label} output ---\n${bot.output().slice(-CONTEXT_CHARS)}`;
        return Object.assign(bot, { label, context });
      };
      return {
        fake,
        dir,
        databasePath,
        start,
        tempDir: newDir,
        readDb(read) {
          const db = openDb(databasePath, { migrate: false });
          try {
            return read(db);
          } finally {
            closeDb(db);
          }
        },
        async pulseNow(bot, people, user = ADMIN) {
          expect((await bot.client.command('pulse now', { user })).status).toBe(200);
          await fake.waitFor((f) => f.responses.length > 0, 20_000);
          expect(JSON.stringify(fake.responses[0]?.body), bot.context()).toContain('is open');
          // the reply numbers only departments large enough to report on; the outbox holds everyone invited
          const db = openDb(databasePath, { migrate: false });
          const queued = (() => {
            try {
              return db.all<{ n: number }>(
                sql`select count(*) as n from deliveries where kind = 'invite' and pulse_id = (select max(id) from pulses)`,
              );
            } finally {
              closeDb(db);
            }
          })();
          expect(queued[0]?.n, bot.context()).toBe(people);
        },
      };
    },
  };
}

/** Polls `predicate` every `everyMs` until it holds, or rejects after `timeoutMs` naming `what`. */
export async function eventually(
  predicate: () => boolean,
  timeoutMs: number,
  what = 'the condition',
  everyMs = 50,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
