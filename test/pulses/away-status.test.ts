import { describe, expect, it } from 'vitest';
import { personReminder } from '../../src/services/pulses/person-times';
import { isAwayStatus } from '../../src/util/away-status';
import { DEFAULT_WORKING_HOURS, insideWorkingHours } from '../../src/util/working-hours';

describe('away by Slack status', () => {
  it('reads the away emoji and words, case-insensitively', () => {
    for (const emoji of [
      ':palm_tree:',
      ':face_with_thermometer:',
      ':airplane:',
      ':beach_with_umbrella:',
      ':face_with_head_bandage:',
    ])
      expect(isAwayStatus({ emoji })).toBe(true);
    for (const text of [
      'Out of office until Monday',
      'ooo',
      'On VACATION',
      'Public holiday',
      'sick today',
      'on leave',
    ])
      expect(isAwayStatus({ emoji: '', text })).toBe(true);
    for (const status of [{ emoji: ':coffee:', text: 'In a meeting' }, { text: 'booking flights' }, {}])
      expect(isAwayStatus(status)).toBe(false);
  });

  it('defers an away person’s reminder to their next working period, never into the last hour', () => {
    const pulse = {
      openedAt: new Date('2026-12-07T14:17:00Z'),
      remindAt: new Date('2026-12-08T14:17:00Z'),
      closesAt: new Date('2026-12-10T14:17:00Z'),
    };
    const zones = { person: 'America/New_York', base: 'UTC' };
    const now = pulse.remindAt;
    const present = personReminder(pulse, now, zones, DEFAULT_WORKING_HOURS);
    const away = personReminder(pulse, now, zones, DEFAULT_WORKING_HOURS, true);
    expect(present?.toISOString()).toBe('2026-12-08T19:17:00.000Z'); // 14:17 Tuesday in New York
    expect(away?.toISOString()).toBe('2026-12-09T14:00:00.000Z'); // 09:00 Wednesday in New York
    expect(away && insideWorkingHours(away, zones.person, DEFAULT_WORKING_HOURS)).toBe(true);
    const shortPulse = { ...pulse, closesAt: new Date('2026-12-09T14:30:00Z') };
    expect(personReminder(shortPulse, now, zones, DEFAULT_WORKING_HOURS, true)).toBeNull();
  });
});
