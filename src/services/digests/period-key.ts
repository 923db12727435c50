/**
 * A digest's period key: `pulse:N` (after a pulse closed) or `week:YYYY-Www`, with `:dept:D`
 * appended for a department channel's post. Built and read back only here.
 */
import type { ReportModel } from '../../analytics/report';
import type { DigestRow } from '../../db/repositories/digest-repository';
import { REPORT_EN, type ReportMessages } from '../../render/i18n/report/index';
import { isoWeek } from '../../util/zoned-time';

export type Period = {
  /** The key without its department part. */
  base: string;
  pulseId: number | null;
  week: string | null;
  departmentId: number | null;
};

export const pulseKey = (pulseId: number) => `pulse:${pulseId}`;
export const weekKey = (slot: Date, timeZone: string) => `week:${isoWeek(slot, timeZone)}`;
export const departmentKey = (periodKey: string, departmentId: number) => `${periodKey}:dept:${departmentId}`;

export function periodOf(periodKey: string): Period {
  const dept = /:dept:(\d+)$/.exec(periodKey);
  const base = dept ? periodKey.slice(0, dept.index) : periodKey;
  const pulse = /^pulse:(\d+)$/.exec(base)?.[1];
  return {
    base,
    pulseId: pulse === undefined ? null : Number(pulse),
    week: base.split('-W')[1] ?? null,
    departmentId: dept ? Number(dept[1]) : null,
  };
}

/** The period as the digest names it: "Pulse #3 results" or "Week 14". */
export function labelOf(periodKey: string, m: ReportMessages = REPORT_EN): string {
  const { pulseId, week } = periodOf(periodKey);
  return pulseId !== null ? m.digest.pulseResults(pulseId) : m.digest.week(week ?? '');
}

/** The department a department digest row is for; null for the company digest. */
export const departmentOf = (row: Pick<DigestRow, 'kind' | 'periodKey'>): number | null =>
  row.kind === 'department' ? periodOf(row.periodKey).departmentId : null;

/** What a digest shows: a weekly digest of the same closed pulses is skipped in that channel. */
export const sourceOf = (model: ReportModel) => `pulses:${model.window.pulseIds.join(',')}:closed`;
