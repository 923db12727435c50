/** The workspace's people and user groups (bulk lane); reads that may wait out a 429 themselves. */
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logging/logger';
import { type ReadRetry, readWithRetry } from './read-retry';

/** users.list page size: Slack allows up to 1,000 for this method. */
export const USERS_PAGE = 1000;

export type SlackUser = {
  id: string;
  deleted?: boolean;
  is_bot?: boolean;
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
  tz?: string;
  /** The person's Slack language (`"fr-CA"`), sent only when asked for with `include_locale`. */
  locale?: string;
  /** The handle (`anna.s`). */
  name?: string;
  real_name?: string;
  profile?: {
    fields?: Record<string, { value?: string }> | null;
    real_name?: string;
    display_name?: string;
    first_name?: string;
    last_name?: string;
    status_emoji?: string;
    status_text?: string;
  };
};

/** Every name Slack knows a person by (handle, real, display, first and last), trimmed, once each. */
export function namesOf(user: SlackUser): string[] {
  const p = user.profile;
  const all = [user.name, user.real_name, p?.real_name, p?.display_name, p?.first_name, p?.last_name];
  return [...new Set(all.map((n) => n?.trim() ?? '').filter((n) => n.length > 0 && n.length <= 200))];
}

export function directory(bulk: WebClient, logger: Logger) {
  const read = <T>(method: string, run: () => Promise<T>, retry?: ReadRetry): Promise<T> =>
    readWithRetry(method, run, logger, retry);

  return {
    /**
     * Every member of the workspace with their locale, page by page (1,000 a page, Slack's most);
     * a 429 retries the page.
     */
    async listUsers(): Promise<SlackUser[]> {
      const users: SlackUser[] = [];
      let cursor: string | undefined;
      do {
        const res = await read('users.list', () =>
          bulk.users.list({ limit: USERS_PAGE, include_locale: true, ...(cursor ? { cursor } : {}) }),
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
  };
}
