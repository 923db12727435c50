/**
 * Work running now, by key: a second call for the same key (the resume tick meeting a pulse's
 * close in the same minute) waits for the first instead of doing it again.
 */
export function createInFlight<K>() {
  const running = new Map<K, Promise<void>>();
  return function once(key: K, work: () => Promise<void>): Promise<void> {
    const current = running.get(key);
    if (current) return current;
    const done = work().finally(() => running.delete(key));
    running.set(key, done);
    return done;
  };
}
