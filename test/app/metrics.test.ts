import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { PULSE_DM_EVENT } from '../../src/constants/slack-ids';
import { answerPulse } from '../support/answer-pulse';
import { FakeSlack } from '../support/fake-slack';
import { ADMIN } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const POST = 'chat.postMessage';

/** The value of one sample of the Prometheus text, or undefined when it is absent. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics', () => {
  let t: TestBot | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it('counts a fan-out exactly: sends and 429s by method, retry-after, the outbox by kind and state', async () => {
    const fake = await new FakeSlack().start();
    seedWorkspace(fake, [
      { name: 'Sales', usergroup: 'SSALES001', size: 20 },
      { name: 'Support', usergroup: 'SSUPPORT1', size: 20 },
    ]);
    // more than 15 a second answer 429 with Retry-After: 1, as a workspace's limit would
    fake.rateLimit(POST, 15, 1);
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, fake);
    expect((await t.client.command('pulse now', { user: ADMIN })).status).toBe(200);
    await fake.waitFor((f) => f.responses.length > 0, 10_000);
    // how many the pulse goes to, from its outbox (the reply numbers only departments large enough to report on)
    const invited =
      t.bot.container.db.all<{ n: number }>(
        sql`select count(*) as n from deliveries where kind = 'invite' and pulse_id = ${t.bot.container.pulses.current()?.id ?? 0}`,
      )[0]?.n ?? 0;
    expect(invited).toBeGreaterThan(15);
    const people = { length: invited };
    const dms = () =>
      fake.messages.filter((m) => (m.metadata as { event_type?: string })?.event_type === PULSE_DM_EVENT);
    await fake
      .waitFor(() => dms().length >= people.length, 20_000)
      .catch((e: unknown) => {
        throw new Error(
          `${String(e)}: ${dms().length} DMs; ${fake.calls.map((c) => `${c.method} ${c.status}`).join(', ')}`,
        );
      });

    const res = await fetch(t.client.url.replace('/slack/events', '/metrics'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    const posts = fake.calls.filter((c) => c.method === POST);
    const RATE_LIMITED = posts.filter((c) => c.status === 429).length;
    expect(RATE_LIMITED).toBeGreaterThan(0);
    expect(sample(text, 'cx_align_slack_requests_total', `method="${POST}"`)).toBe(posts.length);
    expect(posts.length).toBe(people.length + RATE_LIMITED);
    expect(sample(text, 'cx_align_slack_rate_limited_total', `method="${POST}"`)).toBe(RATE_LIMITED);
    expect(sample(text, 'cx_align_slack_retry_after_seconds_total', `method="${POST}"`)).toBe(RATE_LIMITED);
    expect(sample(text, 'cx_align_slack_failures_total', `method="${POST}",kind="rate_limited"`)).toBe(
      RATE_LIMITED,
    );
    expect(sample(text, 'cx_align_outbox_rows', 'kind="invite",state="sent"')).toBe(people.length);
    expect(sample(text, 'cx_align_pulses_open')).toBe(1);
    expect(sample(text, 'cx_align_ack_seconds_count', 'surface="command"')).toBe(1);
    expect(sample(text, 'cx_align_in_doubt_settled_total', 'outcome="found"')).toBeUndefined();
    expect(sample(text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
    // no label holds a user id, a department name or a message
    expect(text).not.toMatch(/\bU\d{6}\b|Sales|Support/);
    await fake.stop();
  }, 40_000);

  it('counts answers stored (a changed answer again) and acks by surface', async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    const people = seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 3 }]);
    await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
    const [a, b] = people;
    if (!a || !b) throw new Error('no people');
    await answerPulse(t, a.id, { definition: 'Fast answers' });
    await answerPulse(t, b.id, { definition: 'Friendly answers' });
    await answerPulse(t, a.id, { definition: 'Fast and friendly answers' });
    const text = await (await fetch(t.client.url.replace('/slack/events', '/metrics'))).text();
    expect(sample(text, 'cx_align_answers_received_total')).toBe(3);
    expect(sample(text, 'cx_align_ack_seconds_count', 'surface="view"')).toBe(3);
    expect(sample(text, 'cx_align_ack_seconds_count', 'surface="action"')).toBe(3);
    expect(t.bot.container.repos.answers.countForPulse(t.bot.container.pulses.current()?.id ?? 0)).toBe(2);
  });

  it('each app has its own registry: a second bot in the same process starts from zero', async () => {
    const fake = await new FakeSlack().start();
    const first = await startTestBot({}, fake);
    t = await startTestBot({}, fake);
    expect((await first.client.command('help')).status).toBe(200);
    const own = await (await fetch(t.client.url.replace('/slack/events', '/metrics'))).text();
    const other = await (await fetch(first.client.url.replace('/slack/events', '/metrics'))).text();
    expect(sample(other, 'cx_align_ack_seconds_count', 'surface="command"')).toBe(1);
    expect(sample(own, 'cx_align_ack_seconds_count', 'surface="command"')).toBeUndefined();
    await first.stop();
    await fake.stop();
  });
});
