/** A failed Slack call, classified, and `call`, which turns any rejection into one. */
import { ErrorCode } from '@slack/web-api';

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
  /**
   * Whether this answer fails to prove the call was not carried out: a 5xx, a Slack-side fault,
   * a timeout or a dropped connection. A write that fails this way may have landed anyway.
   */
  get inDoubt(): boolean {
    const f = this.failure;
    if (f.kind === 'network') return true;
    if (f.kind === 'http') return f.status >= 500 || f.status === 0;
    return f.kind === 'platform' && IN_DOUBT_PLATFORM_ERRORS.has(f.code);
  }
}

/** Slack errors that say something went wrong on Slack's side, not that the call was refused. */
const IN_DOUBT_PLATFORM_ERRORS = new Set([
  'service_unavailable',
  'fatal_error',
  'internal_error',
  'request_timeout',
]);

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

/** Any rejection of a Web API call, classified. */
export function classify(method: string, error: unknown): SlackCallError {
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

/** Runs one Web API call; any failure comes out as a `SlackCallError`. */
export async function call<T>(method: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw classify(method, error);
  }
}
