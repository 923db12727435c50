/**
 * A stop waits for the listeners still at work after their ack: a leader's report goes out over
 * the response_url after the 3-second ack, and a SIGTERM in between must not cut it off (nor let it
 * meet a closed database). The real bot over signed HTTP; the fake Slack holds each response_url
 * post for 600 ms, so the replies are still on their way when the stop begins.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { errorLogsSince } from '../support/fuzz/bot';
import { LEADER, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';

describe('stopping while replies are on their way', () => {
  let t: TestBot | undefined;
  afterEach(async () => {
    await t?.fake.stop();
  });

  it('sends every reply already acked before it closes the database', async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: 'UADMIN001' });
    await runPlantedPulse(t);
    t.fake.delay('respond', 600);
    const fromLog = t.logs.length;
    const ids = ['stop0', 'stop1', 'stop2', 'stop3'];
    const acks = await Promise.all(ids.map((id) => t?.client.command('', { user: LEADER, responseId: id })));
    expect(acks.map((a) => a?.status)).toEqual([200, 200, 200, 200]);
    expect(t.fake.responses.filter((r) => r.path.startsWith('/respond/stop'))).toHaveLength(0);

    await t.bot.stop();

    const replied = t.fake.responses.filter((r) => r.path.startsWith('/respond/stop')).map((r) => r.path);
    expect(replied.sort()).toEqual(ids.map((id) => `/respond/${id}`));
    for (const id of ids)
      expect(JSON.stringify(t.fake.responses.find((r) => r.path === `/respond/${id}`)?.body)).toContain(
        'Sales conversations',
      );
    expect(errorLogsSince(t, fromLog)).toEqual([]);
    expect(t.logs.join('\n')).not.toContain('database connection is not open');
  });
});
