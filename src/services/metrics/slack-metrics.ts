import { Counter, type Registry } from 'prom-client';
import type { SlackFailure } from '../../slack-client/gateway';

/** Web API calls by method (a fixed Slack method name: never a user id nor free text). */
export function createSlackMetrics(registry: Registry) {
  const requests = new Counter({
    name: 'cx_align_slack_requests_total',
    help: 'Slack Web API calls made, by method',
    labelNames: ['method'],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'cx_align_slack_failures_total',
    help: 'Slack Web API calls that failed, by method and kind (rate_limited, http, platform, network)',
    labelNames: ['method', 'kind'],
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'cx_align_slack_rate_limited_total',
    help: 'Slack Web API calls answered 429, by method',
    labelNames: ['method'],
    registers: [registry],
  });
  const retryAfter = new Counter({
    name: 'cx_align_slack_retry_after_seconds_total',
    help: 'Retry-After seconds Slack asked for in its 429s, summed, by method',
    labelNames: ['method'],
    registers: [registry],
  });
  return {
    /** One finished Web API call: null when it succeeded, else how it failed. */
    observe(method: string, failure: SlackFailure | null): void {
      requests.inc({ method });
      if (!failure) return;
      failures.inc({ method, kind: failure.kind });
      if (failure.kind === 'rate_limited') {
        rateLimited.inc({ method });
        retryAfter.inc({ method }, failure.retryAfterSeconds);
      }
    },
  };
}
