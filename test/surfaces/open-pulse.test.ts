/**
 * Slack shows results of closed pulses only. While a pulse is open its figures would change with
 * every answer, so a leader who read a view before and after one known colleague answered could
 * subtract the two and learn that colleague's ratings. Through the real app and a fake Slack:
 * 1. a first pulse, open and answered: `/cx-alignment`, `dept`, `touchpoint`, `trend`, `export`,
 *    the App Home dashboard and the report modal say only that it is open, about how many have
 *    answered so far (rounded) and that its results come when it closes;
 * 2. once it closes, its figures appear;
 * 3. the differencing attack: a closed pulse, then a second one open and answered by k people;
 *    every surface is read, one more person answers, every surface is read again: all of them are
 *    byte-identical (the line moves at most hourly); an hour later only the rounded counts moved.
 */
import type { ModalView } from '@slack/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/constants/slack-ids';
import { NO_CLOSED_RESULTS } from '../../src/render/slack-report/index';
import { answerPulse } from '../support/answer-pulse';
import { ADMIN, closePulse, LEADER, PLANTED, runPlantedPulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';

let asked = 0;

/** A leader's `/cx-alignment …`, answered through the response URL: the JSON Slack receives. */
async function ask(t: TestBot, text: string): Promise<string> {
  const id = `open${asked++}`;
  const res = await t.client.command(text, { user: LEADER, responseId: id });
  expect(res.status).toBe(200);
  await t.fake.waitFor((f) => f.responses.some((r) => r.path.endsWith(`/${id}`)), 15_000);
  return JSON.stringify(t.fake.responses.find((r) => r.path.endsWith(`/${id}`))?.body ?? {});
}

/** The leader's App Home, as published after they open it. */
async function home(t: TestBot): Promise<string> {
  const published = () => t.fake.callsTo('views.publish').filter((c) => c.args.user_id === LEADER).length;
  const before = published();
  await t.client.event({
    type: 'app_home_opened',
    user: LEADER,
    channel: 'D0HOME',
    tab: 'home',
    event_ts: '1.0',
  });
  await t.fake.waitFor(() => published() > before);
  return JSON.stringify(t.fake.homes.get(LEADER));
}

/** The report modal App Home's "Open the full report" opens. */
async function modal(t: TestBot): Promise<string> {
  const trigger = `trigger-report-${asked++}`;
  await t.client.blockAction(LEADER, { action_id: ACTIONS.homeOpenReport }, { trigger_id: trigger });
  await t.fake.waitFor((f) => f.callsTo('views.open').some((c) => c.args.trigger_id === trigger));
  return JSON.stringify(
    t.fake.callsTo('views.open').find((c) => c.args.trigger_id === trigger)?.args.view as ModalView,
  );
}

/** The CSVs uploaded so far, oldest first. */
const csvs = (t: TestBot): string[] =>
  [...t.fake.uploads.values()]
    .filter((u) => u.filename?.endsWith('.csv'))
    .map((u) => u.bytes.toString('utf8'));

/** Waits until the pulse's DMs are out, so its delivered count is settled. */
async function delivered(t: TestBot, pulseId: number): Promise<void> {
  await t.fake.waitFor(() => {
    const counts = t.bot.container.pulses.deliveryCounts(pulseId);
    return counts.pending === 0 && counts.in_flight === 0;
  }, 20_000);
}

/** The open pulse's line, with its participation counts (the only thing allowed to change) masked. */
const OPEN_COUNTS =
  /(Pulse #\d+ is open\*? until <!date\^\d+\^[^>]*>)(: [^.]*\.|; no department has \d+ answers yet\.)/g;
const maskCounts = (text: string): string => text.replace(OPEN_COUNTS, '$1: <answered so far>.');

describe('a first pulse, open and answered: no figure anywhere, only that it is open', () => {
  let t: TestBot;
  let pulseId: number;
  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    ({ pulseId } = await runPlantedPulse(t, { close: false }));
    await delivered(t, pulseId);
  }, 60_000);
  afterAll(() => t.stop());

  /** What every view says instead of results: 18 of the 18 invited in Sales, Service, Marketing. */
  function expectOnlyTheOpenLine(body: string, where: string) {
    expect(body, where).toContain(`*Pulse #${pulseId} is open* until <!date^`);
    // 18 of 18 answered: rounded to a multiple of 5 that is not above the invited
    expect(body, where).toContain('about 15 of 18 have answered so far (about 83%), across 3 departments');
    expect(body, where).not.toContain('18 of 18');
    expect(body, where).toContain('Its results come when it closes.');
    expect(body, where).toContain(NO_CLOSED_RESULTS);
    expect(body, where).not.toMatch(/\d\.\d/); // no mean, interval or share
    for (const figure of [
      'Alignment index',
      'index *',
      'diverge',
      PLANTED,
      'Sales',
      'Customer Service',
      'Marketing',
      'Executive',
    ])
      expect(body, `${figure} in ${where}`).not.toContain(figure);
  }

  it('/cx-alignment, dept, touchpoint, trend and export show no figure of it, only the open line', async () => {
    for (const text of [
      '',
      'dept sales',
      'dept executive',
      `touchpoint ${PLANTED}`,
      'touchpoint support',
      'trend',
      'export',
    ])
      expectOnlyTheOpenLine(await ask(t, text), `/cx-alignment ${text}`);
    expect(t.fake.callsTo('files.getUploadURLExternal')).toHaveLength(0); // no CSV of an open pulse
  });

  it('the App Home dashboard and the report modal show only the open line', async () => {
    expectOnlyTheOpenLine(await home(t), 'App Home');
    expectOnlyTheOpenLine(await modal(t), 'report modal');
  });

  it('once it closes, its figures appear everywhere, and the open line is gone', async () => {
    await closePulse(t, pulseId);
    const model = t.bot.container.reports.latest();
    const top = model?.divergences[0];
    expect(model?.window.pulseIds).toEqual([pulseId]);
    expect(top?.touchpoint).toBe(PLANTED);
    const report = await ask(t, '');
    expect(report).toContain(PLANTED);
    expect(report).toContain((top?.high.mean ?? 0).toFixed(1));
    expect(report).toContain('Alignment index');
    expect(await ask(t, 'dept sales')).toMatch(/\d\.\d/);
    expect(await ask(t, `touchpoint ${PLANTED}`)).toContain((top?.low.mean ?? 0).toFixed(1));
    await ask(t, 'export');
    expect(csvs(t).at(-1)).toContain(PLANTED);
    expect(await home(t)).toContain('Alignment');
    expect(await modal(t)).toContain(PLANTED);
    for (const body of [report, await home(t)]) {
      expect(body).not.toContain('is open* until');
      expect(body).not.toContain(NO_CLOSED_RESULTS);
    }
  });
});

describe('the differencing attack: one more answer to the open pulse changes nothing but its counts', () => {
  let t: TestBot;
  let people: { id: string; department: string }[];
  let second: number;
  /** Every surface a leader can read, by name. */
  type Reading = Map<string, string>;
  let before: Reading;
  let after: Reading;
  let touchpoints: string[];

  const MARKER = 'ZEBRAOPENPULSE';
  /** Answers the open pulse the opposite way of the closed one, with a traceable definition. */
  const answer = (id: string) =>
    answerPulse(t, id, {
      definition: `${MARKER} ${id} only price matters`,
      rating: (name) => (name === PLANTED ? '1' : '5'),
      priorities: ['Advertising'],
    });

  async function readEverything(): Promise<Reading> {
    const read: Reading = new Map();
    const uploadsBefore = csvs(t).length;
    read.set('report', await ask(t, ''));
    read.set('trend', await ask(t, 'trend'));
    for (const d of ['Sales', 'Customer Service', 'Marketing', 'Executive'])
      read.set(`dept ${d}`, await ask(t, `dept ${d}`));
    for (const name of touchpoints) read.set(`touchpoint ${name}`, await ask(t, `touchpoint ${name}`));
    read.set('export reply', await ask(t, 'export'));
    await t.fake.waitFor(() => csvs(t).length > uploadsBefore);
    read.set('export CSV', csvs(t).at(-1) ?? '');
    read.set('App Home', await home(t));
    read.set('report modal', await modal(t));
    return read;
  }

  // the bot's clock runs with real time from the start of an hour (so the readings share their
  // UTC hour), and can be moved on by an hour
  const HOUR = 3_600_000;
  let shift = Math.ceil(Date.now() / HOUR) * HOUR + 1_000 - Date.now();
  const clock = () => new Date(Date.now() + shift);

  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN }, undefined, {
      worker: { idlePollMs: 50, backoffMs: 50 },
      clock,
    });
    const planted = await runPlantedPulse(t); // pulse 1: answered and closed
    people = planted.people;
    touchpoints = t.bot.container.pulses.touchpoints(planted.pulseId).map((p) => p.name);
    const opened = await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
    second = opened?.pulse.id ?? 0;
    await delivered(t, second);
    // k answers: Sales and Customer Service in full, 4 of Marketing (under the threshold), 1 Executive
    const byDept = (d: string) => people.filter((p) => p.department === d);
    const marketing = byDept('Marketing');
    const k = [
      ...byDept('Sales'),
      ...byDept('Customer Service'),
      ...marketing.slice(0, 4),
      ...byDept('Executive').slice(0, 1),
    ];
    for (const p of k) await answer(p.id);
    before = await readEverything();
    // one known colleague answers: the fifth of Marketing, which takes it over the threshold
    const colleague = marketing[4];
    if (!colleague) throw new Error('no fifth marketer');
    await answer(colleague.id);
    after = await readEverything();
  }, 120_000);
  afterAll(() => t.stop());

  it('read every surface, each showing the closed pulse and the open pulse’s line', () => {
    expect([...before.keys()]).toEqual([...after.keys()]);
    expect(before.size).toBe(10 + touchpoints.length);
    for (const name of [
      'report',
      'trend',
      'dept Sales',
      `touchpoint ${PLANTED}`,
      'export reply',
      'App Home',
      'report modal',
    ])
      expect(before.get(name), name).toContain(`Pulse #${second} is open`);
    // the closed pulse's figures are there to be compared
    for (const name of ['report', 'dept Sales', `touchpoint ${PLANTED}`, 'report modal'])
      expect(before.get(name), name).toMatch(/\d\.\d/);
    expect(before.get('App Home')).toContain('Alignment');
    expect(before.get('report')).toContain('Pulse #1 · opened');
    // 12 of 12 answered, rounded to a multiple of 5 that is not above the invited
    expect(before.get('report')).toContain(
      'about 10 of 12 have answered so far (about 83%), across 2 departments',
    );
    expect(before.get('export CSV')).toContain(PLANTED);
  });

  it('every surface is byte-identical before and after, counts too: the line moves at most hourly', () => {
    for (const [name, body] of before) expect(after.get(name), name).toBe(body);
  });

  it('an hour later the line is computed again, and nothing but its counts has moved', async () => {
    shift += HOUR;
    const later = await readEverything();
    // 17 of 18 now in the three departments at the threshold (Marketing crossed it)
    expect(later.get('report')).toContain(
      'about 15 of 18 have answered so far (about 83%), across 3 departments',
    );
    for (const [name, body] of before) expect(maskCounts(later.get(name) ?? ''), name).toBe(maskCounts(body));
    expect(later.get('report')).not.toBe(before.get('report'));
  });

  it('nothing of the open pulse’s answers shows anywhere', () => {
    for (const [name, body] of [...before, ...after]) expect(body, name).not.toContain(MARKER);
    expect(t.bot.container.repos.answers.countForPulse(second)).toBe(18);
  });
});
