/** The open pulse's line is computed once per pulse per UTC hour, rounded, and bounded in memory. */
import { describe, expect, it } from 'vitest';
import type { OpenPulseProgress } from '../../src/analytics/report';
import { hourlyOpenLine } from '../../src/services/hourly-open-line';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 11, 7, 13, 0, 0);

function world() {
  let now = T0;
  let progress: OpenPulseProgress | null = {
    pulseId: 7,
    openedAt: T0 - HOUR,
    closesAt: T0 + 72 * HOUR,
    threshold: 5,
    departmentsShown: 2,
    answered: 12,
    delivered: 30,
    responseRate: 12 / 30,
  };
  let reads = 0;
  const line = hourlyOpenLine(
    () => {
      reads += 1;
      return progress;
    },
    () => new Date(now),
  );
  return {
    line,
    reads: () => reads,
    at: (ms: number) => {
      now = ms;
    },
    set: (p: Partial<OpenPulseProgress> | null) => {
      progress = p === null ? null : progress && { ...progress, ...p };
    },
  };
}

describe('hourlyOpenLine', () => {
  it('shows during an hour the line computed at its first read, rounded', () => {
    const w = world();
    const first = w.line();
    expect(first?.participation).toEqual({ kind: 'count', about: 10, percent: 33 });
    w.set({ answered: 13, responseRate: 13 / 30 }); // would round to 15
    w.at(T0 + HOUR - 1);
    expect(w.line()).toBe(first);
    w.at(T0 + HOUR);
    expect(w.line()?.participation).toEqual({ kind: 'count', about: 15, percent: 50 });
  });

  it('a new pulse, threshold or close time is a new line; no open pulse, no line', () => {
    const w = world();
    const first = w.line();
    w.set({ pulseId: 8, answered: 20 });
    expect(w.line()?.pulseId).toBe(8);
    w.set({ pulseId: 7, threshold: 6, departmentsShown: 1 });
    expect(w.line()?.departmentsShown).toBe(1);
    w.set({ threshold: 5, departmentsShown: 2 });
    expect(w.line()).toBe(first); // back to the first rule: the first figure of the hour
    w.set(null);
    expect(w.line()).toBeNull();
  });

  it('past its bound of lines it starts over, and still answers', () => {
    const w = world();
    for (let i = 0; i < 500; i += 1) {
      w.set({ threshold: 5 + i });
      w.line();
    }
    w.set({ threshold: 5 });
    const line = w.line();
    expect(line?.threshold).toBe(5);
    expect(w.reads()).toBe(501);
  });
});
