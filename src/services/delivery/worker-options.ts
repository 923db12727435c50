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

/** The longest a 5xx backoff grows to. */
export const MAX_BACKOFF_MS = 300_000;

/** Backoff before attempt `attempts + 1`: doubling from `backoffMs`, capped, with ±25% jitter. */
export function backoffDelayMs(
  options: WorkerOptions,
  attempts: number,
  random: () => number = Math.random,
): number {
  return Math.min(options.backoffMs * 2 ** attempts, MAX_BACKOFF_MS) * (0.75 + random() * 0.5);
}
