/**
 * The one module that calls Slack's Web API for services. Two clients, on purpose: the Web API
 * client pauses its whole queue on a 429, so the bulk sends of a fan-out must not share a client
 * with interactive calls that have a 3-second budget (views.open). The bulk client rejects
 * rate-limited calls at once so the outbox can wait Retry-After itself, and never retries by
 * itself so no send is repeated behind the outbox's back. Roster reads on it wait Retry-After
 * themselves (`readWithRetry`). The interactive client rejects rate-limited calls at once too: a
 * trigger_id lives 3 seconds, so waiting out a 429 only holds up everyone else's modals.
 */
import type { KnownBlock, View } from '@slack/types';
import { ErrorCode, WebClient, type WebClientOptions } from '@slack/web-api';
import type { Logger } from '../logging/logger';
import { toBoltLogger } from './bolt-logger';

export type SlackFailure =
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'http'; status: number }
  | { kind: 'platform'; code: string }
  | { kind: 'network'; message: string };

/** A failed Slack call, classified so callers can decide between retry, wait and give up. */
export class SlackCallError extends Error {
  constructor(
    readonly method: string,
    readonly failure: SlackFailure,
  ) {
    super(`${method} failed: ${describe(failure)}`);
    this.name = 'SlackCallError';
  }
  get retryable(): boolean {
    return this.failure.kind !== 'platform' || TRANSIENT_PLATFORM_ERRORS.has(this.failure.code);
  }
}

const TRANSIENT_PLATFORM_ERRORS = new Set([
  'ratelimited',
  'service_unavailable',
  'fatal_error',
  'internal_error',
  'request_timeout',
]);

function describe(f: SlackFailure): string {
  switch (f.kind) {
    case 'rate_limited':
      return `rate limited, retry after ${f.retryAfterSeconds}s`;
    case 'http':
      return `HTTP ${f.status}`;
    case 'platform':
      return f.code;
    case 'network':
      return f.message;
  }
}

function classify(method: string, error: unknown): SlackCallError {
  if (error instanceof SlackCallError) return error;
  const e = error as {
    code?: string;
    retryAfter?: number;
    statusCode?: number;
    data?: { error?: string };
    message?: string;
  };
  switch (e.code) {
    case ErrorCode.RateLimitedError:
      return new SlackCallError(method, {
        kind: 'rate_limited',
        retryAfterSeconds: Math.max(1, Number(e.retryAfter) || 1),
      });
    case ErrorCode.HTTPError:
      return new SlackCallError(method, { kind: 'http', status: Number(e.statusCode) || 0 });
    case ErrorCode.PlatformError:
      return new SlackCallError(method, { kind: 'platform', code: e.data?.error ?? 'unknown_error' });
    default:
      return new SlackCallError(method, { kind: 'network', message: e.message ?? String(error) });
  }
}

async function call<T>(method: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw classify(method, error);
  }
}

/** How many times a read is tried when Slack keeps answering 429. */
export const READ_TRIES = 5;

export type ReadRetry = { tries?: number; maxWaitSeconds?: number };

/**
 * A read that may be repeated freely: a 429 waits its Retry-After and tries again, up to `tries`
 * calls in all, unless Retry-After is longer than `maxWaitSeconds`. Any other failure, or the last
 * 429, throws as `call` does.
 */
async function readWithRetry<T>(
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

/** users.list page size: Slack allows up to 1,000 for this method. */
export const USERS_PAGE = 1000;

export type SlackUser = {
  id: string;
  deleted?: boolean;
  is_bot?: boolean;
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
  tz?: string;
  profile?: { fields?: Record<string, { value?: string }> | null };
};

export type MessageMetadata = {
  event_type: string;
  event_payload: Record<string, string | number | boolean>;
};

export type SlackGateway = ReturnType<typeof createSlackGateway>;

export function createSlackGateway(options: { token: string; apiUrl?: string | undefined; logger: Logger }) {
  const base: WebClientOptions = {
    logger: toBoltLogger(options.logger),
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
  };
  const bulk = new WebClient(options.token, {
    ...base,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 15_000,
  });
  // A 429 fails at once (the SDK would otherwise pause this whole lane until Retry-After, long after
  // the trigger expired); one quick retry of other failures fits the 3-second budget.
  const interactive = new WebClient(options.token, {
    ...base,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 1, minTimeout: 100, maxTimeout: 500 },
    timeout: 2500,
  });

  const read = <T>(method: string, run: () => Promise<T>, retry?: ReadRetry): Promise<T> =>
    readWithRetry(method, run, options.logger, retry);

  return {
    /** Posts a message (bulk lane). `channel` may be a user id: Slack then posts in the app's DM. */
    async postMessage(args: {
      channel: string;
      text: string;
      blocks?: KnownBlock[];
      metadata?: MessageMetadata;
    }) {
      const res = await call('chat.postMessage', () =>
        bulk.chat.postMessage({
          channel: args.channel,
          text: args.text,
          ...(args.blocks ? { blocks: args.blocks } : {}),
          ...(args.metadata ? { metadata: args.metadata } : {}),
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
      return { channel: String(res.channel ?? args.channel), ts: String(res.ts ?? '') };
    },

    async updateMessage(args: { channel: string; ts: string; text: string; blocks?: KnownBlock[] }) {
      await call('chat.update', () =>
        bulk.chat.update({
          channel: args.channel,
          ts: args.ts,
          text: args.text,
          ...(args.blocks ? { blocks: args.blocks } : {}),
        }),
      );
    },

    /** Opens (or finds) the DM with a person. Tier 3: callers keep the id. */
    async openDm(userId: string): Promise<string> {
      const res = await call('conversations.open', () => bulk.conversations.open({ users: userId }));
      const id = res.channel?.id;
      if (!id) throw new SlackCallError('conversations.open', { kind: 'platform', code: 'no_channel' });
      return id;
    },

    /** Messages the bot posted in a channel since `oldest` (seconds) carrying metadata of `eventType`. */
    async findMessagesWithMetadata(channel: string, oldestSeconds: number, eventType: string) {
      const found: { ts: string; payload: Record<string, unknown> }[] = [];
      let cursor: string | undefined;
      do {
        const res = await call('conversations.history', () =>
          bulk.conversations.history({
            channel,
            oldest: String(oldestSeconds),
            include_all_metadata: true,
            limit: 200,
            ...(cursor ? { cursor } : {}),
          }),
        );
        for (const m of res.messages ?? []) {
          const meta = (m as { metadata?: { event_type?: string; event_payload?: Record<string, unknown> } })
            .metadata;
          if (meta?.event_type === eventType && m.ts)
            found.push({ ts: m.ts, payload: meta.event_payload ?? {} });
        }
        cursor = res.response_metadata?.next_cursor || undefined;
      } while (cursor);
      return found;
    },

    /** Every member of the workspace, page by page (1,000 a page, Slack's most); a 429 retries the page. */
    async listUsers(): Promise<SlackUser[]> {
      const users: SlackUser[] = [];
      let cursor: string | undefined;
      do {
        const res = await read('users.list', () =>
          bulk.users.list({ limit: USERS_PAGE, ...(cursor ? { cursor } : {}) }),
        );
        for (const m of res.members ?? []) if (m.id) users.push(m as SlackUser);
        cursor = res.response_metadata?.next_cursor || undefined;
      } while (cursor);
      return users;
    },

    async profileFields(userId: string): Promise<Record<string, { value?: string }>> {
      const res = await read('users.profile.get', () => bulk.users.profile.get({ user: userId }));
      return (res.profile?.fields as Record<string, { value?: string }> | undefined) ?? {};
    },

    /**
     * A user group's members. Only a caller that can wait (the roster refresh) asks to wait out
     * 429s: a leader or admin check runs inside Slack's 3-second budget, so it fails at once.
     */
    async usergroupMembers(
      usergroupId: string,
      options: { waitOutRateLimits?: boolean } = {},
    ): Promise<string[]> {
      const res = await read(
        'usergroups.users.list',
        () => bulk.usergroups.users.list({ usergroup: usergroupId }),
        options.waitOutRateLimits ? undefined : { tries: 1 },
      );
      return res.users ?? [];
    },

    /**
     * Looked up while a settings submission waits for its 3-second ack: one retry at most, and only
     * after a Retry-After of a second, so the ack still fits.
     */
    async listUsergroups(): Promise<{ id: string; handle: string; name: string }[]> {
      const res = await read('usergroups.list', () => bulk.usergroups.list({}), {
        tries: 2,
        maxWaitSeconds: 1,
      });
      return (res.usergroups ?? []).map((g) => ({
        id: String(g.id),
        handle: String(g.handle ?? ''),
        name: String(g.name ?? ''),
      }));
    },

    /** Interactive lane: must finish inside the 3-second trigger window. */
    async openView(triggerId: string, view: View): Promise<string> {
      const res = await call('views.open', () => interactive.views.open({ trigger_id: triggerId, view }));
      return String(res.view?.id ?? '');
    },

    async updateView(viewId: string, view: View): Promise<void> {
      await call('views.update', () => interactive.views.update({ view_id: viewId, view }));
    },

    async publishHome(userId: string, view: View): Promise<void> {
      await call('views.publish', () => interactive.views.publish({ user_id: userId, view }));
    },

    async postEphemeral(channel: string, user: string, text: string, blocks?: KnownBlock[]): Promise<void> {
      await call('chat.postEphemeral', () =>
        interactive.chat.postEphemeral({ channel, user, text, ...(blocks ? { blocks } : {}) }),
      );
    },

    /**
     * Uploads a file with Slack's current flow (files.getUploadURLExternal → upload →
     * files.completeUploadExternal). With a channel it is shared there; without one it stays
     * private to the app, for an image block's `slack_file`.
     */
    async uploadFile(args: {
      channel?: string;
      filename: string;
      title: string;
      content: Buffer;
      initialComment?: string;
      altText?: string;
    }): Promise<{ fileId: string | null }> {
      const res = await call('files.uploadV2', () =>
        bulk.filesUploadV2({
          ...(args.channel ? { channel_id: args.channel } : {}),
          filename: args.filename,
          title: args.title,
          file: args.content,
          ...(args.initialComment ? { initial_comment: args.initialComment } : {}),
          ...(args.altText ? { alt_text: args.altText } : {}),
        } as Parameters<typeof bulk.filesUploadV2>[0]),
      );
      const files = (res as { files?: { files?: { id?: string }[] }[] }).files ?? [];
      return { fileId: files[0]?.files?.[0]?.id ?? null };
    },
  };
}
