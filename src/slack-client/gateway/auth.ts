/** The token check: auth.test, on the interactive lane (a short timeout, no waiting out a 429). */
import type { WebClient } from '@slack/web-api';
import { call } from './errors';

export function auth(interactive: WebClient) {
  return {
    /** Resolves when Slack accepts the bot token; a `SlackCallError` (e.g. invalid_auth) otherwise. */
    async authTest(): Promise<void> {
      await call('auth.test', () => interactive.auth.test());
    },
  };
}
