/**
 * GET /healthz means "can do its work": 503 with short reasons when the database takes no write or
 * Slack refuses the token. "Made read-only" is done with a second connection holding the write
 * lock: the tests may run as root, whom chmod does not stop, and even for another user a chmod
 * does not reach the file the bot already has open; a writer's lock is the real way SQLite refuses
 * this process a write (SQLITE_BUSY), as a stuck backup or a second writer would.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeSqlite, openSqlite } from '../../src/db/open-db';
import { COMPILED_MAIN, startBotProcess } from '../support/bot-process';
import { useCleanups } from '../support/crash-harness';
import { FakeSlack } from '../support/fake-slack';
import { startTestBot, type TestBot } from '../support/test-bot';
import { tempDir } from '../support/test-db';

const FAST_AUTH = { worker: { idlePollMs: 50, backoffMs: 50 }, authCheckEveryMs: 100 };

async function health(port: number | undefined): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(15_000) });
  return { status: res.status, body: await res.json() };
}

/** Polls /healthz until it answers `status`; the last answer. */
async function healthBecomes(port: number | undefined, status: number) {
  let last: { status: number; body: unknown } = { status: 0, body: null };
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    last = await health(port);
    if (last.status === status) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`/healthz never answered ${status}; last ${JSON.stringify(last)}`);
}

/** Makes auth.test answer invalid_auth while `revoked.now` holds, as for a revoked token. */
function revocable(fake: FakeSlack) {
  const revoked = { now: false };
  fake.fail('auth.test', { error: 'invalid_auth' }, Number.MAX_SAFE_INTEGER, () => revoked.now);
  return revoked;
}

function expectNothingPrivate(body: unknown, t: TestBot): void {
  const text = JSON.stringify(body);
  expect(text).not.toContain(t.config.slack.botToken);
  expect(text).not.toMatch(/xox|xapp|\bU[A-Z0-9]{6,}/);
}

describe('/healthz', () => {
  let t: TestBot | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it('HTTP mode: 200 while the token passes auth.test, 503 naming invalid_auth once the stand-in refuses it', async () => {
    const fake = await new FakeSlack().start();
    const revoked = revocable(fake);
    t = await startTestBot({}, fake, FAST_AUTH);
    expect(await health(t.bot.port)).toEqual({ status: 200, body: { ok: true } });

    revoked.now = true;
    const down = await healthBecomes(t.bot.port, 503);
    expect(down.body).toEqual({ status: 'unavailable', reasons: ['Slack auth.test failed: invalid_auth'] });
    expectNothingPrivate(down.body, t);
    expect(t.logs.join('\n')).toContain('health: Slack auth.test failed: invalid_auth');

    revoked.now = false;
    expect((await healthBecomes(t.bot.port, 200)).body).toEqual({ ok: true });
    await t.stop();
    t = undefined;
    await fake.stop();
  });

  it('Socket Mode with PORT set: the same endpoint on that port', async () => {
    const fake = await new FakeSlack().start();
    const revoked = revocable(fake);
    t = await startTestBot({ SLACK_APP_TOKEN: 'xapp-1-A0TEST-123-abcdef', PORT: '1' }, fake, FAST_AUTH);
    expect(t.bot.mode).toBe('socket');
    expect(await health(t.bot.port)).toEqual({ status: 200, body: { ok: true } });
    revoked.now = true;
    expect((await healthBecomes(t.bot.port, 503)).body).toEqual({
      status: 'unavailable',
      reasons: ['Slack auth.test failed: invalid_auth'],
    });
    const other = await fetch(`http://127.0.0.1:${t.bot.port}/slack/events`);
    expect(other.status).toBe(404);
    await t.stop();
    t = undefined;
    await fake.stop();
  });

  describe('the compiled app, its database locked by another writer', () => {
    const defer = useCleanups();

    it('answers 503 "database is not writable (SQLITE_BUSY)" while the lock is held, 200 after', async () => {
      const fake = await new FakeSlack().start();
      defer(() => fake.stop());
      const tmp = tempDir();
      defer(tmp.cleanup);
      const bot = await startBotProcess({
        apiUrl: fake.apiUrl,
        responseUrlBase: fake.url,
        dir: tmp.dir,
        args: [COMPILED_MAIN, 'start'],
      });
      defer(async () => void (await bot.kill()));
      expect(await health(bot.port)).toEqual({ status: 200, body: { ok: true } });

      const other = openSqlite(join(tmp.dir, 'cx-align.db'));
      defer(() => closeSqlite(other));
      other.exec('PRAGMA busy_timeout = 0; BEGIN EXCLUSIVE');
      const down = await healthBecomes(bot.port, 503);
      expect(down.body).toEqual({
        status: 'unavailable',
        reasons: ['database is not writable (SQLITE_BUSY)'],
      });

      other.exec('COMMIT');
      expect((await healthBecomes(bot.port, 200)).body).toEqual({ ok: true });
    }, 60_000);
  });
});
