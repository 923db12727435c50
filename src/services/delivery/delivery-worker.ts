import type { DeliveryRepository, DueDelivery } from '../../db/repositories/delivery-repository';
import type { PeopleRepository } from '../../db/repositories/people-repository';
import type { PulseRepository } from '../../db/repositories/pulse-repository';
import type { Logger } from '../../logging/logger';
import type { SlackGateway } from '../../slack-client/gateway';
import { createInDoubtSettler } from './in-doubt';
import { createRateLimitPause } from './rate-limit-pause';
import { type BatchContext, type SendDeps, sendOne } from './send-one';
import { createSendPacer } from './send-pacer';
import { DEFAULT_WORKER_OPTIONS, type WorkerOptions } from './worker-options';

export { DEFAULT_WORKER_OPTIONS, type WorkerOptions } from './worker-options';

export type DeliveryWorkerDeps = {
  deliveries: DeliveryRepository;
  pulses: PulseRepository;
  people: PeopleRepository;
  gateway: SlackGateway;
  logger: Logger;
  /** The only source of time: the rate-limit pause, pacing and due times all read it. */
  clock: () => Date;
  threshold: () => number;
  options?: Partial<WorkerOptions>;
  /** Told of each in-doubt row settled at a start (for metrics). */
  onInDoubtSettled?: (outcome: 'found' | 'resend') => void;
};

/** A sleep that `wake()` cuts short (an enqueue, a stop, an idle() waiter). */
function createWakeableSleep() {
  let wake: (() => void) | undefined;
  return {
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wake = undefined;
          resolve();
        }
        wake = done;
      }),
    wake: () => wake?.(),
  };
}

/** Sends one claimed batch over `concurrency` lanes, sharing one read of each pulse. */
async function drain(
  send: SendDeps,
  batch: DueDelivery[],
  concurrency: number,
  threshold: number,
  sending: { count: number },
): Promise<void> {
  let index = 0;
  const context: BatchContext = { pulses: new Map(), threshold };
  const lane = async () => {
    while (index < batch.length) {
      const row = batch[index++];
      if (!row) continue;
      sending.count += 1;
      try {
        await sendOne(send, row, context);
      } finally {
        sending.count -= 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, lane));
}

/** Nothing due: wake idle() waiters and sleep until the next row is due (at most one poll). */
async function rest(
  { deliveries, clock }: DeliveryWorkerDeps,
  pollMs: number,
  timer: ReturnType<typeof createWakeableSleep>,
  idleWaiters: (() => void)[],
): Promise<void> {
  for (const resolve of idleWaiters.splice(0)) resolve();
  const next = deliveries.nextDueAt();
  const until = next ? Math.max(10, next.getTime() - clock().getTime()) : pollMs;
  await timer.sleep(Math.min(until, pollMs));
}

/**
 * Drains the delivery outbox. A row is marked in_flight before its send, so after a crash it is
 * "in doubt": at start-up the worker looks for the pulse DM (found by its message metadata) before
 * sending again. A 429 pauses the whole bulk lane for Retry-After and costs the row no attempt,
 * and from then on sends are paced just under the rate that met it (see send-pacer); a 5xx backs
 * off and retries a bounded number of times; a permanent Slack error fails the row. A caller of
 * stop() that cannot wait for the sends in flight may close the database: rows still in_flight
 * are settled as in doubt at the next start, never marked failed.
 */
export function createDeliveryWorker(deps: DeliveryWorkerDeps) {
  const { deliveries, logger, clock } = deps;
  const options = { ...DEFAULT_WORKER_OPTIONS, ...deps.options };
  const pause = createRateLimitPause(clock);
  const inDoubt = createInDoubtSettler({ ...deps, pause });
  const timer = createWakeableSleep();
  const idleWaiters: (() => void)[] = [];
  let running = false;
  let settled = false;
  let loop: Promise<void> | undefined;
  const sending = { count: 0 };
  const send: SendDeps = {
    ...deps,
    options,
    pause,
    inDoubt,
    pacer: createSendPacer({ now: () => clock().getTime() }),
    running: () => running,
    unsettle: () => {
      settled = false;
    },
  };

  async function run(): Promise<void> {
    while (running) {
      if (!settled) {
        settled = await inDoubt.settleAll();
        if (!settled) {
          await timer.sleep(Math.max(options.idlePollMs, pause.remainingMs()));
          continue;
        }
      }
      const wait = pause.remainingMs();
      if (wait > 0) {
        await timer.sleep(wait);
        continue;
      }
      const batch = deliveries.claimDue(clock(), options.concurrency * 8);
      if (batch.length === 0) await rest(deps, options.idlePollMs, timer, idleWaiters);
      else await drain(send, batch, options.concurrency, deps.threshold(), sending);
    }
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      loop = run().catch((error: unknown) => {
        logger.error('delivery worker stopped on an error', error);
        running = false;
      });
    },
    /** Look for due rows now (after an enqueue). */
    kick(): void {
      timer.wake();
    },
    /** Resolves once nothing is due (for tests and the CLI). */
    idle(): Promise<void> {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        timer.wake();
      });
    },
    /** Rows being sent right now (a stop lets them finish; the rest of a batch is put back). */
    inFlight: () => sending.count,
    /** Stops claiming; resolves when the sends in flight finished (rows left in_flight are in doubt). */
    async stop(): Promise<void> {
      running = false;
      timer.wake();
      await loop;
      for (const resolve of idleWaiters.splice(0)) resolve();
    },
  };
}
export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
