import { PULSE_DM_EVENT } from '../constants/slack-ids';
import type { DeliveryRepository, DueDelivery } from '../db/repositories/delivery-repository';
import type { PeopleRepository } from '../db/repositories/people-repository';
import type { PulseRepository, PulseRow } from '../db/repositories/pulse-repository';
import type { Logger } from '../logging/logger';
import { renderPulseDm } from '../render/pulse-dm';
import { SlackCallError, type SlackGateway } from '../slack-client/gateway';
import { createSendPacer } from './send-pacer';

export type WorkerOptions = {
  /** Sends in flight at once. */
  concurrency: number;
  /** Attempts for a row that meets 5xx or network errors before it is marked failed. */
  maxAttempts: number;
  /** First retry delay after a 5xx; doubles per attempt, capped at 5 minutes. */
  backoffMs: number;
  /** How often to look for due rows when idle. */
  idlePollMs: number;
};

export const DEFAULT_WORKER_OPTIONS: WorkerOptions = {
  concurrency: 4,
  maxAttempts: 5,
  backoffMs: 2000,
  idlePollMs: 1000,
};

/**
 * Drains the delivery outbox. A row is marked in_flight before its send, so after a crash it is
 * "in doubt": at start-up the worker looks for the pulse DM (found by its message metadata) before
 * sending again. A 429 pauses the whole bulk lane for Retry-After and costs the row no attempt,
 * and from then on sends are paced just under the rate that met it (see send-pacer); a 5xx backs
 * off and retries a bounded number of times; a permanent Slack error fails the row.
 */
export function createDeliveryWorker(deps: {
  deliveries: DeliveryRepository;
  pulses: PulseRepository;
  people: PeopleRepository;
  gateway: SlackGateway;
  logger: Logger;
  clock: () => Date;
  threshold: () => number;
  options?: Partial<WorkerOptions>;
}) {
  const { deliveries, people, gateway, logger, clock } = deps;
  const options = { ...DEFAULT_WORKER_OPTIONS, ...deps.options };
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let pausedUntil = 0;
  let settled = false;
  const idleWaiters: (() => void)[] = [];
  const pacer = createSendPacer();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  /** Looks in the person's DM for this delivery's message, by its metadata; its ts, or null. */
  async function findPosted(row: DueDelivery): Promise<{ channel: string; ts: string | null }> {
    const channel = row.channelId ?? row.dmChannelId ?? (await gateway.openDm(row.slackUserId));
    if (!row.dmChannelId) people.setDmChannel(row.personId, channel);
    const oldest = Math.floor(row.pulseOpenedAt.getTime() / 1000) - 60;
    const found = (await gateway.findMessagesWithMetadata(channel, oldest, PULSE_DM_EVENT)).find(
      (m) => Number(m.payload.delivery_id) === row.id,
    );
    return { channel, ts: found?.ts ?? null };
  }

  async function settleInDoubt(): Promise<boolean> {
    for (const row of deliveries.inDoubt()) {
      try {
        const { channel, ts } = await findPosted(row);
        const now = clock();
        if (ts) deliveries.markSent(row.id, channel, ts, now);
        else
          deliveries.retryLater(
            row.id,
            now,
            'in doubt after a restart: not found in the DM, sending again',
            false,
            now,
          );
      } catch (error) {
        logger.warn(`could not settle in-doubt delivery ${row.id} yet; will try again`, error);
        if (error instanceof SlackCallError && error.failure.kind === 'rate_limited')
          pausedUntil = Date.now() + error.failure.retryAfterSeconds * 1000;
        return false;
      }
    }
    return true;
  }

  /** What every send of one claimed batch shares, read once per batch rather than once per DM. */
  type BatchContext = { pulses: Map<number, PulseRow | null>; threshold: number };

  /** Returns a claimed row to the queue unsent while a rate limit is waited out or the worker stops. */
  function putBack(row: DueDelivery): boolean {
    const now = clock();
    if (Date.now() < pausedUntil)
      deliveries.retryLater(row.id, new Date(pausedUntil), 'waiting out a rate limit', false, now);
    else if (!running) deliveries.retryLater(row.id, now, 'not sent yet: the worker stopped', false, now);
    else return false;
    return true;
  }

  async function send(row: DueDelivery, batch: BatchContext): Promise<void> {
    if (row.pulseStatus !== 'open') {
      deliveries.cancel(row.id, clock());
      return;
    }
    if (putBack(row)) return;
    const wait = pacer.reserve();
    if (wait > 0) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (putBack(row)) return;
    }
    const now = clock();
    let pulse = batch.pulses.get(row.pulseId);
    if (pulse === undefined) {
      pulse = deps.pulses.byId(row.pulseId);
      batch.pulses.set(row.pulseId, pulse);
    }
    if (!pulse) {
      deliveries.cancel(row.id, now);
      return;
    }
    const message = renderPulseDm({
      pulseId: pulse.id,
      kind: row.kind,
      closesAt: pulse.closesAt,
      customerWord: pulse.customerWord,
      threshold: batch.threshold,
    });
    try {
      const posted = await gateway.postMessage({
        channel: row.dmChannelId ?? row.slackUserId,
        ...message,
        metadata: {
          event_type: PULSE_DM_EVENT,
          event_payload: { pulse_id: pulse.id, delivery_id: row.id, kind: row.kind },
        },
      });
      deliveries.markSent(row.id, posted.channel, posted.ts, clock());
      if (!row.dmChannelId && posted.channel.startsWith('D'))
        people.setDmChannel(row.personId, posted.channel);
    } catch (error) {
      const at = clock();
      if (!(error instanceof SlackCallError)) {
        logger.error(`delivery ${row.id} failed unexpectedly`, error);
        deliveries.retryLater(row.id, new Date(at.getTime() + options.backoffMs), String(error), true, at);
        return;
      }
      const f = error.failure;
      if (f.kind === 'network') {
        // The request may have reached Slack before the connection broke (a timeout, a reset):
        // look for the message before sending it again, as after a restart.
        try {
          const { channel, ts } = await findPosted(row);
          if (ts) {
            deliveries.markSent(row.id, channel, ts, clock());
            return;
          }
        } catch (lookupError) {
          logger.warn(`delivery ${row.id} is in doubt after ${error.message}; will look again`, lookupError);
          settled = false; // the row stays in_flight: the next pass settles it before any send
          return;
        }
      }
      if (f.kind === 'rate_limited') {
        pacer.rateLimited();
        pausedUntil = Math.max(pausedUntil, Date.now() + f.retryAfterSeconds * 1000);
        deliveries.retryLater(
          row.id,
          new Date(at.getTime() + f.retryAfterSeconds * 1000),
          error.message,
          false,
          at,
        );
      } else if (!error.retryable || row.attempts + 1 >= options.maxAttempts) {
        deliveries.markFailed(row.id, error.message, at);
        logger.warn(`delivery ${row.id} to ${row.slackUserId} failed: ${error.message}`);
      } else {
        const delay = Math.min(options.backoffMs * 2 ** row.attempts, 300_000) * (0.75 + Math.random() * 0.5);
        deliveries.retryLater(row.id, new Date(at.getTime() + delay), error.message, true, at);
      }
    }
  }

  async function run(): Promise<void> {
    while (running) {
      if (!settled) {
        settled = await settleInDoubt();
        if (!settled) {
          await sleep(Math.max(options.idlePollMs, pausedUntil - Date.now()));
          continue;
        }
      }
      const wait = pausedUntil - Date.now();
      if (wait > 0) {
        await sleep(wait);
        continue;
      }
      const batch = deliveries.claimDue(clock(), options.concurrency * 8);
      if (batch.length === 0) {
        for (const resolve of idleWaiters.splice(0)) resolve();
        const next = deliveries.nextDueAt();
        const until = next ? Math.max(10, next.getTime() - clock().getTime()) : options.idlePollMs;
        await sleep(Math.min(until, options.idlePollMs));
        continue;
      }
      let index = 0;
      const context: BatchContext = { pulses: new Map(), threshold: deps.threshold() };
      const lane = async () => {
        while (index < batch.length) {
          const row = batch[index++];
          if (row) await send(row, context);
        }
      };
      await Promise.all(Array.from({ length: Math.min(options.concurrency, batch.length) }, lane));
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
      wake?.();
    },
    /** Resolves once nothing is due (for tests and the CLI). */
    idle(): Promise<void> {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        wake?.();
      });
    },
    async stop(): Promise<void> {
      running = false;
      wake?.();
      await loop;
      for (const resolve of idleWaiters.splice(0)) resolve();
    },
  };
}
export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
