/**
 * Counts work in progress (a Slack request's listeners, which go on after the ack) so a shutdown
 * can wait for it before closing the database, instead of cutting a leader's report off halfway.
 */
export type WorkTracker = {
  /** Counts `work` until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** How many tracked pieces of work have not settled yet. */
  count(): number;
  /** Resolves once nothing tracked is in progress (at once when nothing is). */
  idle(): Promise<void>;
};

export function createWorkTracker(): WorkTracker {
  let running = 0;
  let waiters: (() => void)[] = [];
  const settled = () => {
    running -= 1;
    if (running > 0) return;
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  return {
    track(work) {
      running += 1;
      return work.finally(settled);
    },
    count: () => running,
    idle: () => (running === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}
