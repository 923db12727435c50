/**
 * The subtraction attack on totals, through the real bot over signed HTTP: no total a leader or an
 * admin reads, minus the departments shown, gives a department under the threshold. Sales, Customer
 * Service and Marketing have 6 people each and all answer; Finance has 6 and 2 answer (hidden for
 * too few respondents); Executive has 2 and both answer (under the threshold by its size). At 5:
 * - `pulse now` numbers the 24 in departments of 5 or more, and only says there are others;
 * - the open pulse's line (`/cx-alignment`) and the close confirmation count the 3 shown
 *   departments only, rounded;
 * - the "Closed." message and the closed report say 18 answered, the exact frozen figure.
 * Each total minus the shown departments' 18 gives 0, or Finance's 6 (a group of at least the
 * threshold): never Executive's 2 nor Finance's 2 answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PULSE_CLOSE_ACTIONS } from '../../src/constants/slack-ids';
import { answerPulse } from '../support/answer-pulse';
import { responseFor } from '../support/fuzz/bot';
import { ADMIN, LEADER } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const DEPARTMENTS = [
  { name: 'Sales', usergroup: 'SSALES001', size: 6, answering: 6 },
  { name: 'Customer Service', usergroup: 'SSERVICE1', size: 6, answering: 6 },
  { name: 'Marketing', usergroup: 'SMARKET01', size: 6, answering: 6 },
  { name: 'Finance', usergroup: 'SFINANCE1', size: 6, answering: 2 },
  { name: 'Executive', usergroup: 'SEXEC0001', size: 2, answering: 2 },
];
/** Invited and answered in the three shown departments. */
const SHOWN = 18;

/** The numbers in a reply's text, leaving out Slack dates and the pulse's own number. */
function numbersIn(text: string, pulseId: number): number[] {
  const plain = text.replace(/<!date\^[^>]*>/g, '').replace(new RegExp(`#${pulseId}\\b`, 'g'), '');
  return (plain.match(/\d+/g) ?? []).map(Number);
}

/**
 * A total that counted a hidden group: with Executive (2 people, 2 answers) or Finance's 2 answers.
 * `pulse now` may say 24 (Finance's 6 invited are a group of at least the threshold).
 */
const ANSWERED_WITH_HIDDEN = [20, 22, 24, 26];
const INVITED_WITH_HIDDEN = [20, 26];

/** No number said is a total with a hidden group in it, nor a hidden group once the shown are taken off. */
function expectNoHiddenGroup(numbers: number[], where: string, forbidden: number[]): void {
  for (const n of numbers) {
    expect(forbidden, `${n} in ${where}`).not.toContain(n);
    expect([2, 4], `${n} − ${SHOWN} in ${where}`).not.toContain(n - SHOWN);
  }
}

let asked = 0;
async function command(t: TestBot, user: string, text: string): Promise<Record<string, unknown>> {
  const id = `hidden${asked++}`;
  expect((await t.client.command(text, { user, responseId: id })).status).toBe(200);
  return responseFor(t, id, 20_000);
}

describe('totals never count a department under the threshold', () => {
  let t: TestBot;
  let pulseId: number;
  let pulseNow: string;
  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    const people = seedWorkspace(t.fake, DEPARTMENTS);
    t.bot.container.repos.departments.replaceActive(
      DEPARTMENTS.map((d) => ({ name: d.name, usergroupId: d.usergroup, profileValue: null })),
      new Date(),
    );
    t.bot.container.settings.update({ leaders: { users: [LEADER], usergroup: null } }, ADMIN);
    pulseNow = String((await command(t, ADMIN, 'pulse now')).text);
    pulseId = t.bot.container.pulses.current()?.id ?? 0;
    await t.fake.waitFor(() => {
      const counts = t.bot.container.pulses.deliveryCounts(pulseId);
      return counts.pending === 0 && counts.in_flight === 0;
    }, 20_000);
    for (const d of DEPARTMENTS)
      for (const p of people.filter((q) => q.department === d.name).slice(0, d.answering))
        await answerPulse(t, p.id, { definition: 'Answer the phone quickly' });
  }, 120_000);
  afterAll(() => t.stop());

  it('`pulse now` numbers only the departments of at least the threshold', () => {
    expect(pulseNow).toContain(
      `Pulse #${pulseId} is open: 24 people in departments large enough to report on get a DM over the next few minutes, and so do some people in smaller departments`,
    );
    expect(numbersIn(pulseNow, pulseId)).toEqual([24]);
    // 24 − 18 is Finance's 6 invited: a group of at least the threshold, never Executive's 2
    expectNoHiddenGroup(numbersIn(pulseNow, pulseId), 'pulse now', INVITED_WITH_HIDDEN);
  });

  it('the open pulse’s line counts the shown departments only, rounded', async () => {
    const report = String((await command(t, LEADER, '')).text);
    expect(report).toContain('about 15 of 18 have answered so far (about 83%), across 3 departments');
    expectNoHiddenGroup(
      numbersIn(report.split('\n')[0] ?? '', pulseId),
      'the open line',
      ANSWERED_WITH_HIDDEN,
    );
  });

  it('the close confirmation, then the "Closed." message and the closed report', async () => {
    const confirmation = String((await command(t, ADMIN, 'pulse close')).text);
    expect(confirmation).toContain('About 15 of 18 have answered so far (about 83%), across 3 departments');
    expectNoHiddenGroup(numbersIn(confirmation, pulseId), 'the close confirmation', ANSWERED_WITH_HIDDEN);

    const id = `hidden${asked++}`;
    await t.client.blockAction(
      ADMIN,
      { action_id: PULSE_CLOSE_ACTIONS.closeNow, value: String(pulseId) },
      { response_url: `${t.fake.url}/respond/${id}` },
    );
    const closed = String((await responseFor(t, id, 20_000)).text);
    expect(closed).toContain(`Closed. Pulse #${pulseId}: 18 answered, across 3 departments.`);
    expectNoHiddenGroup(numbersIn(closed, pulseId), 'the Closed message', ANSWERED_WITH_HIDDEN);

    const report = String((await command(t, LEADER, '')).text);
    expect(report).toContain('18 of 18 answered (100%) across 3 departments');
    expect(report).not.toContain('is open');
    expectNoHiddenGroup(
      numbersIn(report.split('\n').at(-1) ?? '', pulseId),
      'the closed report',
      ANSWERED_WITH_HIDDEN,
    );
  });
});
