/**
 * Participation per shown department, and the company totals over the shown departments only.
 */

import type { DepartmentParticipation, ReportTotals } from './model/index';
import type { ReportInput } from './report-input';

const rate = (answered: number, delivered: number): number | null =>
  delivered > 0 ? answered / delivered : null;

/** Invitations delivered and failed, answers and response rate per shown department. */
export function buildParticipation(input: ReportInput): DepartmentParticipation[] {
  const byId = new Map(input.participation.map((p) => [p.departmentId, p]));
  return input.departments.map((d) => {
    const p = byId.get(d.id);
    const delivered = p?.delivered ?? 0;
    const answered = p?.answered ?? 0;
    return {
      departmentId: d.id,
      department: d.name,
      delivered,
      failed: p?.failed ?? 0,
      answered,
      responseRate: rate(answered, delivered),
    };
  });
}

/**
 * Company totals summed over the shown departments, so that "totals − shown departments" is always 0
 * and never reveals a hidden group. `answers` counts answers; `respondents` distinct people.
 */
export function buildTotals(
  input: ReportInput,
  participation: readonly DepartmentParticipation[],
): ReportTotals {
  const shown = new Set(input.departments.map((d) => d.id));
  const rows = input.respondents.filter((r) => shown.has(r.departmentId));
  const answers = rows.reduce((acc, r) => acc + r.answers, 0);
  const delivered = participation.reduce((acc, p) => acc + p.delivered, 0);
  return {
    departmentsShown: input.departments.length,
    respondents: rows.reduce((acc, r) => acc + r.respondents, 0),
    answers,
    delivered,
    failed: participation.reduce((acc, p) => acc + p.failed, 0),
    responseRate: rate(
      participation.reduce((acc, p) => acc + p.answered, 0),
      delivered,
    ),
  };
}
