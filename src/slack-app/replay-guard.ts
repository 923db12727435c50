/**
 * Replays: a signed request seen again (the same x-slack-request-timestamp and x-slack-signature,
 * which signs the body too) while its timestamp is still accepted is answered once. Slack's own
 * retries (x-slack-retry-num) are signed again with a new timestamp, so they are new requests here.
 * In memory: an entry is kept until its timestamp is past the 5-minute window, and at most
 * {@link REPLAY_MEMORY} of them (past that the oldest go first; a restart forgets them all).
 */

/** Requests remembered at most. */
export const REPLAY_MEMORY = 20_000;
const WINDOW_MS = 5 * 60 * 1000;

export interface ReplayGuard {
  /** True the first time this timestamp and signature are seen in the window; false for a replay. */
  firstTime(timestamp: string, signature: string): boolean;
  /** Requests remembered now. */
  size(): number;
}

export function createReplayGuard(options: { max?: number; now?: () => number } = {}): ReplayGuard {
  const max = options.max ?? REPLAY_MEMORY;
  const now = options.now ?? Date.now;
  /** key → when it may be forgotten (ms); insertion order is roughly expiry order. */
  const seen = new Map<string, number>();
  return {
    firstTime(timestamp, signature) {
      const at = now();
      for (const [key, expires] of seen) {
        if (expires > at) break;
        seen.delete(key);
      }
      const key = `${timestamp}:${signature}`;
      if (seen.has(key)) return false;
      while (seen.size >= max) {
        const oldest = seen.keys().next().value;
        if (oldest === undefined) break;
        seen.delete(oldest);
      }
      // a stamp ahead of our clock stays acceptable until 5 minutes past the stamp itself
      const stamp = Number(timestamp) * 1000;
      seen.set(key, Math.max(at, Number.isFinite(stamp) ? stamp : at) + WINDOW_MS);
      return true;
    },
    size: () => seen.size,
  };
}
