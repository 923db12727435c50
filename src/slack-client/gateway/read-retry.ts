import type { Logger } from '../../logging/logger';
import { call, SlackCallError } from './errors';

/** How many times a read is tried when Slack keeps answering 429. */
export const READ_TRIES = 5;

export type ReadRetry = { tries?: number; maxWaitSeconds?: number };

/**
 * A read that may be repeated freely: a 429 waits its Retry-After and tries again, up to `tries`
 * calls in all, unless Retry-After is longer than `maxWaitSeconds`. Any other failure, or the last
 * 429, throws as `call` does.
 */
export async function readWithRetry<T>(
  method: string,
  run: () => Promise<T>,
  logger: Logger,
  { tries = READ_TRIES, maxWaitSeconds = Number.POSITIVE_INFINITY }: ReadRetry = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(method, run);
    } catch (error) {
      if (!(error instanceof SlackCallError)) throw error;
      const failure = error.failure;
      if (failure.kind !== 'rate_limited' || attempt >= tries || failure.retryAfterSeconds > maxWaitSeconds)
        throw error;
      logger.warn(`${error.message}; waiting (try ${attempt} of ${tries})`);
      await new Promise((resolve) => setTimeout(resolve, failure.retryAfterSeconds * 1000));
    }
  }
}
