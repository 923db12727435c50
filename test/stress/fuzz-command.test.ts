/**
 * `/cx-alignment` with any text, through the real app over signed HTTP: always acked at once with a
 * clear ephemeral answer (help in the ack, or a message through response_url), never a stack trace,
 * never a live mention echoed back, and the database exactly as it was (no command here may change
 * it: `pulse now` is left to its own example below).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandText } from '../../src/slack-app/parse/command-text';
import {
  errorLogsSince,
  expectCleanReply,
  responseFor,
  seedReportData,
  slackLimitProblems,
} from '../support/fuzz/bot';
import {
  ANSWER_TABLES,
  PEOPLE_TABLES,
  PULSE_TABLES,
  SETTINGS_TABLES,
  writes,
} from '../support/fuzz/db-state';
import { COMMAND_WORDS, HOSTILE_SNIPPETS, hostileText, looksLikeErrorOutput } from '../support/fuzz/hostile';
import { fuzzTimeout, runs } from '../support/fuzz/scale';
import { startTestBot, type TestBot } from '../support/test-bot';

const ADMIN = 'UADMIN001';
const LEADER = 'ULEADER01';
const EMPLOYEE = 'UEMPLOY01';
/** HTTP round trips: each is a signed request, and for most a response_url answer to wait for. */
const RUNS = runs(250);

const TABLES = [
  ...ANSWER_TABLES,
  ...SETTINGS_TABLES,
  ...PULSE_TABLES,
  ...PEOPLE_TABLES,
  'deliveries',
  'digests',
];

/** Command text: random and hostile, or a subcommand word followed by a hostile name. */
const commandText = fc.oneof(
  { weight: 3, arbitrary: hostileText(200, 4100) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...COMMAND_WORDS), hostileText(90, 300))
      .map(([w, rest]) => `${w} ${rest}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('dept', 'touchpoint', 'tp', 'team'),
        fc.constantFrom(
          'sales',
          'Customer',
          'web',
          'IT',
          'exec',
          's',
          'c',
          'xyzzy',
          'suport',
          '&',
          'Website & app',
        ),
      )
      .map(([w, n]) => `${w} ${n}`),
  },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
  // the valid commands themselves, so every service is reached
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      'help',
      'report',
      'trend',
      'export',
      'config',
      'settings',
      'pulse now',
      'pulse close',
      'dept executive',
    ),
  },
  // weird subcommand names
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .map((w) => `${w.replace(/\s/g, '')}x now`),
  },
);

describe('/cx-alignment with any text, through the real app', () => {
  let t: TestBot;
  let n = 0;
  beforeAll(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    seedReportData(t);
    t.bot.container.settings.update({ leaders: { users: [LEADER], usergroup: null } }, ADMIN);
  });
  afterAll(() => t.stop());

  it(
    `acks, answers clearly and changes nothing (${RUNS} signed requests)`,
    async () => {
      const seen = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(commandText, fc.constantFrom(EMPLOYEE, LEADER, ADMIN), async (text, user) => {
          const parsed = parseCommandText(text);
          fc.pre(!(user === ADMIN && parsed.kind === 'pulse-now'));
          fc.pre(!looksLikeErrorOutput(text));
          seen.set(parsed.kind, (seen.get(parsed.kind) ?? 0) + 1);
          const before = writes(t.bot.container.db, TABLES);
          const logs = t.logs.length;
          const opened = t.fake.callsTo('views.open').length;
          const id = `c${n++}`;
          const res = await t.client.command(text, { user, responseId: id });
          expect(res.status).toBe(200);
          expect(res.ms).toBeLessThan(3000);
          let reply: Record<string, unknown>;
          if (Array.from(text).length > 4000) {
            // longer than Slack ever sends (zod counts code points): refused in the ack, kindly
            reply = res.json ?? {};
            expect(String(reply.text)).toMatch(/could not read that command/);
          } else if (parsed.kind === 'help' || parsed.kind === 'unknown') {
            // help comes in the ack itself
            reply = res.json ?? {};
            expect(String(reply.text)).toContain('/cx-alignment');
          } else if (parsed.kind === 'config' && user === ADMIN) {
            expect(res.text).toBe('');
            await t.fake.waitFor((f) => f.callsTo('views.open').length > opened);
            reply = t.fake.callsTo('views.open').at(-1)?.args.view as Record<string, unknown>;
            expect(reply.callback_id).toBe('cx_settings_modal');
          } else {
            expect(res.text).toBe('');
            reply = await responseFor(t, id);
            expect(String(reply.text).length).toBeGreaterThan(10);
          }
          if (reply.type === 'modal') {
            // the settings modal names the admins who changed something: mentions are its own
            expectCleanReply(reply, { mentions: 'allowed' });
          } else {
            expect(reply.response_type).toBe('ephemeral');
            expectCleanReply(reply);
            expect(slackLimitProblems(reply)).toEqual([]);
          }
          expect(errorLogsSince(t, logs)).toEqual([]);
          expect(writes(t.bot.container.db, TABLES)).toEqual(before);
        }),
        { numRuns: RUNS },
      );
      // every kind of command was reached, not only help
      for (const kind of ['report', 'touchpoint', 'dept', 'trend', 'export', 'config', 'help', 'unknown'])
        expect(seen.get(kind) ?? 0, kind).toBeGreaterThan(0);
    },
    fuzzTimeout(120_000),
  );

  it('an employee asking for a report hears what they can do instead; a leader gets the report', async () => {
    const employee = await t.client.command('', { user: EMPLOYEE, responseId: 'employee' });
    expect(employee.status).toBe(200);
    expect(String((await responseFor(t, 'employee')).text)).toContain('for leaders');
    await t.client.command('  \u200B\u202E ', { user: LEADER, responseId: 'leader' });
    const body = await responseFor(t, 'leader');
    expect(JSON.stringify(body)).toMatch(/alignment/i);
    expectCleanReply(body);
  });

  it('`pulse` with 4,000 characters after it gets help that Slack can show (it echoed them all)', async () => {
    const res = await t.client.command(`pulse ${'&'.repeat(3990)}`, { user: EMPLOYEE });
    expect(res.status).toBe(200);
    expect(String(res.json?.text)).toContain('Did you mean `pulse now` or `pulse close`?');
    expect(slackLimitProblems(res.json ?? {})).toEqual([]);
  });

  it('`pulse now` by an admin while a pulse is open says so and opens nothing', async () => {
    const before = writes(t.bot.container.db, TABLES);
    await t.client.command('PULSE   now', { user: ADMIN, responseId: 'pulse-now' });
    const body = await responseFor(t, 'pulse-now');
    expect(String(body.text)).toMatch(/still open/);
    expect(writes(t.bot.container.db, TABLES)).toEqual(before);
  });

  it('keeps answering afterwards: /healthz and help', async () => {
    const url = new URL(t.client.url);
    const health = await fetch(`${url.origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const help = await t.client.command('help');
    expect(help.status).toBe(200);
    expect(String(help.json?.text)).toContain('/cx-alignment touchpoint NAME');
  });
});
