/**
 * Fan-out benchmark: a pulse to 10,000 people through a stand-in Slack that allows 200
 * chat.postMessage calls a second (more answer 429, Retry-After 1). Reports the delivery rate the
 * outbox worker achieves, from the first to the last successful send, against that limit, and the
 * bot's peak RSS. A second, smaller run with no limit at all gives the ceiling the machine allows the
 * bot at that moment, so a shortfall can be told apart from a busy machine.
 *
 * The stand-in runs here; the bot runs in a child process (`--bot`) with the real startBot, the
 * production worker defaults and the HTTP receiver, so its peak RSS is its own and does not count
 * the stand-in's record of every call. `pulse now` goes in as a signed slash command.
 *
 * Standalone: `npx tsx bench/fanout-bench.ts` prints the rows.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { FakeSlack } from '../test/support/fake-slack';
import { SignedClient } from '../test/support/signed-client';
import { TEST_SIGNING_SECRET } from '../test/support/test-bot';
import { seedWorkspace } from '../test/support/workspace';
import { startBenchBot } from './bench-bot';
import type { BenchRow } from './bench-row';

const ROOT = resolve(import.meta.dirname, '..');
const SELF = resolve(ROOT, 'bench/fanout-bench.ts');
const POST = 'chat.postMessage';
const ADMIN = 'UADMIN001';

type BotReport = {
  maxRssMb: number;
  readyRssMb: number;
  /** Heap in use after a full GC once the fan-out is done: what is really kept. */
  heapAfterGcMb: number;
  cpuMs: number;
  sent: number;
  failed: number;
  cancelled: number;
};

type Measured = {
  rate: number;
  seconds: number;
  sends: number;
  people: number;
  limited: number;
  bot: BotReport;
};

/** One pulse to `size` people through the stand-in at `perSecond` (0: no limit). */
export async function measureFanout(size: number, perSecond: number, timeoutMs = 600_000): Promise<Measured> {
  const fake = await new FakeSlack().start();
  const dir = mkdtempSync(join(tmpdir(), 'cx-align-fanout-'));
  let child: ChildProcess | undefined;
  try {
    const departments = Math.ceil(size / 1000);
    seedWorkspace(
      fake,
      Array.from({ length: departments }, (_, i) => ({
        name: `Dept ${i + 1}`,
        usergroup: `SDEPT${String(i).padStart(4, '0')}`,
        size: Math.min(1000, size - i * 1000),
      })),
    );
    if (perSecond > 0) fake.rateLimit(POST, perSecond, 1);

    child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', SELF, '--bot', fake.apiUrl, join(dir, 'bench.db')],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const lines = messagesFrom(child);
    const ready = await lines.next(60_000);
    const port = Number(ready.port);
    if (!port) throw new Error(`the bot did not start: ${JSON.stringify(ready)}`);

    const client = new SignedClient(`http://127.0.0.1:${port}/slack/events`, TEST_SIGNING_SECRET, fake.url);
    const ack = await client.command('pulse now', { user: ADMIN });
    if (ack.status !== 200) throw new Error(`pulse now answered HTTP ${ack.status}`);
    const bot = (await lines.next(timeoutMs)) as unknown as BotReport;

    const ok = fake.callsTo(POST).filter((c) => c.args.metadata !== undefined);
    const first = ok[0]?.at ?? 0;
    const last = ok.at(-1)?.at ?? 0;
    const seconds = (last - first) / 1000;
    return {
      rate: seconds > 0 ? (ok.length - 1) / seconds : 0,
      seconds,
      sends: ok.length,
      people: new Set(ok.map((c) => String(c.args.channel))).size,
      limited: fake.calls.filter((c) => c.method === POST && c.status === 429).length,
      bot,
    };
  } finally {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * A pulse to 10,000 people through a 200/s stand-in limit, then 2,000 with no limit at all: the
 * second says what the machine lets the bot do right now, so a shortfall can be told apart from
 * a busy machine.
 */
export async function benchFanout(
  options: { people?: number; perSecond?: number } = {},
): Promise<BenchRow[]> {
  const size = options.people ?? 10_000;
  const perSecond = options.perSecond ?? 200;
  const limited = await measureFanout(size, perSecond);
  const ceiling = await measureFanout(Math.min(size, 2000), 0);
  const share = limited.rate / perSecond;
  const once = limited.sends === size && limited.people === size;
  return [
    {
      name: `fan-out ${count(size)} DMs`,
      value: `${limited.rate.toFixed(0)} msg/s`,
      note: `${(share * 100).toFixed(0)}% of the ${perSecond}/s stand-in limit (goal ≥ 90%: ${share >= 0.9 ? 'met' : 'NOT met'}); ${count(limited.sends)} DMs to ${count(limited.people)} people (${once ? 'one each' : 'NOT one each'}) in ${limited.seconds.toFixed(1)} s; ${limited.limited} answered 429; ${limited.bot.failed} failed`,
    },
    {
      name: 'fan-out with no limit (ceiling)',
      value: `${ceiling.rate.toFixed(0)} msg/s`,
      note: `${count(ceiling.sends)} DMs with the stand-in unlimited: what this machine lets the bot reach now; bot CPU ${(ceiling.bot.cpuMs / Math.max(1, ceiling.bot.sent)).toFixed(2)} ms per DM`,
    },
    {
      name: 'fan-out peak RSS',
      value: `${limited.bot.maxRssMb.toFixed(0)} MB`,
      note: `the bot process during the ${count(size)} fan-out (${limited.bot.readyRssMb.toFixed(0)} MB when ready, before it; heap after a full GC at the end ${limited.bot.heapAfterGcMb.toFixed(0)} MB); the stand-in runs apart`,
    },
  ];
}

/** JSON objects the child prints one per line, read in order. */
function messagesFrom(child: ChildProcess) {
  const queue: Record<string, unknown>[] = [];
  const waiting: ((value: Record<string, unknown>) => void)[] = [];
  let ended: Error | undefined;
  const failWaiting = (error: Error) => {
    ended = error;
    for (const w of waiting.splice(0)) w({ error: error.message });
  };
  if (child.stdout)
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const value = JSON.parse(line) as Record<string, unknown>;
      const w = waiting.shift();
      if (w) w(value);
      else queue.push(value);
    });
  child.once('exit', (code, signal) => failWaiting(new Error(`the bot exited (${signal ?? code})`)));
  return {
    next(timeoutMs: number): Promise<Record<string, unknown>> {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      if (ended) return Promise.reject(ended);
      return new Promise((resolveNext, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no answer from the bot in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiting.push((value) => {
          clearTimeout(timer);
          if (typeof value.error === 'string') reject(new Error(value.error));
          else resolveNext(value);
        });
      });
    },
  };
}

/** Heap in use after a full collection (needs --expose-gc; else as it is). */
function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** The child: the real bot against the stand-in; prints its port, then its peak RSS once drained. */
async function runBot(apiUrl: string, databasePath: string): Promise<void> {
  const bot = await startBenchBot(apiUrl, databasePath, ADMIN);
  const readyRssMb = process.memoryUsage().rss / 1024 / 1024;
  const cpu = () => {
    const usage = process.resourceUsage();
    return (usage.userCPUTime + usage.systemCPUTime) / 1000;
  };
  const cpuAtReady = cpu();
  process.stdout.write(`${JSON.stringify({ port: bot.port })}\n`);
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    const pulse = bot.container.pulses.current();
    if (!pulse) continue;
    const c = bot.container.pulses.deliveryCounts(pulse.id);
    if (c.pending === 0 && c.in_flight === 0 && c.sent + c.failed + c.cancelled > 0) {
      const report: BotReport = {
        maxRssMb: process.resourceUsage().maxRSS / 1024,
        heapAfterGcMb: heapAfterGc(),
        readyRssMb,
        cpuMs: cpu() - cpuAtReady,
        sent: c.sent,
        failed: c.failed,
        cancelled: c.cancelled,
      };
      await bot.stop();
      process.stdout.write(`${JSON.stringify(report)}\n`);
      return;
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [flag, apiUrl, databasePath] = process.argv.slice(2);
  const run =
    flag === '--bot' && apiUrl && databasePath
      ? runBot(apiUrl, databasePath)
      : benchFanout().then((rows) => {
          for (const r of rows) process.stdout.write(`${r.name} | ${r.value} | ${r.note ?? ''}\n`);
        });
  run.catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
