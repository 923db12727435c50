import type { Logger } from '../logging/logger';

/** How long a stop waits for the receiver and the sends in flight before closing the database anyway. */
export const SHUTDOWN_GRACE_MS = 7_000;

/** What a stop stops, in the order it stops them. */
export type StoppableParts = {
  /** Cron jobs and periodic checks: synchronous, nothing new starts after it. */
  stopTimers(): void;
  /** Stops claiming outbox rows; resolves when the sends in flight have finished. */
  stopWorker(): Promise<void>;
  inFlight(): number;
  /** Stops accepting requests (HTTP) or closes the socket (Socket Mode). */
  stopReceiver(): Promise<void>;
  closeDb(): void;
};

/** Resolves true when `work` settles within `ms`, false when the time runs out first. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Stops taking new work (timers, then the outbox worker's claiming, then the receiver), waits up
 * to `graceMs` for the sends in flight and the receiver, and closes the database. A send still in
 * flight then stays in_flight in the outbox: the next start looks for it in the person's DM before
 * sending again (the in-doubt settler), so it is never marked failed nor sent twice. One log line
 * per step.
 */
export async function shutDown(parts: StoppableParts, logger: Logger, graceMs = SHUTDOWN_GRACE_MS) {
  const started = Date.now();
  parts.stopTimers();
  logger.info('shutdown: scheduler and periodic checks stopped');
  const worker = parts
    .stopWorker()
    .catch((error: unknown) => logger.error('shutdown: worker stop failed', error));
  logger.info(`shutdown: delivery worker claims nothing more; ${parts.inFlight()} sends in flight`);
  const receiver = parts
    .stopReceiver()
    .then(() => logger.info('shutdown: receiver closed'))
    .catch((error: unknown) => logger.error('shutdown: receiver stop failed', error));
  const finished = await within(Promise.all([worker, receiver]), graceMs);
  const left = parts.inFlight();
  if (finished) logger.info('shutdown: sends in flight finished');
  else if (left > 0)
    logger.warn(
      `shutdown: ${left} sends still in flight after ${graceMs} ms are left in doubt; the next start looks them up before sending again`,
    );
  else logger.warn(`shutdown: the receiver had not closed after ${graceMs} ms; closing the database anyway`);
  parts.closeDb();
  logger.info(`shutdown: database closed (${Date.now() - started} ms in all)`);
}
