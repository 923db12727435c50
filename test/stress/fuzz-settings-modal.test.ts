/**
 * The settings modal with random edits to every block, through the real app over signed HTTP.
 *
 * Each generated edit is tagged from the rules the modal states (hints, limits, DESIGN.md):
 * `valid`, `invalid` (with the block that must say so), or `either` (hostile text, a rename that
 * depends on the current list). The oracle:
 * - an edit tagged invalid → `errors` naming its block, and nothing changed;
 * - every edit valid → saved;
 * - whatever is saved re-opens as a fixed point: the reopened modal, submitted unchanged, says
 *   "Nothing had changed" and changes nothing (what an admin sees is what is stored);
 * - `errors` only ever name blocks of the modal, and change nothing;
 * - a non-admin's forged submission changes nothing.
 */
import type { ModalView } from '@slack/types';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_BLOCKS as B, VIEWS } from '../../src/constants/slack-ids';
import { errorLogsSince, expectCleanReply } from '../support/fuzz/bot';
import { SETTINGS_TABLES, tableState } from '../support/fuzz/db-state';
import { hostileText } from '../support/fuzz/hostile';
import { fuzzTimeout, runs } from '../support/fuzz/scale';
import { initialState } from '../support/modal-state';
import { startTestBot, type TestBot } from '../support/test-bot';

const ADMIN = 'UADMIN001';
/** Each run is 1 to 3 signed submissions plus a `config` command when it saved. */
const RUNS = runs(150);
const FORGED_RUNS = runs(60);

type Tag = { kind: 'valid' } | { kind: 'invalid'; block: string } | { kind: 'either' };
type Edit = { block: string; value: Record<string, unknown>; tag: Tag };

const VALID: Tag = { kind: 'valid' };
const EITHER: Tag = { kind: 'either' };
const invalid = (block: string): Tag => ({ kind: 'invalid', block });

/** A text block's edit: valid values, invalid ones, and hostile ones that may go either way. */
function textEdit(
  block: string,
  valid: string[],
  bad: string[],
  hostile?: fc.Arbitrary<string>,
): fc.Arbitrary<Edit> {
  const options: fc.WeightedArbitrary<Edit>[] = [
    {
      weight: 4,
      arbitrary: fc.constantFrom(...valid).map((v) => ({ block, value: { value: v }, tag: VALID })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...bad).map((v) => ({ block, value: { value: v }, tag: invalid(block) })),
    },
  ];
  if (hostile)
    options.push({ weight: 1, arbitrary: hostile.map((v) => ({ block, value: { value: v }, tag: EITHER })) });
  return fc.oneof(...options);
}

/** The first (valid) choice three times as often as all the others together, so saving is exercised. */
function mostlyValid<T>(valid: fc.Arbitrary<T>, ...others: fc.Arbitrary<T>[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 3 * others.length, arbitrary: valid },
    ...others.map((arbitrary) => ({ weight: 1, arbitrary })),
  );
}

/** Lines joined with newlines. */
const lines = (xs: string[]) => xs.join('\n');

const departmentNames = [
  'Sales',
  'Service Desk',
  'R&D',
  'Ünïcödé Team',
  '<!channel> squad',
  "O'Brien & Co",
  'Customer Success EMEA',
];

const departmentsEdit: fc.Arbitrary<Edit> = mostlyValid<Edit>(
  // valid: distinct names, sometimes with a user group, a profile value and a channel
  fc
    .uniqueArray(fc.constantFrom(...departmentNames), {
      minLength: 1,
      maxLength: 6,
      selector: (n) => n.toLowerCase(),
    })
    .chain((names) =>
      fc.tuple(
        ...names.map((name) =>
          fc.constantFrom(
            name,
            `${name} | @sales-team`,
            `${name} | SSALES001 | ${name} | C0SALES01`,
            `${name} |  | x`,
          ),
        ),
      ),
    )
    // a user group maps to one department at most in practice; keep @sales-team/SSALES001 once
    .map((ls) => {
      let grouped = false;
      return ls.map((l) => {
        if (!/SALES/i.test(l.split('|')[1] ?? '')) return l;
        if (grouped) return l.split('|')[0]?.trim() ?? l;
        grouped = true;
        return l;
      });
    })
    .map((ls) => ({ block: B.departments, value: { value: lines(ls) }, tag: VALID })),
  // many long departments: each valid, together longer than the modal can show
  fc
    .integer({ min: 20, max: 50 })
    .map((count) =>
      lines(
        Array.from({ length: count }, (_, i) => `Regional team ${i} ${'x'.repeat(40)} | | ${'p'.repeat(80)}`),
      ),
    )
    .map((v) => ({ block: B.departments, value: { value: v }, tag: EITHER })),
  fc
    .constantFrom(
      '',
      '   \n  ',
      'Sales\nsales',
      'x'.repeat(61),
      'Sales | @nobody-here',
      'Sales | | | general',
      'Sales | not a group!',
      lines(Array.from({ length: 51 }, (_, i) => `D${i}`)),
    )
    .map((v) => ({ block: B.departments, value: { value: v }, tag: invalid(B.departments) })),
  fc
    .array(hostileText(70, 200), { minLength: 1, maxLength: 4 })
    .map((ls) => ({ block: B.departments, value: { value: lines(ls) }, tag: EITHER })),
);

const touchpointNames = [
  'Advertising',
  'Content',
  'Customer support',
  'Onboarding',
  'Billing & invoices',
  'Déjà vu',
];
const touchpointsEdit: fc.Arbitrary<Edit> = mostlyValid<Edit>(
  fc
    .uniqueArray(fc.constantFrom(...touchpointNames), {
      minLength: 1,
      maxLength: 6,
      selector: (n) => n.toLowerCase(),
    })
    .map((ls) => ({ block: B.touchpoints, value: { value: lines(ls) }, tag: VALID })),
  // renames depend on the current list
  fc
    .constantFrom('Advertising => Ads\nContent', 'Ads => Advertising', 'Customer support => Support\nBilling')
    .map((v) => ({ block: B.touchpoints, value: { value: v }, tag: EITHER })),
  fc
    .constantFrom(
      '',
      'Nothing here => Something',
      'A\na',
      'y'.repeat(81),
      lines(Array.from({ length: 26 }, (_, i) => `T${i}`)),
    )
    .map((v) => ({ block: B.touchpoints, value: { value: v }, tag: invalid(B.touchpoints) })),
  fc
    .array(hostileText(60, 120), { minLength: 1, maxLength: 4 })
    .map((ls) => ({ block: B.touchpoints, value: { value: lines(ls) }, tag: EITHER })),
);

const optionKeys = [
  'pulseEnabled',
  'localTime',
  'secondPrompt',
  'digestEnabled',
  'departmentDigests',
  'bogus',
];
// crons that never fire while the test runs (a Feb 29, a Dec 31 at 00:00, an Apr 30 23:59)
const crons = ['15 4 29 2 *', '0 0 31 12 *', '59 23 30 4 *'];
const badCrons = ['61 * * * *', 'every friday', '', '* * * * * * *', '0 25 * * *'];
const zones = ['', 'Europe/Paris', 'UTC', 'America/Chicago', ' Asia/Tokyo '];
const badZones = ['Mars/Olympus', 'Europe/Nowhere', 'GMT+25'];

/** The remind and close hours together: whether they fit depends on both. */
const hoursEdit: fc.Arbitrary<Edit[]> = mostlyValid<Edit[]>(
  fc
    .constantFrom(['0', '1'], ['12', '48'], ['24', '72'], ['0', '720'], ['336', '720'], [' 6 ', '0012'])
    .map(([r, c]) => [
      { block: B.remindAfterHours, value: { value: r }, tag: VALID },
      { block: B.closeAfterHours, value: { value: c }, tag: VALID },
    ]),
  fc
    .constantFrom(
      ['100', '72', B.remindAfterHours],
      ['72', '72', B.remindAfterHours],
      ['-1', '72', B.remindAfterHours],
      ['x', '72', B.remindAfterHours],
      ['', '72', B.remindAfterHours],
      ['337', '720', B.remindAfterHours],
      ['12', '0', B.closeAfterHours],
      ['12', '721', B.closeAfterHours],
      ['12', '1.5', B.closeAfterHours],
    )
    .map(([r = '', c = '', block = '']) => [
      { block: B.remindAfterHours, value: { value: r }, tag: EITHER },
      { block: B.closeAfterHours, value: { value: c }, tag: invalid(block) },
    ]),
);

const scalarEdits: fc.Arbitrary<Edit>[] = [
  textEdit(B.departmentField, ['', 'Xf012DEPT', ' Xf0ABC '], ['z'.repeat(81)], hostileText(30, 80)),
  textEdit(
    B.prompts,
    ['', 'Who is our best {customer}?', 'One\nTwo'],
    [lines(Array.from({ length: 11 }, (_, i) => `P${i}`)), 'q'.repeat(201)],
  ),
  textEdit(
    B.customerWord,
    ['patient', ' member ', 'élève'],
    ['x', 'w'.repeat(31), '   '],
    hostileText(10, 40),
  ),
  textEdit(B.customerWordPlural, ['patients', 'members'], ['y', 'v'.repeat(31)]),
  textEdit(B.pulseCron, crons, badCrons),
  textEdit(B.digestCron, crons, badCrons),
  textEdit(B.pulseTimezone, zones, badZones, hostileText(10, 60)),
  textEdit(B.digestTimezone, zones, badZones),
  textEdit(B.everyWeeks, ['1', '2', '12', ' 3 '], ['0', '13', 'two', '', '1.5', '99999999999999999999']),
  textEdit(
    B.leaderGroup,
    ['', '@sales-team', 'SSALES001', 'SLEAD0001'],
    ['@nobody', 'has spaces', '#x', '@'],
    fc.oneof(hostileText(10, 80), fc.constant(`S${'A'.repeat(85)}`)),
  ),
  textEdit(B.adminGroup, ['', 'sales-team', 'SSALES001'], ['@nope-nope', 'S', 'Sx']),
  textEdit(
    B.threshold,
    ['3', '5', '7', '100', ' 8 ', '010'],
    ['2', '101', 'five', '', '-5', '1e3', '0'],
    hostileText(5, 20),
  ),
  textEdit(B.retentionMonths, ['', '1', '24', '120'], ['0', '121', 'x', '-1']),
  fc.subarray(optionKeys).map((keys) => ({
    block: B.options,
    value: { selected_options: keys.map((value) => ({ value })) },
    tag: VALID,
  })),
  mostlyValid<Edit>(
    fc
      .constantFrom([], ['C0DIGEST1'], ['C0DIGEST1', 'G0PRIV001'])
      .map((ids) => ({ block: B.digestChannels, value: { selected_conversations: ids }, tag: VALID })),
    fc
      .constantFrom(
        ['general'],
        Array.from({ length: 11 }, (_, i) => `C0CHAN${i}`),
      )
      .map((ids) => ({
        block: B.digestChannels,
        value: { selected_conversations: ids },
        tag: invalid(B.digestChannels),
      })),
  ),
  mostlyValid<Edit>(
    fc
      .constantFrom([], ['ULEADER01'], ['ULEADER01', 'W0LEAD002'])
      .map((ids) => ({ block: B.leaders, value: { selected_users: ids }, tag: VALID })),
    fc
      .constantFrom(['not-a-user'], ['U'], ['C0CHANNEL'])
      .map((ids) => ({ block: B.leaders, value: { selected_users: ids }, tag: invalid(B.leaders) })),
  ),
  mostlyValid<Edit>(
    fc
      .constantFrom([], ['UADMIN002'], ['UADMIN002', 'UADMIN003'])
      .map((ids) => ({ block: B.admins, value: { selected_users: ids }, tag: VALID })),
    fc
      .constantFrom(
        ['x'],
        Array.from({ length: 101 }, (_, i) => `UADM${String(i).padStart(5, '0')}`),
      )
      .map((ids) => ({ block: B.admins, value: { selected_users: ids }, tag: invalid(B.admins) })),
  ),
];

/** Some blocks edited (each at most once), sometimes a value Slack would never send. */
const editsArb = fc.record({
  edits: fc
    .tuple(
      fc.option(departmentsEdit, { freq: 3 }),
      fc.option(touchpointsEdit, { freq: 3 }),
      fc.option(hoursEdit, { freq: 3 }),
      fc.subarray(
        scalarEdits.map((_, i) => i),
        { maxLength: 4 },
      ),
    )
    .chain(([d, tp, hours, picked]) =>
      fc
        .tuple(...picked.map((i) => scalarEdits[i] ?? fc.constant<Edit | null>(null)))
        .map((scalars) => [
          ...(d ? [d] : []),
          ...(tp ? [tp] : []),
          ...(hours ?? []),
          ...scalars.flatMap((e) => (e ? [e] : [])),
        ]),
    ),
  malformed: fc.oneof(
    { weight: 15, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('number', 'long-user-id', 'many-users') },
  ),
});

describe('settings modal with random edits to every block, through the real app', () => {
  let t: TestBot;
  let view: ModalView;
  let r = 0;
  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    t.fake.usergroups = [
      { id: 'SSALES001', handle: 'sales-team', name: 'Sales', users: [] },
      { id: 'SLEAD0001', handle: 'leads', name: 'Leads', users: [] },
    ];
    view = await openSettings();
  });
  afterAll(() => t.stop());

  const state = () => tableState(t.bot.container.db, SETTINGS_TABLES);

  async function openSettings(): Promise<ModalView> {
    const before = t.fake.callsTo('views.open').length;
    const id = `cfg${r++}`;
    const res = await t.client.command('config', { user: ADMIN, responseId: id });
    expect(res.status).toBe(200);
    await t.fake.waitFor((f) => f.callsTo('views.open').length > before);
    const opened = t.fake.callsTo('views.open').at(-1)?.args.view as ModalView;
    expect(opened.callback_id).toBe(VIEWS.settings);
    return opened;
  }

  function valuesOf(current: ModalView, edits: Edit[], malformed: string | undefined) {
    const values = initialState(current, Object.fromEntries(edits.map((e) => [e.block, e.value]))) as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const at = (block: string) => values[block]?.value ?? {};
    if (malformed === 'number') values[B.threshold] = { value: { ...at(B.threshold), value: 5 } };
    if (malformed === 'long-user-id')
      values[B.leaders] = { value: { ...at(B.leaders), selected_users: [`U${'A'.repeat(45)}`] } };
    if (malformed === 'many-users')
      values[B.leaders] = {
        value: {
          ...at(B.leaders),
          selected_users: Array.from({ length: 501 }, (_, i) => `U${String(i).padStart(6, '0')}`),
        },
      };
    return values;
  }

  const submit = (user: string, values: Record<string, Record<string, Record<string, unknown>>>) =>
    t.client.viewSubmission(user, { callback_id: VIEWS.settings, values });

  it(
    `errors change nothing; whatever is saved re-opens as a fixed point (${RUNS} runs)`,
    async () => {
      const logs = t.logs.length;
      const seen = { saved: 0, errors: 0, unreadable: 0 };
      await fc.assert(
        fc.asyncProperty(editsArb, async ({ edits, malformed }) => {
          const before = state();
          const res = await submit(ADMIN, valuesOf(view, edits, malformed));
          expect(res.status).toBe(200);
          expect(res.ms).toBeLessThan(3000);
          const reply = res.json ?? {};
          // inline errors are plain text under the input (Slack renders no mrkdwn there): they may
          // quote what was typed; every other reply must not hold a live mention
          expectCleanReply(reply, { mentions: reply.response_action === 'errors' ? 'allowed' : 'none' });
          const shown = JSON.stringify(reply);
          const bad = edits.flatMap((e) => (e.tag.kind === 'invalid' ? [e.tag.block] : []));
          if (malformed !== undefined) {
            seen.unreadable += 1;
            expect(shown).toContain('could not be read');
            expect(state()).toEqual(before);
            return;
          }
          if (bad.length > 0 || reply.response_action === 'errors') {
            seen.errors += 1;
            expect(reply.response_action, shown).toBe('errors');
            const errors = (reply.errors ?? {}) as Record<string, string>;
            const modalBlocks = new Set(view.blocks.flatMap((b) => (b.block_id ? [b.block_id] : [])));
            for (const block of Object.keys(errors)) expect(modalBlocks.has(block), block).toBe(true);
            for (const block of bad) expect(Object.keys(errors), `${block} in ${shown}`).toContain(block);
            expect(state()).toEqual(before);
            return;
          }
          if (edits.every((e) => e.tag.kind === 'valid')) expect(reply.response_action, shown).toBe('update');
          expect(shown).toContain('Settings saved');
          seen.saved += 1;
          // what was saved re-opens, and saving it unchanged changes nothing
          const saved = state();
          view = await openSettings();
          const again = await submit(ADMIN, initialState(view));
          expect(JSON.stringify(again.json), 'the reopened modal does not hold what was saved').toContain(
            'Nothing had changed',
          );
          expect(state()).toEqual(saved);
          const threshold = edits.find((e) => e.block === B.threshold && e.tag.kind === 'valid');
          if (threshold)
            expect(t.bot.container.settings.get().anonymity_threshold).toBe(
              Number(String(threshold.value.value).trim()),
            );
        }),
        { numRuns: RUNS },
      );
      expect(errorLogsSince(t, logs)).toEqual([]);
      expect(seen.saved).toBeGreaterThan(10);
      expect(seen.errors).toBeGreaterThan(10);
      expect(seen.unreadable).toBeGreaterThan(0);
    },
    fuzzTimeout(120_000),
  );

  it('clearing the retention and the department profile field, once set, saves (a null value broke the NOT NULL column)', async () => {
    const set = await submit(
      ADMIN,
      initialState(view, {
        [B.retentionMonths]: { value: '24' },
        [B.departmentField]: { value: 'Xf0DEPT01' },
      }),
    );
    expect(JSON.stringify(set.json)).toContain('Settings saved');
    view = await openSettings();
    const cleared = await submit(
      ADMIN,
      initialState(view, { [B.retentionMonths]: { value: '' }, [B.departmentField]: { value: '' } }),
    );
    expect(JSON.stringify(cleared.json)).toContain('Settings saved');
    const s = t.bot.container.settings.get();
    expect(s.retention_months).toBeNull();
    expect(s.department_profile_field).toBeNull();
    view = await openSettings();
  });

  it('renaming a touchpoint to the name of a removed one comes back inline (it broke the unique name index)', async () => {
    const save = async (touchpoints: string) => {
      const res = await submit(ADMIN, initialState(view, { [B.touchpoints]: { value: touchpoints } }));
      view = await openSettings();
      return res.json ?? {};
    };
    expect(JSON.stringify(await save('Zeta one'))).toContain('Settings saved');
    expect(JSON.stringify(await save('Zeta one => Zeta two'))).toContain('Settings saved');
    // "Zeta one" again: a new touchpoint; "Zeta two" is removed (archived, its name kept)
    expect(JSON.stringify(await save('Zeta one'))).toContain('Settings saved');
    const before = state();
    const reply = await save('Zeta one => Zeta two');
    expect(reply.response_action).toBe('errors');
    expect(String((reply.errors as Record<string, string> | undefined)?.[B.touchpoints])).toMatch(
      /name of another touchpoint/,
    );
    expect(state()).toEqual(before);
  });

  it.each([
    [
      'a department list longer, as the form shows it, than the form holds',
      B.departments,
      {
        value: Array.from({ length: 25 }, (_, i) => `Team ${i} ${'x'.repeat(40)}||${'p'.repeat(70)}`).join(
          '\n',
        ),
      },
    ],
    [
      'a retention that is not a number (it silently meant "keep for good")',
      B.retentionMonths,
      { value: 'x' },
    ],
    ['a user group id longer than its field', B.leaderGroup, { value: `S${'A'.repeat(85)}` }],
    [
      'a customer word of 16 emoji (16 code points for zod, 32 characters for the form)',
      B.customerWord,
      { value: '🦄'.repeat(16) },
    ],
  ])('%s comes back inline and changes nothing', async (_name, block, edit) => {
    const before = state();
    const res = await submit(ADMIN, initialState(view, { [block]: edit }));
    expect(res.json?.response_action).toBe('errors');
    expect(Object.keys((res.json?.errors ?? {}) as Record<string, string>)).toContain(block);
    expect(state()).toEqual(before);
  });

  it(
    `a non-admin's forged submission changes nothing (${FORGED_RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          editsArb,
          fc.constantFrom('UNOBODY01', 'ULEADER01', 'W0RANDOM1'),
          async ({ edits }, user) => {
            const before = state();
            const res = await submit(user, valuesOf(view, edits, undefined));
            expect(res.status).toBe(200);
            expect(JSON.stringify(res.json)).toContain('Only CX Align admins');
            expect(state()).toEqual(before);
          },
        ),
        { numRuns: FORGED_RUNS },
      );
    },
    fuzzTimeout(60_000),
  );
});
