/** The trend message with many pulses: the newest are always shown, and the heading says how many. */
import { describe, expect, it } from 'vitest';
import type { TrendPoint } from '../../../src/analytics/report/index';
import { renderTrendMessage } from '../../../src/render/slack-report/index';
import { messageProblems } from './support';

const DAY = 86_400_000;
const points = (n: number): TrendPoint[] =>
  Array.from({ length: n }, (_, i) => ({
    pulseId: i + 1,
    openedAt: Date.UTC(2026, 0, 5) + i * 7 * DAY,
    index: 40 + i,
    parts: {
      ratingAgreement: 0.5 + i / 100,
      priorityConcordance: 0.4 + i / 100,
      definitionSimilarity: 0.3 + i / 100,
    },
    change: i === 0 ? null : 1,
    departmentsShown: 12,
  }));

describe('renderTrendMessage with many pulses', () => {
  it('keeps the newest pulses when the lines do not all fit, and counts what it shows', () => {
    const m = renderTrendMessage(points(24));
    expect(messageProblems(m)).toEqual([]);
    const section = m.blocks
      .map((b) => (b.type === 'section' ? (b.text?.text ?? '') : ''))
      .find((t) => t.includes('per pulse'));
    if (!section) throw new Error('no trend section');
    expect(section.length).toBeLessThanOrEqual(3000);
    expect(section).not.toContain('more');
    const shown = [...section.matchAll(/\*Pulse #(\d+)\*/g)].map((x) => Number(x[1]));
    expect(shown.length).toBeLessThan(20); // the 20 newest do not all fit: the oldest give way
    expect(shown.at(-1)).toBe(24);
    expect(shown).toEqual(Array.from({ length: shown.length }, (_, i) => 25 - shown.length + i));
    expect(section).toContain(`(the last ${shown.length})`);
    // the summary covers the same pulses, ending with the newest
    expect(m.text).toContain(`to ${40 + 23}`);
    expect(m.text).toContain(`over ${shown.length} pulses`);
  });
});
