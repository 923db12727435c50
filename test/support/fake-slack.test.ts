import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack';

describe('the fake Slack Web API', () => {
  let fake: FakeSlack;
  let client: WebClient;
  beforeEach(async () => {
    fake = await new FakeSlack().start();
    client = new WebClient('xoxb-test', {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
  });
  afterEach(() => fake.stop());

  it('records calls with their arguments and answers in Slack’s shape', async () => {
    const res = await client.chat.postMessage({ channel: 'D123', text: 'hi', blocks: [{ type: 'divider' }] });
    expect(res.ok).toBe(true);
    expect(res.ts).toMatch(/^\d+\.\d{6}$/);
    expect(fake.callsTo('chat.postMessage')[0]?.args).toMatchObject({
      channel: 'D123',
      text: 'hi',
      blocks: [{ type: 'divider' }],
    });
  });

  it('answers 429 with Retry-After when told to', async () => {
    fake.fail('chat.postMessage', { status: 429, retryAfter: 7 });
    await expect(client.chat.postMessage({ channel: 'D1', text: 'x' })).rejects.toMatchObject({
      code: 'slack_webapi_rate_limited_error',
      retryAfter: 7,
    });
    await expect(client.chat.postMessage({ channel: 'D1', text: 'x' })).resolves.toMatchObject({ ok: true });
  });

  it('answers 500 when told to', async () => {
    fake.fail('users.list', { status: 500 }, 2);
    await expect(client.users.list({})).rejects.toMatchObject({
      code: 'slack_webapi_http_error',
      statusCode: 500,
    });
    await expect(client.users.list({})).rejects.toMatchObject({ statusCode: 500 });
    await expect(client.users.list({})).resolves.toMatchObject({ ok: true });
  });

  it('rate-limits a method per second', async () => {
    fake.rateLimit('chat.postMessage', 2);
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => client.chat.postMessage({ channel: 'D1', text: 'x' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(fake.calls.filter((c) => c.status === 429)).toHaveLength(1);
  });

  it('pages users.list with cursors', async () => {
    fake.members = Array.from({ length: 5 }, (_, i) => ({ id: `U${i}` }));
    const first = await client.users.list({ limit: 2 });
    expect(first.members?.map((m) => m.id)).toEqual(['U0', 'U1']);
    const next = first.response_metadata?.next_cursor ?? '';
    const second = await client.users.list({ limit: 2, cursor: next });
    expect(second.members?.map((m) => m.id)).toEqual(['U2', 'U3']);
  });
});
