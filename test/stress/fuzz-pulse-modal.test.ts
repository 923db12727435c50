/**
 * The pulse modal's submission with random values in every block (wrong types, missing blocks,
 * unknown block ids, out-of-range ratings, huge and hostile text, wrong or malformed pulse ids in
 * private_metadata), from several people, through the real app over signed HTTP.
 *
 * The oracle, written from the rules (DESIGN.md, "The pulse") rather than read off the code:
 * - unreadable (not Slack-shaped state, private_metadata that is not `{"pulseId": <positive whole
 *   number>}`) → `update` with "could not be read";
 * - a pulse id that is not the open pulse → `update` saying the pulse is closed;
 * - otherwise the answer is valid iff: the person's department is known, or they picked an active
 *   department; the definition, cleaned, is 3..500 characters; the second answer ≤ 500 and the
 *   comment ≤ 1000, cleaned; every rating block is a touchpoint of the pulse with 1–5, "dk" or
 *   nothing; no block outside the modal; at most 3 distinct priorities, each a touchpoint of the
 *   pulse → `update` with thanks, and exactly that answer stored (the person's one answer,
 *   replaced); else `errors` on blocks of the modal and nothing stored.
 * Always 200 within 3 s, never a generic failure, never two answers from one person.
 */
import type { ModalView } from '@slack/types';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MAX, DEFINITION_MAX, MAX_PRIORITIES, SECOND_ANSWER_MAX } from '../../src/constants/limits';
import { ACTIONS, BLOCK, DONT_KNOW, VIEWS } from '../../src/constants/slack-ids';
import { cleanText } from '../../src/util/clean-text';
import { errorLogsSince, expectCleanReply } from '../support/fuzz/bot';
import { ANSWER_TABLES, countRows, duplicateAnswers, tableState } from '../support/fuzz/db-state';
import { hostileText } from '../support/fuzz/hostile';
import { fuzzTimeout, runs } from '../support/fuzz/scale';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
/** Signed view_submission round trips. */
const RUNS = runs(300);

type ActionState = Record<string, unknown>;
type Values = Record<string, Record<string, ActionState>>;
/** 'pick': the department is needed but the form had no picker, so the form comes back with one. */
type Outcome = 'unreadable' | 'closed' | 'invalid' | 'pick' | 'saved';
type Malform = 'number-value' | 'no-type' | 'long-option' | 'many-options' | 'object-value';
/** One generated submission, before it is shaped as Slack's view state. */
type Submission = {
  user: string;
  definition: string | null;
  second: string | null;
  comment: string | null;
  department: string | null | undefined;
  ratings: [string, string | null][];
  priorities: string[] | undefined;
  drop: readonly string[];
  extraBlocks: readonly string[];
  wrongAction: string | undefined;
  malform: Malform | undefined;
  metadata: string;
};

/** Text for the free-text blocks: hostile, and at the length limits once cleaned. */
const freeText = fc.oneof(
  { weight: 3, arbitrary: hostileText(120, 1300) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('Fast and friendly answers', 'Keep our promises', 'ok!', 'ab', '  a\u200Bb  '),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(2, 3, 4, 499, 500, 501, 999, 1000, 1001),
        fc.constantFrom('x', 'é', '\u200Bx', ' x'),
      )
      .map(([n, unit]) => unit.repeat(n)),
  },
  { weight: 1, arbitrary: fc.constant(null) },
);

describe('pulse modal submissions with random values, through the real app', () => {
  let t: TestBot;
  let pulseId: number;
  let asked: number[];
  let active: number[];
  let archived: number[];
  let users: string[];

  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    const people = seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 2 }]);
    // three on the roster (so invited: only the invited may answer) in no user group, who pick
    // their department in the modal
    const picking = ['U0PICK001', 'U0PICK002', 'W0PICK003'];
    // and two more for the single cases below
    t.fake.members.push(...[...picking, 'U0DUPKEY1', 'U0TWENTY1'].map((id) => ({ id, tz: 'Europe/London' })));
    // Sales mapped to its user group; Support and Ops picked by hand; the other defaults archived
    t.bot.container.repos.departments.replaceActive(
      [
        { name: 'Sales', usergroupId: 'SSALES001', profileValue: null, channelId: null },
        { name: 'Support', usergroupId: null, profileValue: null, channelId: null },
        { name: 'Ops', usergroupId: null, profileValue: null, channelId: null },
      ],
      new Date(),
    );
    await t.client.command('pulse now', { user: ADMIN, responseId: 'open' });
    await t.fake.waitFor(() => t.bot.container.pulses.current() !== null);
    pulseId = t.bot.container.pulses.current()?.id ?? 0;
    asked = t.bot.container.pulses.touchpoints(pulseId).map((tp) => tp.touchpointId);
    active = t.bot.container.org.departments().map((d) => d.id);
    archived = t.bot.container.org
      .allDepartments()
      .filter((d) => !active.includes(d.id))
      .map((d) => d.id);
    // two people whose department Slack knows, three who pick theirs in the modal
    users = [...people.map((p) => p.id), ...picking];
  });
  afterAll(() => t.stop());

  const person = (user: string) => t.bot.container.repos.people.bySlackId(user);
  const secondPrompt = () => t.bot.container.pulses.byId(pulseId)?.secondPrompt ?? null;

  /** A block's state under the modal's action id, or undefined. */
  const at = (values: Values, block: string): ActionState | undefined =>
    Object.hasOwn(values, block) ? values[block]?.value : undefined;
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const optionValue = (s: ActionState | undefined): string | null =>
    str((s?.selected_option as { value?: unknown } | null | undefined)?.value);

  /** Slack's shape: what the app may reject as unreadable (checked independently of its parser). */
  function slackShaped(values: Values): boolean {
    const option = (o: unknown) =>
      o !== null &&
      typeof o === 'object' &&
      typeof (o as { value?: unknown }).value === 'string' &&
      (o as { value: string }).value.length <= 150;
    return Object.entries(values).every(
      ([block, actions]) =>
        block.length <= 255 &&
        Object.entries(actions).every(([action, s]) => {
          if (action.length > 255 || typeof s.type !== 'string') return false;
          if (s.value !== undefined && s.value !== null && typeof s.value !== 'string') return false;
          if (s.selected_option !== undefined && s.selected_option !== null && !option(s.selected_option))
            return false;
          const many = s.selected_options;
          if (many === undefined || many === null) return true;
          return Array.isArray(many) && many.length <= 100 && many.every(option);
        }),
    );
  }

  /** A touchpoint of the pulse, its id written as the modal writes it (no sign, no leading zero). */
  const isAsked = (id: string) => String(Number(id)) === id && asked.includes(Number(id));

  /** What the app must do with this submission from `user`, by the rules above. */
  function expected(values: Values, metadata: string, user: string): Outcome {
    let meta: unknown;
    try {
      meta = metadata.length <= 3000 ? JSON.parse(metadata) : undefined;
    } catch {
      meta = undefined;
    }
    const id = (meta as { pulseId?: unknown } | null | undefined)?.pulseId;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0 || !slackShaped(values))
      return 'unreadable';
    if (id !== pulseId) return 'closed';
    let ok = true;
    if (person(user)?.departmentId == null) {
      if (values[BLOCK.department] === undefined) return 'pick';
      // Slack sends the option's value, the department id; a number written another way is read as that number
      const picked = Number(optionValue(at(values, BLOCK.department)) ?? Number.NaN);
      ok &&= Number.isInteger(picked) && active.includes(picked);
    }
    const definition = cleanText(str(at(values, BLOCK.definition)?.value) ?? '');
    ok &&= definition.length >= 3 && definition.length <= DEFINITION_MAX;
    if (secondPrompt())
      ok &&= cleanText(str(at(values, BLOCK.second)?.value) ?? '').length <= SECOND_ANSWER_MAX;
    ok &&= cleanText(str(at(values, BLOCK.comment)?.value) ?? '').length <= COMMENT_MAX;
    const known = new Set<string>([
      BLOCK.department,
      BLOCK.definition,
      BLOCK.second,
      BLOCK.comment,
      BLOCK.priorities,
    ]);
    for (const block of Object.keys(values)) {
      if (block.startsWith(BLOCK.ratingPrefix)) {
        const key = block.slice(BLOCK.ratingPrefix.length);
        const rating = optionValue(at(values, block));
        ok &&= isAsked(key);
        ok &&= rating === null || rating === DONT_KNOW || /^[1-5]$/.test(rating);
      } else ok &&= known.has(block);
    }
    const picks = at(values, BLOCK.priorities)?.selected_options;
    const distinct = new Set(
      Array.isArray(picks) ? picks.map((p) => String((p as { value: unknown }).value)) : [],
    );
    ok &&= distinct.size <= MAX_PRIORITIES && [...distinct].every(isAsked);
    return ok ? 'saved' : 'invalid';
  }

  /** A submission: a base answer with some blocks replaced, dropped, added or malformed. */
  /** Usually `usual`, now and then something from `rare`: keeps enough answers valid to test storing. */
  const mostly = <T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>, odds = 8) =>
    fc.oneof({ weight: odds, arbitrary: usual }, { weight: 1, arbitrary: rare });

  const submission = (): fc.Arbitrary<Submission> => {
    const key = mostly(
      fc.constantFrom(...asked.map(String)),
      fc.constantFrom('99999', 'abc', '', '-1', '1.0', ' 1', '9007199254740993', `0${asked[0]}`),
      20,
    );
    const rating = mostly(
      fc.constantFrom('1', '2', '3', '4', '5', DONT_KNOW, null),
      fc.oneof(fc.constantFrom('0', '6', '-1', '3.0', ' 3', '10', 'DK', '<@U1>', ''), hostileText(20, 150)),
      20,
    );
    const priority = mostly(
      fc.constantFrom(...asked.map(String)),
      fc.constantFrom('0', '99999', '1 OR 1=1', '-2', '', `0${asked[1]}`),
      12,
    );
    const department = mostly(
      fc.constantFrom<string | null | undefined>(...active.map(String)),
      fc.constantFrom(
        ...archived.map(String),
        '424242',
        '0',
        '-1',
        'Sales',
        '1e400',
        ' 1 ',
        '',
        null,
        undefined,
      ),
      3,
    );
    const sentence = fc.constantFrom(
      'Fast and friendly answers',
      'Keep our promises',
      'They feel heard <@U1>',
    );
    const optionalText = mostly(fc.constantFrom<string | null>(null, '', 'Nothing else'), freeText, 3);
    return fc.record({
      user: fc.constantFrom(...users),
      definition: mostly(sentence, freeText, 2),
      second: optionalText,
      comment: optionalText,
      department,
      ratings: fc.array(fc.tuple(key, rating), { maxLength: 12 }),
      priorities: fc.option(fc.array(priority, { maxLength: 4 }), { nil: undefined, freq: 4 }),
      drop: mostly(
        fc.constant<readonly string[]>([]),
        fc.subarray([BLOCK.definition, BLOCK.second, BLOCK.comment, BLOCK.priorities]),
      ),
      extraBlocks: mostly(
        fc.constant<readonly string[]>([]),
        fc.array(
          fc.oneof(
            fc.constantFrom('hidden', 'constructor', 'toString', 'rate', 'x'.repeat(256)),
            hostileText(12, 40),
          ),
          { minLength: 1, maxLength: 2 },
        ),
      ),
      wrongAction: mostly(
        fc.constant(undefined),
        fc.constantFrom(BLOCK.definition, BLOCK.department, BLOCK.priorities),
      ),
      malform: mostly(
        fc.constant(undefined),
        fc.constantFrom<Malform>('number-value', 'no-type', 'long-option', 'many-options', 'object-value'),
      ),
      metadata: mostly(
        fc.constant('valid'),
        fc.oneof(
          fc.constantFrom(
            '{"pulseId":999999}',
            JSON.stringify({ pulseId: pulseId + 1 }),
            JSON.stringify({ pulseId: pulseId + 1, extra: true }),
            `{"pulseId":${2 ** 53}}`,
            '{"pulseId":"1"}',
            '{"pulseId":-1}',
            '{"pulseId":1.5}',
            '{"pulseId":1e400}',
            '{"pulseId":1',
            'null',
            '',
            '[]',
            `{"pulseId":1,"pad":"${'x'.repeat(3000)}"}`,
          ),
          hostileText(30, 3100),
        ),
        5,
      ),
    });
  };

  function build(s: Submission): { values: Values; metadata: string } {
    const text = (value: string | null) => ({ value: { type: 'plain_text_input', value } });
    const values: Values = {
      [BLOCK.definition]: text(s.definition),
      [BLOCK.second]: text(s.second),
      [BLOCK.comment]: text(s.comment),
    };
    if (s.department !== undefined)
      values[BLOCK.department] = {
        value: {
          type: 'static_select',
          selected_option: s.department === null ? null : { value: s.department },
        },
      };
    for (const [key, rating] of s.ratings)
      values[`${BLOCK.ratingPrefix}${key}`] = {
        value: { type: 'static_select', selected_option: rating === null ? null : { value: rating } },
      };
    if (s.priorities !== undefined)
      values[BLOCK.priorities] = {
        value: { type: 'multi_static_select', selected_options: s.priorities.map((value) => ({ value })) },
      };
    for (const block of s.drop) delete values[block];
    for (const block of s.extraBlocks) values[block] = text('x');
    if (s.wrongAction !== undefined && values[s.wrongAction]) {
      const state = values[s.wrongAction]?.value;
      if (state) values[s.wrongAction] = { other_action: state };
    }
    const target = values[BLOCK.definition] ?? values[BLOCK.comment] ?? { value: { type: 'x' } };
    const first = target.value ?? { type: 'x' };
    switch (s.malform) {
      case 'number-value':
        target.value = { ...first, value: 42 };
        break;
      case 'object-value':
        target.value = { ...first, value: { text: 'hi' } };
        break;
      case 'no-type':
        target.value = { value: 'no type here' };
        break;
      case 'long-option':
        values[BLOCK.priorities] = {
          value: { type: 'multi_static_select', selected_options: [{ value: 'x'.repeat(151) }] },
        };
        break;
      case 'many-options':
        values[BLOCK.priorities] = {
          value: {
            type: 'multi_static_select',
            selected_options: Array.from({ length: 101 }, () => ({ value: String(asked[0]) })),
          },
        };
        break;
    }
    if (s.malform !== undefined && !values[BLOCK.definition] && !values[BLOCK.comment])
      values.malformed = target;
    const metadata = s.metadata === 'valid' ? JSON.stringify({ pulseId }) : s.metadata;
    return { values, metadata };
  }

  it(
    `answers every submission as the rules say, stores only valid answers, one per person (${RUNS} signed requests)`,
    async () => {
      const outcomes = new Map<Outcome, number>();
      const logs = t.logs.length;
      await fc.assert(
        fc.asyncProperty(submission(), async (s) => {
          const { values, metadata } = build(s);
          const want = expected(values, metadata, s.user);
          outcomes.set(want, (outcomes.get(want) ?? 0) + 1);
          const before = tableState(t.bot.container.db, ANSWER_TABLES);
          const departmentBefore = person(s.user)?.departmentId ?? null;
          const res = await t.client.viewSubmission(s.user, {
            callback_id: VIEWS.pulseAnswer,
            private_metadata: metadata,
            values,
          });
          expect(res.status).toBe(200);
          expect(res.ms).toBeLessThan(3000);
          const reply = res.json ?? {};
          expectCleanReply(reply);
          const shown = JSON.stringify(reply);
          if (want === 'unreadable') {
            expect(reply.response_action).toBe('update');
            expect(shown).toContain('could not be read');
          } else if (want === 'closed') {
            expect(reply.response_action).toBe('update');
            expect(shown).toContain('closed');
          } else if (want === 'pick') {
            expect(reply.response_action, shown).toBe('update');
            expect(shown).toContain('Please pick your department');
            expect(shown).toContain(`"block_id":"${BLOCK.department}"`);
          } else if (want === 'invalid') {
            expect(reply.response_action, shown).toBe('errors');
            const errors = Object.keys((reply.errors ?? {}) as Record<string, string>);
            expect(errors.length).toBeGreaterThan(0);
            // Slack only accepts errors on blocks of the modal
            const modalBlocks = new Set<string>([
              BLOCK.department,
              BLOCK.definition,
              BLOCK.second,
              BLOCK.comment,
              BLOCK.priorities,
              ...asked.map((id) => `${BLOCK.ratingPrefix}${id}`),
              ...Object.keys(values),
            ]);
            for (const block of errors) expect(modalBlocks.has(block), block).toBe(true);
          } else {
            expect(reply.response_action, shown).toBe('update');
            expect(shown).toMatch(/Your answer is (saved|updated)/);
          }
          if (want === 'saved') {
            const stored = t.bot.container.answers.current(s.user, pulseId);
            expect(stored?.definition).toBe(cleanText(str(at(values, BLOCK.definition)?.value) ?? ''));
            expect(stored?.comment ?? '').toBe(cleanText(str(at(values, BLOCK.comment)?.value) ?? ''));
            const ratings = Object.keys(values).flatMap((block) => {
              const rating = optionValue(at(values, block));
              return block.startsWith(BLOCK.ratingPrefix) && rating !== null && /^[1-5]$/.test(rating)
                ? [[Number(block.slice(BLOCK.ratingPrefix.length)), Number(rating)] as const]
                : [];
            });
            expect([...(stored?.ratings ?? new Map()).entries()].sort()).toEqual(
              [...new Map(ratings).entries()].sort(),
            );
            const picks = (at(values, BLOCK.priorities)?.selected_options ?? []) as { value: string }[];
            expect([...(stored?.priorities ?? [])].sort()).toEqual(
              [...new Set(picks.map((p) => Number(p.value)))].sort(),
            );
            expect(person(s.user)?.departmentId).not.toBeNull();
          } else {
            expect(tableState(t.bot.container.db, ANSWER_TABLES)).toEqual(before);
            expect(person(s.user)?.departmentId ?? null).toBe(departmentBefore);
          }
          expect(duplicateAnswers(t.bot.container.db)).toEqual([]);
          expect(countRows(t.bot.container.db, 'answers')).toBeLessThanOrEqual(users.length);
        }),
        { numRuns: RUNS },
      );
      expect(errorLogsSince(t, logs)).toEqual([]);
      // every outcome was exercised
      for (const outcome of ['unreadable', 'closed', 'invalid', 'saved'] as const)
        expect(outcomes.get(outcome) ?? 0, outcome).toBeGreaterThan(0);
    },
    fuzzTimeout(120_000),
  );

  it('one touchpoint rated under two spellings of its id (rate_7 and rate_07) is refused inline, not a failure', async () => {
    const logs = t.logs.length;
    const id = asked[0] ?? 0;
    const res = await t.client.viewSubmission('U0DUPKEY1', {
      callback_id: VIEWS.pulseAnswer,
      private_metadata: JSON.stringify({ pulseId }),
      values: {
        [BLOCK.department]: {
          value: { type: 'static_select', selected_option: { value: String(active[0]) } },
        },
        [BLOCK.definition]: { value: { type: 'plain_text_input', value: 'Answer the phone fast' } },
        [`${BLOCK.ratingPrefix}${id}`]: { value: { type: 'static_select', selected_option: { value: '4' } } },
        [`${BLOCK.ratingPrefix}0${id}`]: {
          value: { type: 'static_select', selected_option: { value: '2' } },
        },
      },
    });
    expect(res.status).toBe(200);
    expect(res.json?.response_action).toBe('errors');
    expect(Object.keys((res.json?.errors ?? {}) as Record<string, string>)).toEqual([
      `${BLOCK.ratingPrefix}0${id}`,
    ]);
    expect(t.bot.container.answers.current('U0DUPKEY1', pulseId)).toBeUndefined();
    expect(errorLogsSince(t, logs)).toEqual([]);
  });

  it('twenty copies of one submission at once (double clicks, retries) store one answer', async () => {
    const user = 'U0TWENTY1';
    const values = {
      [BLOCK.department]: { value: { type: 'static_select', selected_option: { value: String(active[0]) } } },
      [BLOCK.definition]: { value: { type: 'plain_text_input', value: 'Pick up on the first ring' } },
    };
    const replies = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.client.viewSubmission(user, {
          callback_id: VIEWS.pulseAnswer,
          private_metadata: JSON.stringify({ pulseId }),
          values,
        }),
      ),
    );
    for (const res of replies) {
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.json)).toMatch(/Your answer is (saved|updated)/);
    }
    expect(duplicateAnswers(t.bot.container.db)).toEqual([]);
    expect(t.bot.container.answers.current(user, pulseId)?.definition).toBe('Pick up on the first ring');
  });

  it('the modal a person opens afterwards holds their one stored answer', async () => {
    const user =
      users.find((u) => t.bot.container.answers.current(u, pulseId) !== undefined) ?? users[0] ?? '';
    const trigger = 'trigger-reopen';
    await t.client.blockAction(
      user,
      { action_id: ACTIONS.answerPulse, value: String(pulseId) },
      { trigger_id: trigger },
    );
    await t.fake.waitFor((f) => f.callsTo('views.open').some((c) => c.args.trigger_id === trigger));
    const view = t.fake.callsTo('views.open').find((c) => c.args.trigger_id === trigger)?.args
      .view as ModalView;
    const stored = t.bot.container.answers.current(user, pulseId);
    expect(stored).toBeDefined();
    const definition = view.blocks.find((b) => b.block_id === BLOCK.definition) as
      | { element: { initial_value?: string } }
      | undefined;
    expect(definition?.element.initial_value).toBe(stored?.definition);
  });
});
