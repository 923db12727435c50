/**
 * Quotes through the real app: the pulse modal asks for consent (off by default, prefilled when
 * editing), only consenting answers are quoted, with the roster's names and contacts scrubbed, and an
 * admin's "Show quotes in reports" off hides every quote.
 */
import type { ModalView } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/constants/slack-ids';
import { pulseResults } from '../../src/db/schema';
import { QUOTE_CONSENT_TEXT } from '../../src/render/quote-consent-block';
import { answerPulse, openPulseModal } from '../support/answer-pulse';
import { closePulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
const LEADER = 'ULEADER01';

const consentBlock = (view: ModalView) =>
  view.blocks.find((b) => b.block_id === 'quote_consent') as
    | { element: { type: string; options: { text: { text: string } }[]; initial_options?: unknown[] } }
    | undefined;

describe('consent to quote, and quotes that identify nobody', () => {
  let t: TestBot;
  let people: { id: string; department: string }[];
  let n = 0;

  async function ask(text: string): Promise<string> {
    const id = `q${n++}`;
    await t.client.command(text, { user: LEADER, responseId: id });
    await t.fake.waitFor((f) => f.responses.some((r) => r.path.endsWith(`/${id}`)), 15_000);
    return JSON.stringify(t.fake.responses.find((r) => r.path.endsWith(`/${id}`))?.body ?? {});
  }

  beforeEach(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    people = seedWorkspace(t.fake, [
      { name: 'Sales', usergroup: 'SSALES001', size: 6 },
      { name: 'Service', usergroup: 'SSERVICE1', size: 5 },
    ]);
    const names: Record<string, { real_name: string; profile: Record<string, string> }> = {
      [people[0]?.id ?? '']: { real_name: 'Anna Schmidt', profile: { display_name: 'annas' } },
      [people[1]?.id ?? '']: { real_name: 'José Núñez', profile: { display_name: 'Pepe' } },
    };
    t.fake.members = t.fake.members.map((m) => ({ ...m, ...names[m.id] }));
    t.bot.container.repos.departments.replaceActive(
      [
        { name: 'Sales', usergroupId: 'SSALES001', profileValue: null },
        { name: 'Service', usergroupId: 'SSERVICE1', profileValue: null },
      ],
      new Date(),
    );
    t.bot.container.settings.update({ leaders: { users: [LEADER], usergroup: null } }, ADMIN);
    await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
  });
  afterEach(() => t.stop());

  it('asks with a checkbox that is off, and prefills it when the answer is edited', async () => {
    const pulseId = t.bot.container.pulses.current()?.id ?? 0;
    const [a, b] = [people[0]?.id ?? '', people[1]?.id ?? ''];
    const first = consentBlock(await openPulseModal(t, a, pulseId));
    expect(first?.element.type).toBe('checkboxes');
    expect(first?.element.options[0]?.text.text).toBe(QUOTE_CONSENT_TEXT);
    expect(first?.element.initial_options).toBeUndefined();

    await answerPulse(t, a, { definition: 'Fast answers every single time', quoteConsent: true });
    await answerPulse(t, b, { definition: 'Fast answers every single time' });
    expect(consentBlock(await openPulseModal(t, a, pulseId))?.element.initial_options).toHaveLength(1);
    expect(consentBlock(await openPulseModal(t, b, pulseId))?.element.initial_options).toBeUndefined();

    // withdrawing it: the edited answer is no longer quotable
    await answerPulse(t, a, { definition: 'Fast answers every single time', quoteConsent: false });
    expect(consentBlock(await openPulseModal(t, a, pulseId))?.element.initial_options).toBeUndefined();
    expect(t.bot.container.answers.current(a, pulseId)?.quoteConsent).toBe(false);
  });

  it('quotes only consenting answers, scrubbed; "Show quotes in reports" off shows none', async () => {
    const pulseId = t.bot.container.pulses.current()?.id ?? 0;
    const texts = [
      'Call back within the hour like Anna does: anna.schmidt+cx@acme.com',
      "Pepe's rule: ring +44 20 7946 0958 and fix it, see https://acme.com/x",
    ];
    for (const [i, p] of people.entries())
      await answerPulse(t, p.id, {
        definition: texts[i] ?? `Never quote me, number ${i}, I did not agree`,
        quoteConsent: i < 2,
      });
    await closePulse(t, pulseId);

    const quotes = t.bot.container.reports.latest()?.definitions.quotes.map((q) => q.text);
    expect(new Set(quotes)).toEqual(
      new Set([
        "[name]'s rule: ring [contact] and fix it, see [link]",
        'Call back within the hour like [name] does: [contact]',
      ]),
    );
    const dept = await ask('dept sales');
    expect(dept).toContain('[contact]');
    expect(dept).not.toMatch(/Never quote me|Anna|Pepe|7946|acme\.com/);

    t.bot.container.settings.update({ show_quotes: false }, ADMIN);
    expect(t.bot.container.reports.latest()?.definitions.quotes).toEqual([]);
    for (const surface of [await ask('dept sales'), await ask('')]) {
      expect(surface).not.toContain('[contact]');
      expect(surface).not.toContain('Call back within the hour');
    }
  });

  it('"Delete my data" after close takes the person\'s quote out of the frozen results, and no figure moves', async () => {
    const pulseId = t.bot.container.pulses.current()?.id ?? 0;
    const sales = people.filter((p) => p.department === 'Sales');
    for (const [i, p] of sales.entries())
      await answerPulse(t, p.id, {
        definition: `Quote number ${i}: we call back within the hour`,
        quoteConsent: true,
      });
    await closePulse(t, pulseId);
    // quotes are the latest answers: the last to answer is quoted
    const me = sales.at(-1)?.id ?? '';
    const mine = `Quote number ${sales.length - 1}: we call back within the hour`;
    const before = t.bot.container.reports.latest();
    expect(before?.definitions.quotes.map((q) => q.text)).toContain(mine);
    const figures = (r: typeof before) =>
      JSON.stringify({ ...r, definitions: { ...r?.definitions, quotes: [] } });

    await t.client.blockAction(me, { action_id: ACTIONS.homeDeleteData });
    await t.fake.waitFor((f) =>
      String(JSON.stringify(f.homes.get(me))).includes('Deleted 1 answer of yours'),
    );
    const after = t.bot.container.reports.latest();
    const quotesAfter = after?.definitions.quotes.map((q) => q.text) ?? [];
    expect(quotesAfter).not.toContain(mine);
    for (const q of quotesAfter) expect(before?.definitions.quotes.map((b) => b.text)).toContain(q);
    expect(figures(after)).toBe(figures(before));
    const home = JSON.stringify(t.fake.homes.get(me));
    expect(home).toContain('Results of pulses already closed stay as they were');

    // a retention purge (the whole pulse's answers) keeps the frozen quotes but forgets which answers they came from
    expect(t.bot.container.repos.answers.deleteOfPulses([pulseId])).toBe(sales.length - 1);
    expect(JSON.stringify(t.bot.container.reports.latest())).toBe(JSON.stringify(after));
    const stored = t.bot.container.db.select().from(pulseResults).all();
    expect(stored.map((r) => r.results).join('')).not.toContain('answerIds');
  });
});
