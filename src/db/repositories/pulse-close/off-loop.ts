import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Db } from '../../open-db';
import { closePulse } from './close-pulse';
import { type CloseJob, isCloseAnswer } from './job';

/** The worker's file, in the same form (.ts under tsx, .js if built) as this one. */
const WORKER = new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * The worker's entry: the file itself, or under tsx (a .ts file) a bootstrap that registers tsx's
 * loader in the worker first, as module hooks are per thread on Node 20.
 */
function workerEntry(): { entry: URL | string; eval: boolean } {
  if (!WORKER.pathname.endsWith('.ts')) return { entry: WORKER, eval: false };
  const tsx = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsx, 'dist/esm/api/index.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); });`;
  return { entry: code, eval: true };
}

/**
 * Runs {@link closePulse} on a worker thread with its own connection to the same file: one
 * transaction as ever (status, frozen results, deliveries), but the seconds of reading a big
 * pulse's answers no longer block this thread's event loop. Reads here go on meanwhile (WAL) and
 * see the pulse open until the close commits; a write here waits for it (busy_timeout). An
 * in-memory database has no file to share: it closes here, synchronously.
 */
export function closePulseOffLoop(db: Db, pulseId: number, at: Date): Promise<boolean> {
  if (db.$client.memory) return Promise.resolve(closePulse(db, pulseId, at));
  const job: CloseJob = { path: db.$client.name, pulseId, at: at.getTime() };
  return new Promise((resolve, reject) => {
    const { entry, eval: isCode } = workerEntry();
    const worker = new Worker(entry, { workerData: job, eval: isCode });
    let answered = false;
    worker.once('message', (message: unknown) => {
      answered = true;
      if (!isCloseAnswer(message)) reject(new Error('pulse-close worker: bad answer'));
      else if ('error' in message) reject(new Error(`closing pulse #${pulseId} failed: ${message.error}`));
      else resolve(message.closed);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered)
        reject(new Error(`pulse-close worker exited (${code}) without an answer for pulse #${pulseId}`));
    });
  });
}
