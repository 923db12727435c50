import { PULSE_DM_EVENT } from '../../constants/slack-ids';
import type { DeliveryRepository, DueDelivery } from '../../db/repositories/delivery-repository';
import type { PeopleRepository } from '../../db/repositories/people-repository';
import type { PulseRepository, PulseRow } from '../../db/repositories/pulse-repository';
import type { Logger } from '../../logging/logger';
import { messagesFor } from '../../render/i18n';
import { renderPulseDm } from '../../render/pulse-dm';
import { SlackCallError, type SlackGateway } from '../../slack-client/gateway';
import type { InDoubtSettler } from './in-doubt';
import type { RateLimitPause } from './rate-limit-pause';
import type { SendPacer } from './send-pacer';
import { backoffDelayMs, type WorkerOptions } from './worker-options';

/** What every send of one claimed batch shares, read once per batch rather than once per DM. */
export type BatchContext = { pulses: Map<number, PulseRow | null>; threshold: number };

export type SendDeps = {
  deliveries: DeliveryRepository;
  pulses: PulseRepository;
  people: PeopleRepository;
  gateway: SlackGateway;
  logger: Logger;
  clock: () => Date;
  options: WorkerOptions;
  pause: RateLimitPause;
  pacer: SendPacer;
  inDoubt: InDoubtSettler;
  /** Whether the worker still runs (a stopping worker puts claimed rows back unsent). */
  running: () => boolean;
  /** The row stayed in_flight and must be settled before the next send. */
  unsettle: () => void;
};

/** Returns a claimed row to the queue unsent while a rate limit is waited out or the worker stops. */
function putBack(deps: SendDeps, row: DueDelivery): boolean {
  const now = deps.clock();
  const pausedUntil = deps.pause.endsAt();
  const requeue = (notBefore: Date, error: string) =>
    deps.deliveries.retryLater(row.id, { notBefore, error, countsAsAttempt: false, at: now });
  if (pausedUntil) requeue(pausedUntil, 'waiting out a rate limit');
  else if (!deps.running()) requeue(now, 'not sent yet: the worker stopped');
  else return false;
  return true;
}

/** The row's pulse, read once per batch. */
function pulseOf(deps: SendDeps, row: DueDelivery, batch: BatchContext): PulseRow | null {
  let pulse = batch.pulses.get(row.pulseId);
  if (pulse === undefined) {
    pulse = deps.pulses.byId(row.pulseId);
    batch.pulses.set(row.pulseId, pulse);
  }
  return pulse;
}

/** Posts the pulse DM, tagged with the delivery id so an in-doubt send can be found later. */
async function post(deps: SendDeps, row: DueDelivery, pulse: PulseRow, threshold: number): Promise<void> {
  const message = renderPulseDm({
    pulseId: pulse.id,
    kind: row.kind,
    closesAt: pulse.closesAt,
    customerWord: pulse.customerWord,
    threshold,
    // in the person's Slack language (English when it is unknown)
    messages: messagesFor(deps.people.byId(row.personId)?.locale),
  });
  const posted = await deps.gateway.postMessage({
    channel: row.dmChannelId ?? row.slackUserId,
    ...message,
    metadata: {
      event_type: PULSE_DM_EVENT,
      event_payload: { pulse_id: pulse.id, delivery_id: row.id, kind: row.kind },
    },
  });
  deps.deliveries.markSent(row.id, posted.channel, posted.ts, deps.clock());
  if (!row.dmChannelId && posted.channel.startsWith('D'))
    deps.people.setDmChannel(row.personId, posted.channel);
}

/** After an answer that leaves it in doubt: whether the message landed anyway (then marked sent), or 'unknown'. */
async function landedAnyway(
  deps: SendDeps,
  row: DueDelivery,
  error: SlackCallError,
): Promise<boolean | 'unknown'> {
  try {
    const { channel, ts } = await deps.inDoubt.findPosted(row);
    if (!ts) return false;
    deps.deliveries.markSent(row.id, channel, ts, deps.clock());
    return true;
  } catch (lookupError) {
    deps.logger.warn(`delivery ${row.id} is in doubt after ${error.message}; will look again`, lookupError);
    return 'unknown';
  }
}

/** Records a failed send: wait out a 429, retry a transient error with backoff, or fail the row. */
async function recordFailure(deps: SendDeps, row: DueDelivery, error: unknown): Promise<void> {
  const at = deps.clock();
  const retry = (delayMs: number, message: string, countsAsAttempt: boolean) =>
    deps.deliveries.retryLater(row.id, {
      notBefore: new Date(at.getTime() + delayMs),
      error: message,
      countsAsAttempt,
      at,
    });
  if (!(error instanceof SlackCallError)) {
    deps.logger.error(`delivery ${row.id} failed unexpectedly`, error);
    retry(deps.options.backoffMs, String(error), true);
    return;
  }
  const f = error.failure;
  if (error.inDoubt) {
    // The request may have reached Slack before it failed (a 5xx, a Slack-side fault, a timeout,
    // a reset): look for the message before sending it again, as after a restart.
    const landed = await landedAnyway(deps, row, error);
    if (landed === 'unknown') deps.unsettle(); // the row stays in_flight until settled
    if (landed !== false) return;
  }
  if (f.kind === 'rate_limited') {
    deps.pacer.rateLimited();
    deps.pause.hold(f.retryAfterSeconds);
    retry(f.retryAfterSeconds * 1000, error.message, false);
  } else if (!error.retryable || row.attempts + 1 >= deps.options.maxAttempts) {
    deps.deliveries.markFailed(row.id, error.message, at);
    deps.logger.warn(`delivery ${row.id} to ${row.slackUserId} failed: ${error.message}`);
  } else {
    retry(backoffDelayMs(deps.options, row.attempts), error.message, true);
  }
}

/** Sends one claimed outbox row as a pulse DM and records what happened to it. */
export async function sendOne(deps: SendDeps, row: DueDelivery, batch: BatchContext): Promise<void> {
  if (row.pulseStatus !== 'open') {
    deps.deliveries.cancel(row.id, deps.clock());
    return;
  }
  if (putBack(deps, row)) return;
  const wait = deps.pacer.reserve();
  if (wait > 0) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    if (putBack(deps, row)) return;
  }
  const pulse = pulseOf(deps, row, batch);
  if (!pulse) {
    deps.deliveries.cancel(row.id, deps.clock());
    return;
  }
  try {
    await post(deps, row, pulse, batch.threshold);
  } catch (error) {
    await recordFailure(deps, row, error);
  }
}
