/**
 * Every surface that shows a closed pulse, read through the running bot as a leader (and an admin,
 * for the weekly digest) would, plus the CLI on the same database file: surface name → its bytes.
 * Used to prove that nothing done after the close moves any of them.
 */
import { createHash } from 'node:crypto';
import type { ModalView } from '@slack/types';
import { expect } from 'vitest';
import { runReportCommand } from '../../src/cli/report-command';
import { ACTIONS, DIGEST_EVENT } from '../../src/constants/slack-ids';
import type { TestBot } from './test-bot';

export type Surfaces = Map<string, string>;

export type SurfaceReader = {
  leader: string;
  admin: string;
  /** Departments to ask `dept X` about (shown and hidden ones), by the name the pulse knew. */
  departments: readonly string[];
  /** Touchpoints to ask `touchpoint X` about, by the name the pulse knew. */
  touchpoints: readonly string[];
};

/** A fixed digest slot: every re-post is the same "Week" period, to a channel it never posted in. */
const WEEKLY_SLOT = new Date('2026-11-27T09:00:00Z');

let asked = 0;

/** A leader's `/cx-alignment …`, answered through the response URL: the JSON Slack receives. */
async function ask(t: TestBot, user: string, text: string): Promise<string> {
  const id = `frozen${asked++}`;
  const res = await t.client.command(text, { user, responseId: id });
  expect(res.status).toBe(200);
  await t.fake.waitFor((f) => f.responses.some((r) => r.path.endsWith(`/${id}`)), 15_000);
  return JSON.stringify(t.fake.responses.find((r) => r.path.endsWith(`/${id}`))?.body ?? {});
}

/** The user's App Home, as published after they open it. */
async function home(t: TestBot, user: string): Promise<string> {
  const published = () => t.fake.callsTo('views.publish').filter((c) => c.args.user_id === user).length;
  const before = published();
  await t.client.event({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: '1.0' });
  await t.fake.waitFor(() => published() > before);
  return JSON.stringify(t.fake.homes.get(user));
}

/** The report modal App Home's "Open the full report" opens. */
async function reportModal(t: TestBot, user: string): Promise<string> {
  const trigger = `trigger-frozen-${asked++}`;
  await t.client.blockAction(user, { action_id: ACTIONS.homeOpenReport }, { trigger_id: trigger });
  await t.fake.waitFor((f) => f.callsTo('views.open').some((c) => c.args.trigger_id === trigger));
  const call = t.fake.callsTo('views.open').find((c) => c.args.trigger_id === trigger);
  return JSON.stringify(call?.args.view as ModalView);
}

/** `export`: the reply, the CSV uploaded to the leader's DM and the comment posted with it. */
async function exported(t: TestBot, user: string, read: Surfaces): Promise<void> {
  const csvs = () => [...t.fake.uploads.values()].filter((u) => u.filename?.endsWith('.csv'));
  const before = csvs().length;
  read.set('export reply', await ask(t, user, 'export'));
  await t.fake.waitFor(() => (csvs().at(-1)?.bytes.length ?? 0) > 0 && csvs().length > before);
  read.set('export CSV', csvs().at(-1)?.bytes.toString('utf8') ?? '');
  const comment = t.fake.messages.filter((m) => m.channel.startsWith('D') && m.user === t.fake.botUserId);
  read.set('export comment', comment.at(-1)?.text ?? '');
}

let channels = 0;

/**
 * The weekly digest, re-posted to a channel that never had one (a channel that showed the same
 * pulse is skipped by design): its message, and the heatmap image uploaded with it. The image's
 * file id is Slack's, new with each upload, so it is the one part named rather than compared.
 */
async function weeklyDigest(t: TestBot, admin: string, read: Surfaces): Promise<void> {
  const channel = `C0WEEKLY${channels++}`;
  t.fake.channels.add(channel);
  t.bot.container.settings.update({ digest_channels: [channel] }, admin);
  await t.bot.container.digests.runWeekly(WEEKLY_SLOT);
  const post = t.fake.messages.find(
    (m) =>
      m.channel === channel &&
      (m.metadata as { event_type?: string } | undefined)?.event_type === DIGEST_EVENT,
  );
  if (post === undefined) throw new Error(`no weekly digest in ${channel}`);
  const image = (post.blocks as { type: string; slack_file?: { id: string } }[]).find(
    (b) => b.type === 'image',
  );
  const fileId = image?.slack_file?.id ?? 'none';
  const body = JSON.stringify({ text: post.text, blocks: post.blocks });
  read.set('weekly digest', body.replaceAll(fileId, '<heatmap file>'));
  const png = t.fake.uploads.get(fileId)?.bytes ?? Buffer.alloc(0);
  read.set('heatmap PNG', `${png.length} bytes, sha256 ${createHash('sha256').update(png).digest('hex')}`);
}

/** `cx-align report` in-process on the bot's database file: its standard output. */
export function cliReport(t: TestBot, args: string[]): string {
  let stdout = '';
  const code = runReportCommand(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    env: { DATABASE_PATH: t.config.databasePath },
    cwd: t.dir,
  });
  expect(code, `cx-align report ${args.join(' ')}`).toBe(0);
  return stdout;
}

/** Reads every surface that shows the latest closed pulse, in a fixed order. */
export async function readSurfaces(t: TestBot, who: SurfaceReader): Promise<Surfaces> {
  const read: Surfaces = new Map();
  const { leader } = who;
  read.set('report', await ask(t, leader, ''));
  read.set('trend', await ask(t, leader, 'trend'));
  for (const d of who.departments) read.set(`dept ${d}`, await ask(t, leader, `dept ${d}`));
  for (const p of who.touchpoints) read.set(`touchpoint ${p}`, await ask(t, leader, `touchpoint ${p}`));
  await exported(t, leader, read);
  read.set('App Home', await home(t, leader));
  read.set('report modal', await reportModal(t, leader));
  await weeklyDigest(t, who.admin, read);
  for (const format of ['text', 'csv', 'json']) read.set(`CLI ${format}`, cliReport(t, ['--format', format]));
  return read;
}

/** The surfaces whose bytes differ between two readings. */
export function differing(before: Surfaces, after: Surfaces): string[] {
  expect([...after.keys()]).toEqual([...before.keys()]);
  return [...before].filter(([name, body]) => after.get(name) !== body).map(([name]) => name);
}

/** A Slack quote line, as `quoteLine` renders it: "> “…” — _Department_". */
const SLACK_QUOTE = /^> “.*” — _.*_$/;

/** Slack JSON with every quote line taken out, and a section left empty by that dropped. */
function stripSlackQuotes(value: unknown): unknown {
  if (typeof value === 'string')
    return value
      .split('\n')
      .filter((line) => !SLACK_QUOTE.test(line))
      .join('\n');
  if (Array.isArray(value))
    return value
      .map(stripSlackQuotes)
      .filter((v) => !(isRecord(v) && v.type === 'section' && isRecord(v.text) && v.text.text === ''));
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripSlackQuotes(v)]));
  return value;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The text report without its "In their words" block (a blank line, the heading, one line each). */
function stripTextQuotes(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('  In their words'));
  if (at < 0) return text;
  let end = at + 1;
  while (lines[end]?.startsWith('    ')) end++;
  return [...lines.slice(0, at - 1), ...lines.slice(end)].join('\n');
}

/**
 * A surface with its quotes taken out, to compare figures where a deleted person's own quote may
 * go (the one change "Delete my data" may make to a closed pulse).
 */
export function withoutQuotes(name: string, body: string): string {
  if (name === 'CLI text') return stripTextQuotes(body);
  if (name === 'CLI json') {
    const model = JSON.parse(body) as { definitions: { quotes: unknown[] } };
    return JSON.stringify({ ...model, definitions: { ...model.definitions, quotes: [] } });
  }
  if (name === 'CLI csv' || name === 'export CSV' || name === 'heatmap PNG' || !body.startsWith('{'))
    return body;
  return JSON.stringify(stripSlackQuotes(JSON.parse(body)));
}
