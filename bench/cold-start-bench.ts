/**
 * Time to listening: from spawning `cx-align start` (HTTP mode, a fresh database, the local Slack
 * stand-in) to the first 200 from /healthz, for the compiled app (`node dist/main.js`) and for
 * the TypeScript through tsx (`tsx src/main.ts`), median of 3 cold processes each.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { COMPILED_MAIN, ROOT, startBotProcess } from '../test/support/bot-process';
import { FakeSlack } from '../test/support/fake-slack';
import { tempDir } from '../test/support/test-db';
import type { BenchRow } from './bench-row';

const RUNS = 3;
const TSX_CLI = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function timeToListening(fake: FakeSlack, args: string[]): Promise<number> {
  const tmp = tempDir();
  try {
    const started = performance.now();
    const bot = await startBotProcess({ apiUrl: fake.apiUrl, responseUrlBase: fake.url, dir: tmp.dir, args });
    const ms = performance.now() - started;
    await bot.kill('SIGTERM');
    return ms;
  } finally {
    tmp.cleanup();
  }
}

export async function benchColdStart(): Promise<BenchRow[]> {
  const built = spawnSync(process.execPath, [resolve(ROOT, 'scripts/ensure-build.mjs')], { cwd: ROOT });
  if (built.status !== 0) throw new Error(`building dist/ failed: ${built.stderr}`);
  const fake = await new FakeSlack().start();
  try {
    const compiled: number[] = [];
    const tsx: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      compiled.push(await timeToListening(fake, [COMPILED_MAIN, 'start']));
      tsx.push(await timeToListening(fake, [TSX_CLI, resolve(ROOT, 'src/main.ts'), 'start']));
    }
    const c = median(compiled);
    const t = median(tsx);
    return [
      {
        name: 'cold start to listening: compiled (dist/)',
        value: `${(c / 1000).toFixed(2)} s`,
        note: `median of ${RUNS}: spawn → first /healthz 200, fresh database; ${(t / c).toFixed(1)}× faster than tsx`,
      },
      {
        name: 'cold start to listening: tsx (src/)',
        value: `${(t / 1000).toFixed(2)} s`,
        note: `median of ${RUNS}, the same start through tsx src/main.ts`,
      },
    ];
  } finally {
    await fake.stop();
  }
}
