import { describe, expect, it } from 'vitest';
import { createInFlight } from '../../../src/services/digests/in-flight';

describe('in-flight work by key', () => {
  it('a second call for a key that is running waits for the first instead of running again', async () => {
    const once = createInFlight<number>();
    let runs = 0;
    let finish = () => {};
    const work = () =>
      new Promise<void>((resolve) => {
        runs += 1;
        finish = resolve;
      });
    const first = once(1, work);
    const second = once(1, work);
    expect(second).toBe(first);
    expect(runs).toBe(1);
    await Promise.resolve();
    const other = once(2, async () => {
      runs += 1;
    });
    await other;
    expect(runs).toBe(2);
    finish();
    await first;
    await once(1, async () => {
      runs += 1;
    });
    expect(runs).toBe(3);
  });

  it('forgets a key whose work failed, so it can be tried again', async () => {
    const once = createInFlight<string>();
    await expect(once('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    let ran = false;
    await once('a', async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});
