/**
 * Acks while a big pulse closes: the real bot (its own process, HTTP receiver) holds a closed pulse
 * and two open pulses of 100,000 answers each. Signed `/cx-alignment` commands arrive at a steady
 * rate, not waiting for each other (help, and the leader's report); one second in, the bot closes
 * one open pulse, and the stream goes on for a few seconds after. Twice: first closed on the
 * bot's event loop (`pulses.close`), then on a worker thread (`pulses.closeOffLoop`, what the
 * scheduler's minute does). Reported for each: the ack latency of every command and of those that
 * arrived while the close ran, the close's time, and the bot's event-loop delay over the stream
 * (perf_hooks.monitorEventLoopDelay, 10 ms resolution).
 *
 * Standalone: `npx tsx bench/close-ack-bench.ts` prints the rows.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { closeDb, openDb } from '../src/db/open-db';
import { seedOrganisation } from '../src/db/repositories/seed-repository';
import { generateOrganisation } from '../src/demo/generate-organisation';
import { FakeSlack } from '../test/support/fake-slack';
import { SignedClient, type SlackResponse } from '../test/support/signed-client';
import { TEST_SIGNING_SECRET } from '../test/support/test-bot';
import { startBenchBot } from './bench-bot';
import type { BenchRow } from './bench-row';
import { nextLine } from './child-lines';
import { percentile } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
const SELF = resolve(ROOT, 'bench/close-ack-bench.ts');
const ADMIN = 'UADMIN001';
const LEADER = 'ULEADER01';
const DAY = 86_400_000;
/** The goal of issue 12: acks stay under a second while a pulse closes. */
const GOAL_MS = 1000;

export type CloseAckOptions = {
  /** Answers in the pulse that closes (the pulse before it has as many). */
  answers?: number;
  /** One command every this many ms. */
  everyMs?: number;
  /** Commands before the close, and how long the stream goes on after it. */
  leadMs?: number;
  tailMs?: number;
};

type Sent = { at: number; ack: Promise<SlackResponse> };

/** p50 · p99 as the value, max and count in the note. */
function ackRow(name: string, acks: readonly SlackResponse[], extra: string): BenchRow {
  const ms = acks.map((a) => a.ms).sort((a, b) => a - b);
  const max = ms.at(-1) ?? Number.NaN;
  const failed = acks.filter((a) => a.status !== 200).length;
  return {
    name,
    value: `p50 ${percentile(ms, 50).toFixed(0)} ms · p99 ${percentile(ms, 99).toFixed(0)} ms`,
    note: [
      `max ${max.toFixed(0)} ms over ${ms.length} commands`,
      `goal < ${GOAL_MS} ms: ${max < GOAL_MS ? 'met' : 'NOT met'}`,
      failed ? `${failed} answered not 200` : '',
      extra,
    ]
      .filter(Boolean)
      .join('; '),
  };
}

/** Sends one command every `everyMs` until `until()` says stop; returns what was sent. */
async function stream(client: SignedClient, everyMs: number, until: () => boolean): Promise<Sent[]> {
  const sent: Sent[] = [];
  for (let i = 0; !until(); i += 1) {
    const report = i % 2 === 1;
    const ack = client.command(report ? '' : 'help', { user: LEADER, responseId: `close${i}` });
    sent.push({ at: performance.now(), ack });
    await sleep(everyMs);
  }
  return sent;
}

/** How the bot closes: on its event loop (`pulses.close`), or as the scheduler's tick does. */
type CloseMode = 'on-loop' | 'off-loop';
const HOW: Record<CloseMode, string> = {
  'on-loop': 'closed on the event loop (pulses.close, as before)',
  'off-loop': 'closed on a worker thread (pulses.closeOffLoop, the scheduler’s housekeeping)',
};

type Phase = {
  acks: SlackResponse[];
  during: SlackResponse[];
  wallMs: number;
  closed: Record<string, unknown>;
  loop: Record<string, unknown>;
};

/** One stream of commands with the close of `pulseId` one second in. */
async function phase(
  child: ChildProcess,
  client: SignedClient,
  mode: CloseMode,
  pulseId: number,
  options: CloseAckOptions,
): Promise<Phase> {
  child.stdin?.write('mark\n');
  await nextLine(child, 10_000);
  let stopAt = Number.POSITIVE_INFINITY;
  const started = performance.now();
  const sending = stream(client, options.everyMs ?? 25, () => performance.now() >= stopAt);
  await sleep(options.leadMs ?? 1000);
  const closeAt = performance.now();
  child.stdin?.write(`${mode} ${pulseId}\n`);
  const closed = await nextLine(child, 120_000);
  const closedAt = performance.now();
  stopAt = closedAt + (options.tailMs ?? 3000);
  const sent = await sending;
  const acks = await Promise.all(sent.map((s) => s.ack));
  child.stdin?.write('mark\n');
  const loop = await nextLine(child, 10_000);
  const during = acks.filter((_, i) => {
    const at = sent[i]?.at ?? 0;
    return at >= closeAt && at <= closedAt;
  });
  return { acks, during, wallMs: performance.now() - started, closed, loop };
}

function phaseRows(mode: CloseMode, p: Phase, answers: number, everyMs: number): BenchRow[] {
  const worst = Math.max(0, ...p.during.map((a) => a.ms)).toFixed(0);
  const label = `${answers.toLocaleString('en-GB')} answers, ${mode}`;
  return [
    ackRow(
      `ack latency during a close (${label})`,
      p.acks,
      `${HOW[mode]}; one command every ${everyMs} ms for ${(p.wallMs / 1000).toFixed(1)} s (help and the leader's report, alternately), the close 1 s in; ${p.during.length} arrived while it ran, worst ${worst} ms`,
    ),
    {
      name: `event-loop delay during a close (${label})`,
      value: `max ${Number(p.loop.loopMaxMs).toFixed(0)} ms · p99 ${Number(p.loop.loopP99Ms).toFixed(0)} ms`,
      note: `the bot's loop over the whole stream; the close (status, freezeResults, deliveries, one transaction) took ${Number(p.closed.closeMs).toFixed(0)} ms; bot process CPU ${Number(p.loop.cpuMs).toFixed(0)} ms (all threads; the leader's reports are built after their acks)`,
    },
  ];
}

/** Ack latency and event-loop delay while a pulse of `answers` answers closes in the running bot. */
export async function benchCloseAck(options: CloseAckOptions = {}): Promise<BenchRow[]> {
  const answers = options.answers ?? 100_000;
  const fake = await new FakeSlack().start();
  const dir = mkdtempSync(join(tmpdir(), 'cx-align-close-'));
  const args = ['--import', 'tsx', SELF, '--bot', fake.apiUrl, join(dir, 'bench.db'), String(answers)];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const ready = await nextLine(child, 15 * 60_000);
    const port = Number(ready.port);
    const open = Array.isArray(ready.open) ? ready.open.map(Number) : [];
    if (!port || open.length < 2) throw new Error(`the bot did not start: ${JSON.stringify(ready)}`);
    const client = new SignedClient(`http://127.0.0.1:${port}/slack/events`, TEST_SIGNING_SECRET, fake.url);
    for (let i = 0; i < 5; i += 1) await client.command('', { user: LEADER, responseId: `warm${i}` });
    const modes: CloseMode[] = ['on-loop', 'off-loop'];
    const rows: BenchRow[] = [];
    for (const [i, mode] of modes.entries()) {
      const p = await phase(child, client, mode, open[i] ?? 0, options);
      rows.push(...phaseRows(mode, p, Number(ready.answers), options.everyMs ?? 25));
    }
    return rows;
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin?.end();
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Seeds one closed pulse and two open ones of `answers` answers each, closing in four days: one
 * to close on the event loop, one off it.
 */
function seedPulses(databasePath: string, answers: number): { open: number[]; answers: number } {
  const org = generateOrganisation({
    seed: 42,
    respondents: answers,
    pulses: 3,
    firstPulseAt: Date.now() - 29 * DAY,
  });
  // the middle pulse stays open too, opened a fortnight ago and closing in four days
  const pulses = org.pulses.map((p, i) =>
    i === 1 ? { ...p, status: 'open' as const, closedAt: null, closesAt: Date.now() + 4 * DAY } : p,
  );
  const db = openDb(databasePath);
  try {
    const ids = seedOrganisation(db, { ...org, pulses });
    return { open: ids.pulseIds.slice(1), answers: org.pulses.at(-1)?.answers.length ?? 0 };
  } finally {
    closeDb(db);
  }
}

/**
 * The child: seeds, starts the real bot against the stand-in with a leader, prints its port and
 * open pulses. On `on-loop <id>` or `off-loop <id>` closes that pulse so and prints how long it
 * took; on `mark` prints its CPU time and event-loop delay since the previous mark; stops when
 * stdin closes.
 */
async function runBot(apiUrl: string, databasePath: string, answers: number): Promise<void> {
  const seeded = seedPulses(databasePath, answers);
  const bot = await startBenchBot(apiUrl, databasePath, ADMIN);
  const { pulses, settings } = bot.container;
  settings.update({ leaders: { users: [LEADER], usergroup: null } }, ADMIN);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let cpu = process.cpuUsage();
  const print = (value: object) => process.stdout.write(`${JSON.stringify(value)}\n`);
  print({ port: bot.port, ...seeded });
  for await (const line of createInterface({ input: process.stdin })) {
    const [word, id] = line.trim().split(' ');
    const started = performance.now();
    if (word === 'on-loop' || word === 'off-loop') {
      if (word === 'on-loop') pulses.close(Number(id));
      else await pulses.closeOffLoop(Number(id));
      print({ closed: Number(id), closeMs: performance.now() - started });
    } else if (word === 'mark') {
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      const [loopMaxMs, loopP99Ms] = [delay.max / 1e6, delay.percentile(99) / 1e6];
      print({ loopMaxMs, loopP99Ms, cpuMs: (used.user + used.system) / 1000 });
      delay.reset();
    }
  }
  delay.disable();
  await bot.stop();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [flag, apiUrl, databasePath, answers] = process.argv.slice(2);
  const run =
    flag === '--bot' && apiUrl && databasePath
      ? runBot(apiUrl, databasePath, Number(answers))
      : benchCloseAck().then((rows) => {
          for (const r of rows) process.stdout.write(`${r.name} | ${r.value} | ${r.note ?? ''}\n`);
        });
  run.catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
