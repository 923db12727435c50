import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SignedClient } from '../support/signed-client';
import { startTestBot, TEST_SIGNING_SECRET, type TestBot } from '../support/test-bot';

describe('/cx-alignment help over the HTTP receiver', () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await startTestBot();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('acks a signed help request within 3 seconds with ephemeral help', async () => {
    const res = await t.client.command('help');
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    expect(res.json?.response_type).toBe('ephemeral');
    expect(String(res.json?.text)).toContain('/cx-alignment trend');
    expect(JSON.stringify(res.json?.blocks)).toContain('export');
  });

  it.each(['frobnicate', 'pulse later', 'dept', '<@U123> <!channel>', '\u202e\u200bhelp?'])(
    'answers unknown or malformed text %j with the help, not an error',
    async (text) => {
      const res = await t.client.command(text);
      expect(res.status).toBe(200);
      expect(res.json?.response_type).toBe('ephemeral');
      const body = JSON.stringify(res.json);
      expect(body).toContain('/cx-alignment dept NAME');
      expect(body).not.toMatch(/at .*\.ts:\d+|Error:/);
      expect(body).not.toContain('<@U123>');
      expect(body).not.toContain('<!channel>');
    },
  );

  it('refuses an unsigned request with 401', async () => {
    const res = await t.client.command('help', { signature: null });
    expect(res.status).toBe(401);
  });

  it('refuses a wrongly signed request with 401', async () => {
    const res = await t.client.command('help', {
      signature: SignedClient.sign('not-the-secret-xx', Math.floor(Date.now() / 1000), 'x'),
    });
    expect(res.status).toBe(401);
  });

  it('refuses a correctly signed request whose timestamp is an hour old with 401', async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const res = await t.client.command('help', { timestamp: hourAgo });
    expect(res.status).toBe(401);
    expect(TEST_SIGNING_SECRET).toBeTruthy();
  });

  it('answers /healthz', async () => {
    const res = await fetch(t.client.url.replace('/slack/events', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});
