/**
 * Acks while a big pulse closes: the real bot (its own process, HTTP receiver) holds one closed
 * pulse and one open pulse of 100,000 answers. Signed `/cx-alignment` commands arrive at a steady
 * rate, not waiting for each other (help, and the leader's report); one second in, the bot is told
 * to close the open pulse, as its minute's housekeeping would, on its event loop; the stream goes on
 * for a few seconds after. Reported: the ack latency of every command and of those that arrived
 * while the close ran, the close's own time, and the bot's event-loop delay over the whole stream
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
import { k, percentile } from './stats';

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

/** Ack latency and event-loop delay while a pulse of `answers` answers closes in the running bot. */
export async function benchCloseAck(options: CloseAckOptions = {}): Promise<BenchRow[]> {
  const answers = options.answers ?? 100_000;
  const everyMs = options.everyMs ?? 25;
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
    if (!port) throw new Error(`the bot did not start: ${JSON.stringify(ready)}`);
    const client = new SignedClient(`http://127.0.0.1:${port}/slack/events`, TEST_SIGNING_SECRET, fake.url);
    for (let i = 0; i < 5; i += 1) await client.command('', { user: LEADER, responseId: `warm${i}` });
    child.stdin?.write('mark\n');
    await nextLine(child, 10_000);

    let closeAt = Number.POSITIVE_INFINITY;
    let closedAt = Number.POSITIVE_INFINITY;
    let stopAt = Number.POSITIVE_INFINITY;
    const started = performance.now();
    const sending = stream(client, everyMs, () => performance.now() >= stopAt);
    await sleep(options.leadMs ?? 1000);
    closeAt = performance.now();
    child.stdin?.write('close\n');
    const closed = await nextLine(child, 120_000);
    closedAt = performance.now();
    stopAt = closedAt + (options.tailMs ?? 3000);
    const sent = await sending;
    const acks = await Promise.all(sent.map((s) => s.ack));
    child.stdin?.write('mark\n');
    const loop = await nextLine(child, 10_000);
    const during = acks.filter((_, i) => {
      const at = sent[i]?.at ?? 0;
      return at >= closeAt && at <= closedAt;
    });
    const loopMax = Number(loop.loopMaxMs);
    const closeMs = Number(closed.closeMs);
    const answered = Number(ready.answers).toLocaleString('en-GB');
    return [
      ackRow(
        `ack latency during a close of ${k(answers)} answers`,
        acks,
        `one every ${everyMs} ms for ${((performance.now() - started) / 1000).toFixed(1)} s (help and the leader's report, alternately), the close 1 s in; ${during.length} arrived while it ran, worst ${Math.max(0, ...during.map((a) => a.ms)).toFixed(0)} ms`,
      ),
      {
        name: `event-loop delay during a close of ${k(answers)} answers`,
        value: `max ${loopMax.toFixed(0)} ms · p99 ${Number(loop.loopP99Ms).toFixed(0)} ms`,
        note: `the bot's loop over the whole stream; the close of ${answered} answers (status, freezeResults, deliveries, one transaction) took ${closeMs.toFixed(0)} ms in the bot; bot CPU ${Number(loop.cpuMs).toFixed(0)} ms`,
      },
    ];
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

/** Seeds a closed pulse and an open one of `answers` answers, closing in four days. */
function seedPulses(databasePath: string, answers: number): { pulseId: number; answers: number } {
  const org = generateOrganisation({
    seed: 42,
    respondents: answers,
    pulses: 2,
    firstPulseAt: Date.now() - 15 * DAY,
  });
  const db = openDb(databasePath);
  try {
    const ids = seedOrganisation(db, org);
    return { pulseId: ids.pulseIds.at(-1) ?? 0, answers: org.pulses.at(-1)?.answers.length ?? 0 };
  } finally {
    closeDb(db);
  }
}

/**
 * The child: seeds, starts the real bot against the stand-in with a leader, prints its port. On
 * `close` closes the open pulse on its event loop and prints how long that took; on `mark` prints
 * its CPU time and event-loop delay since the previous mark; stops when stdin closes.
 */
async function runBot(apiUrl: string, databasePath: string, answers: number): Promise<void> {
  const { pulseId, answers: answered } = seedPulses(databasePath, answers);
  const bot = await startBenchBot(apiUrl, databasePath, ADMIN);
  bot.container.settings.update({ leaders: { users: [LEADER], usergroup: null } }, ADMIN);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let cpu = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ port: bot.port, pulseId, answers: answered })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() === 'close') {
      const started = performance.now();
      bot.container.pulses.close(pulseId);
      process.stdout.write(`${JSON.stringify({ closed: pulseId, closeMs: performance.now() - started })}\n`);
    } else if (line.trim() === 'mark') {
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      const [loopMaxMs, loopP99Ms] = [delay.max / 1e6, delay.percentile(99) / 1e6];
      process.stdout.write(
        `${JSON.stringify({ loopMaxMs, loopP99Ms, cpuMs: (used.user + used.system) / 1000 })}\n`,
      );
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
