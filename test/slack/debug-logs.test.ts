/**
 * Logs that link nobody: at LOG_LEVEL=debug, the real bot in HTTP mode, a pulse DM, a pulse
 * submission and an App Home publish through the stand-in Slack, and not one log line holds a
 * user id next to the answer's text. The Web API methods still show, with their status.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { redactSlackDebug } from '../../src/slack-client/bolt-logger';
import { answerPulse } from '../support/answer-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
const ANSWER = 'Zebracorn answers within the hour';

describe('debug logs', () => {
  let t: TestBot;
  afterEach(() => t.stop());

  it('hold no user id next to answer text, and keep method and status', async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN, LOG_LEVEL: 'debug' });
    const people = seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 5 }]);
    t.bot.container.repos.departments.replaceActive(
      [{ name: 'Sales', usergroupId: 'SSALES001', profileValue: null }],
      new Date(),
    );
    await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
    const user = people[0]?.id ?? '';
    await answerPulse(t, user, { definition: ANSWER, quoteConsent: true });
    await t.client.event({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: '1.0' });
    await t.fake.waitFor((f) => JSON.stringify(f.homes.get(user) ?? '').includes('Zebracorn'));
    await new Promise((r) => setTimeout(r, 200));

    expect(JSON.stringify(t.fake.homes.get(user))).toContain(ANSWER); // the home did show it
    const debug = t.logs.filter((l) => l.includes(' DEBUG '));
    expect(debug.some((l) => l.includes('/views.publish'))).toBe(true);
    expect(debug.some((l) => l.includes('/chat.postMessage'))).toBe(true);
    expect(debug.some((l) => l.includes('http request result: ok=true'))).toBe(true);
    const ids = people.map((p) => p.id);
    const linking = t.logs.filter((l) => l.includes('Zebracorn') && ids.some((id) => l.includes(id)));
    expect(linking).toEqual([]);
    expect(t.logs.filter((l) => l.includes('Zebracorn'))).toEqual([]);
  });
});

describe('redactSlackDebug', () => {
  it.each([
    ['http request body: {"channel":"U1","blocks":"x"}', 'http request body: [redacted]'],
    [
      'http request result: {"ok":false,"error":"invalid_blocks","view":{}}',
      'http request result: ok=false error=invalid_blocks',
    ],
    ['ack() response sent (body: {"response_action":"update"})', 'ack() response sent (body: [redacted])'],
    [
      'Received a message on the WebSocket: {"payload":{}}',
      'Received a message on the WebSocket: [redacted]',
    ],
    [
      'Calling ack() - type: interactive, envelope_id: e1, data: {"x":1}',
      'Calling ack() - type: interactive, envelope_id: e1, data: [redacted]',
    ],
    ['{"type":"view_submission","user":{"id":"U1"}}', '[redacted payload]'],
    ["apiCall('views.publish') start", "apiCall('views.publish') start"],
    [
      'http request url: https://slack.com/api/chat.postMessage',
      'http request url: https://slack.com/api/chat.postMessage',
    ],
  ])('%s', (line, expected) => expect(redactSlackDebug(line)).toBe(expected));
});
