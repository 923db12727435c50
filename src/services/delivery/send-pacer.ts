/**
 * Spaces bulk sends to a rate learned from Slack's 429s. Slack does not publish the workspace's
 * chat.postMessage limit, so the pacer starts unpaced; after a 429 it allows, in any rolling
 * window, `headroom` (95%) of the sends that started in the window before that 429. Without it
 * the queue bursts into the limit and then idles for the whole Retry-After, which at a 200/s
 * stand-in limit cost about a third of the throughput.
 *
 * Another 429 while paced lowers the limit again (at most halving it). Once `probeAfterMs` (30 s)
 * has passed without a 429, each window in which the pacer held sends back raises the limit by
 * one, so a limit learned too low recovers; probing sooner would meet the limit, and its whole
 * Retry-After, every few seconds. The pacer only decides when a send may start: honouring
 * Retry-After stays with the caller.
 */
export function createSendPacer(
  options: { windowMs?: number; headroom?: number; probeAfterMs?: number; now?: () => number } = {},
) {
  const windowMs = options.windowMs ?? 1000;
  const headroom = options.headroom ?? 0.95;
  const probeAfterMs = options.probeAfterMs ?? 30_000;
  const now = options.now ?? Date.now;
  /** Start times handed out, ascending; some may lie in the future. */
  const starts: number[] = [];
  let limit: number | null = null;
  let lastLimitedAt = Number.NEGATIVE_INFINITY;
  let lastRaisedAt = Number.NEGATIVE_INFINITY;

  const prune = (t: number) => {
    while (starts.length > 0 && (starts[0] ?? t) <= t - windowMs) starts.shift();
  };

  return {
    /** Sends allowed per window, or null before the first 429. */
    get limit(): number | null {
      return limit;
    },

    /** Books the next start for a send and returns how many ms to wait until it (0: go now). */
    reserve(): number {
      const t = now();
      prune(t);
      let at = Math.max(t, starts.at(-1) ?? t);
      if (limit !== null && starts.length >= limit) {
        at = Math.max(at, (starts[starts.length - limit] ?? t) + windowMs);
        if (t - lastLimitedAt >= probeAfterMs && t - lastRaisedAt >= windowMs) {
          limit += 1;
          lastRaisedAt = t;
        }
      } else if (limit === null) {
        at = t;
      }
      starts.push(at);
      return at - t;
    },

    /** Slack answered 429 to a send started through `reserve`: learn from the window before it. */
    rateLimited(): void {
      const t = now();
      prune(t);
      const observed = starts.filter((s) => s <= t).length - 1;
      lastLimitedAt = t;
      if (observed < 1) {
        if (limit !== null) limit = Math.max(1, Math.floor(limit / 2));
        return;
      }
      const learned = Math.max(1, Math.floor(observed * headroom));
      limit = limit === null ? learned : Math.max(1, Math.floor(limit / 2), Math.min(limit - 1, learned));
    },
  };
}
export type SendPacer = ReturnType<typeof createSendPacer>;
