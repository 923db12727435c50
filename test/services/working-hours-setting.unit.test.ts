import { describe, expect, it } from 'vitest';
import { zoneBandsBlocks } from '../../src/render/settings-modal/zone-bands';
import { zoneBands } from '../../src/services/settings-admin/zone-bands';
import { DEFAULT_SETTINGS, settingsSchema } from '../../src/services/settings-schema';
import { formatWorkingHours, parseWorkingHours } from '../../src/services/working-hours-text';

describe('the working-hours setting', () => {
  it('shows the default as a range and reads it back unchanged', () => {
    const text = formatWorkingHours(DEFAULT_SETTINGS.working_hours);
    expect(text).toBe('09:00-18:00 Mon-Fri');
    expect(parseWorkingHours(text)).toEqual(DEFAULT_SETTINGS.working_hours);
  });

  it('reads day lists, ranges and short times', () => {
    expect(parseWorkingHours('8:30-17:00 Mon,Wed-Thu')).toEqual({
      start: '08:30',
      end: '17:00',
      days: [1, 3, 4],
    });
    expect(formatWorkingHours({ start: '08:30', end: '17:00', days: [1, 3, 4] })).toBe(
      '08:30-17:00 Mon,Wed,Thu',
    );
    expect(parseWorkingHours('10:00 – 14:00 sunday')).toEqual({ start: '10:00', end: '14:00', days: [7] });
  });

  it('refuses what is not working hours', () => {
    for (const bad of ['', 'nine to five', '09:00-18:00', '09:00-18:00 Fri-Mon', '09:00-18:00 Funday'])
      expect(parseWorkingHours(bad)).toBeNull();
    const schema = settingsSchema.shape.working_hours;
    expect(schema.safeParse({ start: '18:00', end: '09:00', days: [1] }).success).toBe(false);
    expect(schema.safeParse({ start: '25:00', end: '26:00', days: [1] }).success).toBe(false);
    expect(schema.safeParse({ start: '09:00', end: '18:00', days: [] }).success).toBe(false);
    expect(schema.safeParse(DEFAULT_SETTINGS.working_hours).success).toBe(true);
  });
});

describe('time-zone bands in the settings modal', () => {
  const at = new Date('2026-12-07T14:17:00Z');

  it('counts people per UTC offset, west to east; unknown zones count in the workspace’s', () => {
    const zones = ['America/New_York', 'America/Toronto', 'Europe/Berlin', 'Asia/Tokyo', null, 'Mars/Base'];
    expect(zoneBands(zones, 'Europe/Berlin', at)).toEqual([
      { offsetMinutes: -300, people: 2 },
      { offsetMinutes: 60, people: 3 },
      { offsetMinutes: 540, people: 1 },
    ]);
  });

  it('is one context block within Block Kit’s limits, none for an empty roster', () => {
    expect(zoneBandsBlocks([])).toEqual([]);
    const bands = Array.from({ length: 40 }, (_, i) => ({ offsetMinutes: (i - 20) * 45, people: 1000 + i }));
    const [block, ...rest] = zoneBandsBlocks(bands);
    expect(rest).toEqual([]);
    expect(block?.type).toBe('context');
    const text = block?.type === 'context' ? (block.elements[0] as { text: string }).text : '';
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text).toContain('UTC−15:00 · 1000 people');
    expect(zoneBandsBlocks([{ offsetMinutes: 330, people: 1 }])[0]).toMatchObject({
      elements: [{ text: expect.stringContaining('UTC+05:30 · 1 person') }],
    });
  });
});
