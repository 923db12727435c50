/**
 * The one module that calls Slack's Web API for services. Two clients, on purpose: the Web API
 * client pauses its whole queue on a 429, so the bulk sends of a fan-out must not share a client
 * with interactive calls that have a 3-second budget (views.open). The bulk client rejects
 * rate-limited calls at once so the outbox can wait Retry-After itself, and never retries by
 * itself so no send is repeated behind the outbox's back. Roster reads on it wait Retry-After
 * themselves (`readWithRetry`). The interactive client rejects rate-limited calls at once too: a
 * trigger_id lives 3 seconds, so waiting out a 429 only holds up everyone else's modals.
 *
 * The methods live in `gateway/` by job: `errors.ts` (the failure classification and `call`),
 * `read-retry.ts` (reads that wait out a 429), `messaging.ts`, `history.ts`, `directory.ts`
 * (people and user groups), `views.ts`, `files.ts` and `auth.ts`. This file builds the two lanes and hands
 * each group the lane it uses.
 */
import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { Logger } from '../logging/logger';
import { toBoltLogger } from './bolt-logger';
import { auth } from './gateway/auth';
import { directory } from './gateway/directory';
import { classify, type SlackFailure } from './gateway/errors';
import { files } from './gateway/files';
import { history } from './gateway/history';
import { messaging } from './gateway/messaging';
import { views } from './gateway/views';

export { namesOf, type SlackUser, USERS_PAGE } from './gateway/directory';
export { SlackCallError, type SlackFailure } from './gateway/errors';
export type { MessageMetadata } from './gateway/messaging';
export { READ_TRIES, type ReadRetry } from './gateway/read-retry';

export type SlackGateway = ReturnType<typeof createSlackGateway>;
/** Told of every finished Web API call: null when it succeeded, else how it failed (for metrics). */
export type CallObserver = (method: string, failure: SlackFailure | null) => void;

/**
 * A Web API client that reports each finished call to `observe`. Every method funnels through
 * `apiCall`, which the SDK binds once in its constructor, so it is overridden in a subclass.
 */
class ObservedWebClient extends WebClient {
  constructor(
    token: string,
    options: WebClientOptions,
    private readonly observe: CallObserver | undefined,
  ) {
    super(token, options);
  }
  override async apiCall(...args: Parameters<WebClient['apiCall']>): ReturnType<WebClient['apiCall']> {
    const [method] = args;
    try {
      const result = await super.apiCall(...args);
      this.observe?.(method, null);
      return result;
    } catch (error) {
      this.observe?.(method, classify(method, error).failure);
      throw error;
    }
  }
}

export function createSlackGateway(options: {
  token: string;
  apiUrl?: string | undefined;
  logger: Logger;
  observe?: CallObserver;
}) {
  const base: WebClientOptions = {
    logger: toBoltLogger(options.logger),
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
  };
  const bulk = new ObservedWebClient(
    options.token,
    { ...base, rejectRateLimitedCalls: true, retryConfig: { retries: 0 }, timeout: 15_000 },
    options.observe,
  );
  // A 429 fails at once (the SDK would otherwise pause this whole lane until Retry-After, long after
  // the trigger expired); one quick retry of other failures fits the 3-second budget.
  const interactive = new ObservedWebClient(
    options.token,
    {
      ...base,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 1, minTimeout: 100, maxTimeout: 500 },
      timeout: 2500,
    },
    options.observe,
  );

  return {
    ...messaging(bulk, interactive),
    ...history(bulk),
    ...directory(bulk, options.logger),
    ...views(interactive),
    ...files(bulk),
    ...auth(interactive),
  };
}
