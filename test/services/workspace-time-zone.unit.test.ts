import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/services/settings-schema';
import { workspaceTimeZone } from '../../src/services/workspace-time-zone';

describe('the workspace time zone', () => {
  const settings = { get: () => DEFAULT_SETTINGS };
  it('takes the roster zone when Node knows it, else falls back to UTC with one log line', () => {
    const warned: string[] = [];
    const logger = { warn: (line: string) => void warned.push(line) };
    expect(workspaceTimeZone({ settings, people: { commonTimeZone: () => 'Asia/Tokyo' }, logger })).toBe(
      'Asia/Tokyo',
    );
    const mars = { commonTimeZone: () => 'Mars/Olympus' };
    expect(workspaceTimeZone({ settings, people: mars, logger })).toBe('UTC');
    expect(workspaceTimeZone({ settings, people: mars, logger })).toBe('UTC');
    expect(warned).toEqual([
      `the roster's time zone "Mars/Olympus" is unknown here; using UTC for the workspace`,
    ]);
  });
});
