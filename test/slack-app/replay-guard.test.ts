/** The replay guard alone: once per timestamp and signature in the window, bounded in memory. */
import { describe, expect, it } from 'vitest';
import { createReplayGuard } from '../../src/slack-app/replay-guard';

const T0 = 1_800_000_000_000;
const stamp = (ms: number) => String(Math.floor(ms / 1000));

describe('createReplayGuard', () => {
  it('takes a request once; the same timestamp and signature again is a replay', () => {
    const guard = createReplayGuard({ now: () => T0 });
    expect(guard.firstTime(stamp(T0), 'v0=a')).toBe(true);
    expect(guard.firstTime(stamp(T0), 'v0=a')).toBe(false);
    expect(guard.firstTime(stamp(T0), 'v0=b')).toBe(true); // another body, another signature
    expect(guard.firstTime(stamp(T0 + 1000), 'v0=a')).toBe(true); // signed again (Slack's retry)
  });

  it('forgets a request once its timestamp is past the 5-minute window, not before', () => {
    let now = T0;
    const guard = createReplayGuard({ now: () => now });
    guard.firstTime(stamp(T0), 'v0=a');
    // stamped 4 minutes ahead: acceptable until 5 minutes past that stamp
    guard.firstTime(stamp(T0 + 4 * 60_000), 'v0=ahead');
    now = T0 + 5 * 60_000 - 1;
    expect(guard.firstTime(stamp(T0), 'v0=a')).toBe(false);
    now = T0 + 5 * 60_000 + 1;
    expect(guard.firstTime(stamp(T0 + 4 * 60_000), 'v0=ahead')).toBe(false);
    expect(guard.firstTime(stamp(T0), 'v0=a')).toBe(true); // forgotten (and Bolt refuses it as stale)
    now = T0 + 11 * 60_000;
    guard.firstTime(stamp(now), 'v0=new');
    expect(guard.size()).toBe(1);
  });

  it('remembers at most its bound, forgetting the oldest first', () => {
    const guard = createReplayGuard({ now: () => T0, max: 3 });
    for (const s of ['v0=1', 'v0=2', 'v0=3', 'v0=4']) guard.firstTime(stamp(T0), s);
    expect(guard.size()).toBe(3);
    expect(guard.firstTime(stamp(T0), 'v0=4')).toBe(false);
    expect(guard.firstTime(stamp(T0), 'v0=1')).toBe(true);
  });
});
