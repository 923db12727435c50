/** What every aggregate of the report shares: the answers of a window of pulses, by department. */
import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import { answers } from '../../schema';

export const count = sql<number>`count(*)`;

export const withDepartment = <T extends { departmentId: number | null }>(rows: T[]) =>
  rows.flatMap((r) => (r.departmentId === null ? [] : [{ ...r, departmentId: r.departmentId }]));

/** Answers of the window whose department is known. */
export const inWindow = (pulseIds: number[]) =>
  and(inArray(answers.pulseId, pulseIds), isNotNull(answers.departmentId));
