/**
 * Runs the real CLI (`cx-align start`: bin/cx-align.mjs, which runs the compiled app in dist/ when
 * it is current, as the tests' global setup makes it, else src/main.ts through tsx) as a child
 * process in HTTP mode against a fake Slack, so a test can SIGKILL it mid-work and start it again
 * on the same database. `args` runs something else under this Node, e.g. `dist/main.js start`.
 *
 * Not `tsx src/main.ts start`: the tsx command runs the script in a second node process and relays
 * signals to it with a 30 ms handshake, SIGKILLing the script when the handshake is late. On a
 * loaded machine that turned a graceful SIGTERM into exit 143 about one time in five, and a
 * SIGKILL of the tsx process alone left the bot running. bin/cx-align.mjs registers tsx in the
 * bot's own process, so signals reach the bot itself. The child still gets a process group of its
 * own, which is killed if the test process exits first.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { SignedClient } from './signed-client';
import { TEST_PSEUDONYM_SECRET, TEST_SIGNING_SECRET } from './test-bot';

export const ROOT = resolve(import.meta.dirname, '../..');
const CLI = resolve(ROOT, 'bin/cx-align.mjs');
/** The compiled entry point (the tests' global setup keeps it current). */
export const COMPILED_MAIN = resolve(ROOT, 'dist/main.js');

/** Process groups started here and not yet seen to exit: killed if the test process exits first. */
const running = new Set<number>();
process.once('exit', () => {
  for (const pgid of running) signalGroup(pgid, 'SIGKILL');
});

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group has gone already
  }
}

export type BotProcess = {
  child: ChildProcess;
  port: number;
  client: SignedClient;
  /** Everything the child wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code or signal once the child has gone. */
  exited: Promise<string>;
  /**
   * SIGKILL (the default) goes to the child's whole process group, any other signal to the bot
   * alone. Waits for the exit and resolves with the signal or `exit <code>`; safe to call twice.
   */
  kill(signal?: NodeJS.Signals): Promise<string>;
};

/** A TCP port free right now on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((done) => server.close(() => done()));
  if (!port) throw new Error('no free port');
  return port;
}

/**
 * Starts the bot in `dir` (its cwd, so no .env of the repository is read; the CLI writes its own
 * there on a first start) with the database at `dir/cx-align.db`, and waits for /healthz.
 */
export async function startBotProcess(options: {
  apiUrl: string;
  responseUrlBase: string;
  dir: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** The arguments after the Node executable; `bin/cx-align.mjs start` unless given. */
  args?: string[];
}): Promise<BotProcess> {
  const port = await freePort();
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !k.startsWith('SLACK_') &&
        !k.startsWith('CX_ALIGN_') &&
        !['PORT', 'DATABASE_PATH', 'LOG_LEVEL', 'LOG_FORMAT'].includes(k),
    ),
  );
  const child = spawn(process.execPath, options.args ?? [CLI, 'start'], {
    cwd: options.dir,
    env: {
      ...inherited,
      SLACK_BOT_TOKEN: 'xoxb-test-token-1234567890',
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: options.apiUrl,
      PORT: String(port),
      DATABASE_PATH: join(options.dir, 'cx-align.db'),
      CX_ALIGN_PSEUDONYM_SECRET: TEST_PSEUDONYM_SECRET,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pgid = child.pid;
  if (pgid === undefined) throw new Error('the bot process did not start');
  running.add(pgid);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  let gone: string | undefined;
  const exited = new Promise<string>((done) => {
    child.once('exit', (code, signal) => {
      gone = signal ?? `exit ${code}`;
      // anything the bot started must not outlive it
      if (signal !== 'SIGKILL') signalGroup(pgid, 'SIGKILL');
      running.delete(pgid);
      done(gone);
    });
  });

  const proc: BotProcess = {
    child,
    port,
    client: new SignedClient(
      `http://127.0.0.1:${port}/slack/events`,
      TEST_SIGNING_SECRET,
      options.responseUrlBase,
    ),
    output: () => output,
    exited,
    async kill(signal = 'SIGKILL') {
      if (gone === undefined) {
        if (signal === 'SIGKILL') signalGroup(pgid, signal);
        else child.kill(signal);
      }
      return exited;
    },
  };

  const until = Date.now() + (options.readyTimeoutMs ?? 45_000);
  for (;;) {
    if (gone !== undefined) throw new Error(`the bot exited (${gone}) before it was ready:\n${output}`);
    if (Date.now() > until) {
      await proc.kill();
      throw new Error(`the bot did not answer /healthz in time:\n${output}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return proc;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
