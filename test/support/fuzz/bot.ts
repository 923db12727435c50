/**
 * Helpers for fuzzing the real bot over HTTP: report data to answer leaders with, waiting for
 * `respond` answers, and the checks every answer must pass.
 */
import { expect } from 'vitest';
import { seedOrganisation } from '../../../src/db/repositories/seed-repository';
import { generateOrganisation } from '../../../src/demo/generate-organisation';
import { GENERIC_FAILURE } from '../../../src/errors';
import type { TestBot } from '../test-bot';
import { RAW_MENTION, renderedStrings, STACK_TRACE } from './hostile';

const DAY = 86_400_000;

/**
 * Seeds a small synthetic organisation (two pulses, the newest still open for days) so leaders get
 * real reports and name lookups run against real names.
 */
export function seedReportData(t: TestBot, seed = 7): void {
  const org = generateOrganisation({
    seed,
    respondents: 40,
    pulses: 2,
    // the newest pulse opened a day ago and stays open: housekeeping has nothing to close
    firstPulseAt: Date.now() - 15 * DAY,
  });
  seedOrganisation(t.bot.container.db, org);
}

/** The body posted to the response_url `/respond/{id}`, once it arrives. */
export async function responseFor(
  t: TestBot,
  id: string,
  timeoutMs = 10_000,
): Promise<Record<string, unknown>> {
  const path = `/respond/${id}`;
  await t.fake.waitFor((f) => f.responses.some((r) => r.path === path), timeoutMs);
  return t.fake.responses.find((r) => r.path === path)?.body ?? {};
}

/**
 * Log lines at ERROR level written since `from` (the bot logs at warn and above in tests), leaving
 * out refusals: the command listener logs a UserError (e.g. "reports are for leaders") at error
 * level too, though it is an expected answer and the person gets its message.
 */
export const errorLogsSince = (t: TestBot, from: number): string[] =>
  t.logs.slice(from).filter((line) => / ERROR /.test(line) && !/ UserError: /.test(line));

/**
 * What a person reads must be a clear message: no stack trace or error class, no generic
 * apology (it means an exception reached the listener), and no live mention or link.
 */
export function expectCleanReply(reply: unknown, options: { mentions?: 'none' | 'allowed' } = {}): void {
  for (const text of renderedStrings(reply)) {
    expect(text, 'stack trace or error text shown').not.toMatch(STACK_TRACE);
    if (options.mentions !== 'allowed') expect(text, 'a live mention or link').not.toMatch(RAW_MENTION);
    expect(text).not.toContain(GENERIC_FAILURE);
  }
}

type Block = {
  type?: string;
  text?: { text?: string };
  fields?: { text?: string }[];
  elements?: { text?: unknown }[];
};

/**
 * Where a message breaks Block Kit's limits (Slack refuses such a message, and the person sees an
 * error instead of the answer): at most 50 blocks, section text 3,000, a header 150, ten fields of
 * 2,000, ten context elements of 3,000. Lengths in UTF-16 units, the stricter count.
 */
export function slackLimitProblems(message: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const blocks = (Array.isArray(message.blocks) ? message.blocks : []) as Block[];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks`);
  if (typeof message.text === 'string' && message.text.length > 40_000) problems.push('text over 40,000');
  blocks.forEach((b, i) => {
    const len = b.text?.text?.length ?? 0;
    if (b.type === 'section' && len > 3000) problems.push(`block ${i}: section text of ${len}`);
    if (b.type === 'header' && len > 150) problems.push(`block ${i}: header of ${len}`);
    if ((b.fields?.length ?? 0) > 10) problems.push(`block ${i}: ${b.fields?.length} fields`);
    for (const f of b.fields ?? []) if ((f.text?.length ?? 0) > 2000) problems.push(`block ${i}: long field`);
    if (b.type === 'context') {
      if ((b.elements?.length ?? 0) > 10) problems.push(`block ${i}: ${b.elements?.length} elements`);
      for (const e of b.elements ?? [])
        if (typeof e.text === 'string' && e.text.length > 3000) problems.push(`block ${i}: long context`);
    }
  });
  return problems;
}
