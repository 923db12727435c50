/**
 * Closed means closed: a closed pulse's results are frozen at the close, so nothing done afterwards
 * can move a figure of it, and no difference of two readings can give anyone's answer back.
 *
 * Through the real app (HTTP receiver, signed requests, a fake Slack, a SQLite file): a pulse of
 * four departments (Sales 7, Customer Service 6, Marketing 5, Finance 4 under the threshold of 5 it
 * was asked under), with consenting quotes, answered and closed. Every surface that shows it is
 * read byte for byte (`/cx-alignment`, `trend`, `dept` of each department, the hidden one too,
 * `touchpoint` of each, `export` and its CSV, the leader's App Home and report modal, the weekly
 * digest re-posted with its heatmap PNG (the close digest's twin), the CLI report as text, CSV and
 * JSON). Then, one after
 * another, each read again after:
 * 1. a Customer Service respondent presses "Delete my data" on App Home (one who gave no quote:
 *    nothing moves at all; then the one whose answer is quoted: figures stay, and the quotes left
 *    are among those shown before);
 * 2. retention purges every raw answer (the clock past the cutoff);
 * 3. an admin lowers the threshold to 3 in the settings modal: Finance stays hidden;
 * 4. in the settings modal, user groups remapped and departments renamed in place; a department
 *    replaced by a new name and one archived; a touchpoint renamed and one removed.
 */
import type { ModalView } from '@slack/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, SETTINGS_BLOCKS as B, VIEWS } from '../../src/constants/slack-ids';
import { answerPulse } from '../support/answer-pulse';
import { differing, readSurfaces, type Surfaces, withoutQuotes } from '../support/closed-pulse-surfaces';
import { initialState } from '../support/modal-state';
import { closePulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
const LEADER = 'ULEADER01';
const PLANTED = 'Sales conversations';
const DEPARTMENTS = [
  { name: 'Sales', usergroup: 'SSALES001', size: 7 },
  { name: 'Customer Service', usergroup: 'SSERVICE1', size: 6 },
  { name: 'Marketing', usergroup: 'SMARKET01', size: 5 },
  { name: 'Finance', usergroup: 'SFINANCE1', size: 4 },
];
/** The one consenting, quotable answer of each department (Finance's must never show). */
const QUOTES: Record<string, string> = {
  Sales: 'We answer every customer within the hour',
  'Customer Service': 'Solve the problem on the very first call',
  Marketing: 'Remember every customer and personalise',
  Finance: 'Send every invoice right the first time',
};
const MONTH_MS = 31 * 24 * 3600_000;
/** App Home's privacy line, which states the current threshold setting. */
const SETTING_LINE = /Reports show groups of 3\+ people/g;

/** Quotes (of {@link QUOTES}) that a surface shows. */
const quotesIn = (body: string) => Object.values(QUOTES).filter((q) => body.includes(q));

describe('closed means closed: after the close, nothing moves a closed pulse on any surface', () => {
  let t: TestBot;
  let offset = 0;
  let pulseId = 0;
  let people: { id: string; department: string }[] = [];
  let touchpoints: string[] = [];
  let first: Surfaces;
  let last: Surfaces;
  const read = () =>
    readSurfaces(t, {
      leader: LEADER,
      admin: ADMIN,
      departments: DEPARTMENTS.map((d) => d.name),
      touchpoints,
    });
  /**
   * Reads everything again; every surface must be byte-identical to the reading before. Once the
   * threshold setting is lowered, App Home's privacy line ("Reports show groups of N+ people")
   * states the new setting, for the pulses to come: that one sentence is read as the pulse's own.
   */
  async function expectUnchanged(): Promise<Surfaces> {
    const now = await read();
    now.set(
      'App Home',
      (now.get('App Home') ?? '').replace(SETTING_LINE, 'Reports show groups of 5+ people'),
    );
    expect(differing(last, now)).toEqual([]);
    last = now;
    return now;
  }

  /** The settings modal as an admin opens it with `/cx-alignment config`, submitted with `edits`. */
  async function submitSettings(edits: Record<string, Record<string, unknown>>): Promise<void> {
    const before = t.fake.callsTo('views.open').length;
    expect((await t.client.command('config', { user: ADMIN })).status).toBe(200);
    await t.fake.waitFor((f) => f.callsTo('views.open').length > before);
    const view = t.fake.callsTo('views.open').at(-1)?.args.view as ModalView;
    const res = await t.client.viewSubmission(ADMIN, {
      callback_id: VIEWS.settings,
      values: initialState(view, edits),
    });
    expect(res.json?.response_action, JSON.stringify(res.json)).toBe('update');
  }

  /** A person presses "Delete my data" on their App Home (the button's confirm is Slack's). */
  async function deleteMyData(user: string): Promise<void> {
    const own = () => t.bot.container.answers.countOwn(user);
    expect(own()).toBe(1);
    const res = await t.client.blockAction(user, { action_id: ACTIONS.homeDeleteData });
    expect(res.status).toBe(200);
    await t.fake.waitFor(() => own() === 0 && t.fake.homes.has(user));
    expect(JSON.stringify(t.fake.homes.get(user))).toMatch(/delet/i);
  }

  const member = (department: string, index: number): string => {
    const id = people.filter((p) => p.department === department)[index]?.id;
    if (id === undefined) throw new Error(`no ${department} #${index}`);
    return id;
  };

  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, undefined, {
      worker: { idlePollMs: 50, backoffMs: 50 },
      clock: () => new Date(Date.now() + offset),
    });
    people = seedWorkspace(t.fake, DEPARTMENTS);
    const { container } = t.bot;
    container.repos.departments.replaceActive(
      DEPARTMENTS.map((d) => ({ name: d.name, usergroupId: d.usergroup, profileValue: null })),
      new Date(),
    );
    t.fake.channels.add('C0CLOSE01');
    container.settings.update(
      { leaders: { users: [LEADER], usergroup: null }, digest_channels: ['C0CLOSE01'] },
      ADMIN,
    );
    pulseId = (await container.pulses.open({ trigger: 'manual', openedBy: ADMIN }))?.pulse.id ?? 0;
    touchpoints = container.pulses.touchpoints(pulseId).map((p) => p.name);
    for (const [d, dept] of DEPARTMENTS.entries())
      for (let i = 0; i < dept.size; i++)
        await answerPulse(t, member(dept.name, i), {
          definition: i === 1 ? (QUOTES[dept.name] ?? '') : `Fast and friendly help ${dept.name} ${i}`,
          quoteConsent: i === 1,
          rating: (tp) =>
            tp === PLANTED
              ? String(d === 0 ? 4 + (i % 2) : d === 1 ? 1 + (i % 2) : 3)
              : String(1 + ((d * 3 + i * 2 + tp.length) % 5)),
          priorities: d === 1 ? ['Customer support', 'Product & service quality'] : [PLANTED, 'Advertising'],
        });
    await closePulse(t, pulseId);
    first = await read();
    last = first;
  }, 120_000);
  afterAll(() => t.stop());

  it('reads every surface of the closed pulse, with its figures, quotes and the hidden group', () => {
    expect(first.get('report')).toContain(PLANTED);
    expect(first.get('report')).toMatch(/\d\.\d/);
    expect(first.get('dept Customer Service')).toContain(QUOTES['Customer Service']);
    expect(first.get('dept Finance')).toContain('had fewer than 5 respondents');
    expect(first.get('export CSV')).toContain('Customer Service');
    expect(first.get('CLI text')).toContain('anonymity threshold 5');
    expect(first.get('heatmap PNG')).toMatch(/^[1-9]\d{3,} bytes/);
    expect(quotesIn(first.get('report') ?? '')).toContain(QUOTES['Customer Service']);
    // Finance is named as not shown, never with a figure or a quote
    for (const [name, body] of first) expect(body, name).not.toContain(QUOTES.Finance);
    for (const csv of ['export CSV', 'CLI csv']) expect(first.get(csv), csv).not.toContain('Finance');
    const model = JSON.parse(first.get('CLI json') ?? '{}') as { departments: { name: string }[] };
    expect(model.departments.map((d) => d.name)).toEqual(['Sales', 'Customer Service', 'Marketing']);
  });

  it('the weekly re-post is the close digest again, but for the period it names', () => {
    const close = t.fake.messages.find((m) => m.channel === 'C0CLOSE01' && m.metadata !== undefined);
    const image = (close?.blocks as { type: string; slack_file?: { id: string } }[] | undefined)?.find(
      (b) => b.type === 'image',
    );
    const body = JSON.stringify({ text: close?.text, blocks: close?.blocks })
      .replaceAll(image?.slack_file?.id ?? 'none', '<heatmap file>')
      .replaceAll(`Pulse #${pulseId} results`, 'Week 48');
    expect(body).toBe(first.get('weekly digest'));
  });

  it('reading again changes nothing (the comparison itself is sound)', async () => {
    await expectUnchanged();
  });

  it('"Delete my data" by a Customer Service respondent who gave no quote moves nothing', async () => {
    await deleteMyData(member('Customer Service', 0));
    expect(t.bot.container.repos.answers.countForPulse(pulseId)).toBe(21);
    await expectUnchanged();
  });

  it('"Delete my data" by the quoted one keeps every figure; only their own quote may go', async () => {
    await deleteMyData(member('Customer Service', 1));
    const now = await read();
    for (const [name, body] of last) {
      const again = now.get(name) ?? '';
      expect(withoutQuotes(name, again), name).toBe(withoutQuotes(name, body));
      const gone = quotesIn(body).filter((q) => !quotesIn(again).includes(q));
      expect(
        gone.filter((q) => q !== QUOTES['Customer Service']),
        name,
      ).toEqual([]);
      expect(
        quotesIn(again).every((q) => quotesIn(body).includes(q)),
        name,
      ).toBe(true);
    }
    last = now;
  });

  it('retention purging every raw answer of the pulse moves nothing', async () => {
    t.bot.container.settings.update({ retention_months: 1 }, ADMIN);
    offset = 3 * MONTH_MS;
    expect(t.bot.container.retention.run()).toBe(20);
    expect(t.bot.container.repos.answers.countForPulse(pulseId)).toBe(0);
    await expectUnchanged();
  });

  it('lowering the threshold to 3 moves nothing: Finance, 4 under the 5 it answered under, stays hidden', async () => {
    await submitSettings({ [B.threshold]: { value: '3' } });
    expect(t.bot.container.settings.get().anonymity_threshold).toBe(3);
    expect(last.get('App Home')).toContain('Reports show groups of 5+ people');
    const now = await expectUnchanged();
    expect(now.get('dept Finance')).toContain('had fewer than 5 respondents');
  });

  it('user groups remapped and departments renamed in place move nothing', async () => {
    await submitSettings({
      [B.departments]: {
        value: [
          'SALES | SSALES001',
          'Customer Service | SSERVICE1',
          'Marketing | SFINANCE1',
          'FINANCE | SMARKET01',
        ].join('\n'),
      },
    });
    expect(t.bot.container.org.departments().map((d) => d.name)).toEqual([
      'SALES',
      'Customer Service',
      'Marketing',
      'FINANCE',
    ]);
    await expectUnchanged();
  });

  it('a department replaced by a new name and one archived move nothing', async () => {
    await submitSettings({
      [B.departments]: {
        value: ['SALES | SSALES001', 'Customer Care | SSERVICE1', 'Marketing | SMARKET01'].join('\n'),
      },
    });
    expect(t.bot.container.org.departments().map((d) => d.name)).toEqual([
      'SALES',
      'Customer Care',
      'Marketing',
    ]);
    await expectUnchanged();
  });

  it('a touchpoint renamed and one removed move nothing', async () => {
    const list = touchpoints
      .filter((p) => p !== 'Advertising')
      .map((p) => (p === PLANTED ? `${p} => Sales calls` : p));
    await submitSettings({ [B.touchpoints]: { value: list.join('\n') } });
    const now = t.bot.container.org.touchpoints().map((p) => p.name);
    expect(now).toContain('Sales calls');
    expect(now).not.toContain('Advertising');
    await expectUnchanged();
  });

  it('after all of it, every surface still shows the figures it showed at the close', () => {
    for (const [name, body] of first)
      expect(withoutQuotes(name, last.get(name) ?? ''), name).toBe(withoutQuotes(name, body));
  });
});
