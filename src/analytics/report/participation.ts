/**
 * Participation per shown department, and the company totals over the shown departments only.
 *
 * Every rate is at most 100% and true, or not given. An invitation counts toward a department only
 * when its department was known at invite time; someone invited before theirs was known picks it
 * when answering, so their answer lands in a department that never counted them. While a window
 * has such invitations, no department's rate is known ("3 answers of 2 invited" would be false),
 * and the overall rate is taken over everyone invited: the shown departments' invitations and
 * those without a department (never a hidden department's).
 */

import type { DepartmentParticipation, ReportTotals } from './model/index';
import type { ReportInput } from './report-input';

/** answered / invited when that is a true share (0–1); null when nothing was sent or it isn't one. */
export function trueRate(answered: number, delivered: number): number | null {
  return delivered > 0 && answered <= delivered ? answered / delivered : null;
}

/** Invitations sent without a department in the window (0 for results frozen before they were counted). */
const unplacedOf = (input: ReportInput) => input.unplacedInvites ?? { delivered: 0, failed: 0 };

/** Invitations delivered and failed, answers and response rate per shown department. */
export function buildParticipation(input: ReportInput): DepartmentParticipation[] {
  const byId = new Map(input.participation.map((p) => [p.departmentId, p]));
  const unplaced = unplacedOf(input);
  const invitesKnown = unplaced.delivered + unplaced.failed === 0;
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
      invitesKnown,
      responseRate: invitesKnown ? trueRate(answered, delivered) : null,
    };
  });
}

/**
 * Company totals summed over the shown departments, so that "totals − shown departments" is always 0
 * and never reveals a hidden group; invitations without a department are added to the invited (and
 * said apart, `unplacedDelivered`). `answers` counts answers; `respondents` distinct people.
 */
export function buildTotals(
  input: ReportInput,
  participation: readonly DepartmentParticipation[],
): ReportTotals {
  const shown = new Set(input.departments.map((d) => d.id));
  const rows = input.respondents.filter((r) => shown.has(r.departmentId));
  const answers = rows.reduce((acc, r) => acc + r.answers, 0);
  const unplaced = unplacedOf(input);
  const delivered = participation.reduce((acc, p) => acc + p.delivered, 0) + unplaced.delivered;
  return {
    departmentsShown: input.departments.length,
    respondents: rows.reduce((acc, r) => acc + r.respondents, 0),
    answers,
    delivered,
    unplacedDelivered: unplaced.delivered,
    failed: participation.reduce((acc, p) => acc + p.failed, 0) + unplaced.failed,
    responseRate: trueRate(
      participation.reduce((acc, p) => acc + p.answered, 0),
      delivered,
    ),
  };
}
