import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/analytics/report';
import {
  departmentKey,
  departmentOf,
  labelOf,
  periodOf,
  pulseKey,
  sourceOf,
  weekKey,
} from '../../../src/services/digests/period-key';

describe('digest period keys', () => {
  it('reads back what it builds: a pulse, a week, and either with a department', () => {
    expect(periodOf(pulseKey(12))).toEqual({ base: 'pulse:12', pulseId: 12, week: null, departmentId: null });
    const week = weekKey(new Date('2026-03-04T12:00:00Z'), 'Europe/London');
    expect(week).toBe('week:2026-W10');
    expect(periodOf(week)).toEqual({ base: week, pulseId: null, week: '10', departmentId: null });
    expect(periodOf(departmentKey(pulseKey(3), 7))).toEqual({
      base: 'pulse:3',
      pulseId: 3,
      week: null,
      departmentId: 7,
    });
    expect(periodOf(departmentKey(week, 2))).toMatchObject({ base: week, week: '10', departmentId: 2 });
  });

  it('reads an odd key as neither pulse nor department', () => {
    expect(periodOf('')).toEqual({ base: '', pulseId: null, week: null, departmentId: null });
    expect(periodOf('pulse:x:dept:')).toMatchObject({ pulseId: null, departmentId: null });
    expect(periodOf('pulse:1:dept:x')).toMatchObject({ base: 'pulse:1:dept:x', pulseId: null });
  });

  it('labels the period plainly', () => {
    expect(labelOf('pulse:4')).toBe('Pulse #4 results');
    expect(labelOf('pulse:4:dept:2')).toBe('Pulse #4 results');
    expect(labelOf('week:2026-W09')).toBe('Week 09');
  });

  it('names the department of a department row only', () => {
    expect(departmentOf({ kind: 'department', periodKey: 'week:2026-W09:dept:5' })).toBe(5);
    expect(departmentOf({ kind: 'company', periodKey: 'week:2026-W09' })).toBeNull();
  });

  it('says what a digest shows by the closed pulses it was built from', () => {
    const model = { window: { pulseIds: [3, 4] } } as unknown as ReportModel;
    expect(sourceOf(model)).toBe('pulses:3,4:closed');
  });
});
