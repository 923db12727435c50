/**
 * Participation never passes 100% and never states a false rate, on a real database through a real
 * close: with no department mapped, people invited before their department was known pick it when
 * answering, so a department can hold more answers than it had invitations ("8 answers of 2
 * invited"). Such a department shows its answers without a rate; the overall rate is over everyone
 * invited (the shown departments' and those invited without a department).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SELF_DECLARED_CAVEAT } from '../../src/render/slack-report/words';
import { answerPulse } from '../support/answer-pulse';
import { cliReport } from '../support/closed-pulse-surfaces';
import { ADMIN, closePulse, LEADER, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';

let t: TestBot;
afterEach(() => t.stop());

const picked = ['U0SALES01', 'U0SALES02'];
const finance = Array.from({ length: 5 }, (_, i) => `U0FINANC${i}`);
const unknown = Array.from({ length: 7 }, (_, i) => `U0NEWBIE${i}`);

/** Every percentage written in a text. */
const percents = (text: string) => [...text.matchAll(/(\d+)%/g)].map((m) => Number(m[1]));

/** A leader's `/cx-alignment` report, as Slack receives it. */
async function slackReport(): Promise<string> {
  const res = await t.client.command('', { user: LEADER, responseId: 'truth-report' });
  expect(res.status).toBe(200);
  await t.fake.waitFor((f) => f.responses.some((r) => r.path.endsWith('/truth-report')), 15_000);
  return JSON.stringify(t.fake.responses.find((r) => r.path.endsWith('/truth-report'))?.body ?? {});
}

/** Two people picked Sales in an earlier pulse, five Finance; seven have no department yet; none is mapped. */
async function pulseWithSelfPicks(): Promise<number> {
  t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
  t.fake.members = [...picked, ...finance, ...unknown].map((id) => ({ id, tz: 'Europe/London' }));
  t.fake.usergroups = [];
  const { departments, people } = t.bot.container.repos;
  departments.replaceActive(
    [
      { name: 'Sales', usergroupId: null, profileValue: null },
      { name: 'Finance', usergroupId: null, profileValue: null },
    ],
    new Date(),
  );
  const idOf = (name: string) => departments.listActive().find((d) => d.name === name)?.id ?? 0;
  for (const id of picked) people.setDepartment(people.ensure(id, new Date()).id, idOf('Sales'), 'self');
  for (const id of finance) people.setDepartment(people.ensure(id, new Date()).id, idOf('Finance'), 'self');
  t.bot.container.settings.update({ leaders: { users: [LEADER], usergroup: null } }, ADMIN);
  const opened = await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
  const pulseId = opened?.pulse.id ?? 0;
  // the seven answer where they are fixed; six of the seven new pick Sales, the first option
  for (const id of [...picked, ...finance, ...unknown.slice(0, 6)])
    await answerPulse(t, id, { definition: 'Answers that are quick and kind' });
  await closePulse(t, pulseId);
  return pulseId;
}

describe('participation after a close', () => {
  it('never passes 100%, and a department invited without its department shows no rate', async () => {
    const pulseId = await pulseWithSelfPicks();
    const frozen = t.bot.container.db.$client
      .prepare('select results from pulse_results where pulse_id = ?')
      .get(pulseId) as { results: string };
    const input = JSON.parse(frozen.results).input;
    // Sales had 2 invitations under its name and 8 answers: the 7 others had no department yet
    expect(input.participation).toEqual([
      expect.objectContaining({ delivered: 2, answered: 8 }),
      expect.objectContaining({ delivered: 5, answered: 5 }),
    ]);
    expect(input.unplacedInvites).toEqual({ delivered: 7, failed: 0 });

    const slack = await slackReport();
    expect(slack).toContain('13 of 14 answered (93%) across 2 departments');
    expect(slack).toContain('invitations were not known per department');
    expect(Math.max(...percents(slack))).toBeLessThanOrEqual(100);

    const text = cliReport(t, ['--format', 'text']);
    const table = text.slice(text.indexOf('PARTICIPATION')).split('\n');
    const salesRow = table.find((l) => l.trimStart().startsWith('Sales '));
    expect(salesRow?.trim().split(/\s+/)).toEqual(['Sales', '2', '8', '–', '0']);
    const financeRow = table.find((l) => l.trimStart().startsWith('Finance '));
    expect(financeRow?.trim().split(/\s+/)).toEqual(['Finance', '5', '5', '–', '0']);
    expect(text).toMatch(/All invited\s+14\s+13\s+93%/);
    expect(text).toContain('invitations were not known per department');
    expect(Math.max(...percents(text))).toBeLessThanOrEqual(100);
    // every one of the 14 invited had a department of their own choosing (or none yet)
    expect(input.mostlySelfDeclared).toBe(true);
    expect(slack).toContain(SELF_DECLARED_CAVEAT);
    expect(text).toContain(SELF_DECLARED_CAVEAT);
  });

  it('says nothing of self-declared departments, and gives true rates, when they come from user groups', async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    await runPlantedPulse(t);
    const slack = await slackReport();
    expect(slack).toContain('18 of 18 answered (100%) across 3 departments');
    expect(slack).not.toContain(SELF_DECLARED_CAVEAT);
    expect(slack).not.toContain('invitations were not known per department');
    const table = cliReport(t, ['--format', 'text']);
    expect(table).toMatch(/Sales\s+6\s+6\s+100%/);
    expect(table).not.toContain(SELF_DECLARED_CAVEAT);
  });
});
