import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../open-db';
import { answers, deliveries, departments } from '../../schema';
import { count, inWindow, withDepartment } from './window';

/** Respondents and participation per department, with the departments' names. */
export function loadPeople(db: Db, pulseIds: number[]) {
  // One pulse holds one answer per respondent (unique key), so counting rows is enough there.
  const respondents = withDepartment(
    db
      .select({
        departmentId: answers.departmentId,
        respondents: pulseIds.length > 1 ? sql<number>`count(distinct ${answers.respondent})` : count,
        answers: count,
      })
      .from(answers)
      .where(inWindow(pulseIds))
      .groupBy(answers.departmentId)
      .all(),
  );
  const invites = withDepartment(
    db
      .select({
        departmentId: deliveries.departmentId,
        delivered: sql<number>`coalesce(sum(${deliveries.status} = 'sent'), 0)`,
        failed: sql<number>`coalesce(sum(${deliveries.status} = 'failed'), 0)`,
      })
      .from(deliveries)
      .where(
        and(
          inArray(deliveries.pulseId, pulseIds),
          eq(deliveries.kind, 'invite'),
          isNotNull(deliveries.departmentId),
        ),
      )
      .groupBy(deliveries.departmentId)
      .all(),
  );
  const ids = [...new Set([...respondents, ...invites].map((r) => r.departmentId))];
  const names =
    ids.length === 0
      ? []
      : db
          .select({ id: departments.id, name: departments.name })
          .from(departments)
          .where(inArray(departments.id, ids))
          .orderBy(departments.sortOrder, departments.name)
          .all();
  const answered = new Map(respondents.map((r) => [r.departmentId, r.answers]));
  const invited = new Map(invites.map((r) => [r.departmentId, r]));
  const participation = names.map((d) => ({
    departmentId: d.id,
    delivered: invited.get(d.id)?.delivered ?? 0,
    failed: invited.get(d.id)?.failed ?? 0,
    answered: answered.get(d.id) ?? 0,
  }));
  return { departments: names, respondents, participation };
}
