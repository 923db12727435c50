import { and, eq, inArray, sql } from 'drizzle-orm';
import type { UnplacedInvites } from '../../../analytics/report/report-input';
import type { Db } from '../../open-db';
import { answers, deliveries, departments, pulseDeliveryCounts } from '../../schema';
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
  const { placed: invites, unplaced } = loadInvites(db, pulseIds);
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
  return { departments: names, respondents, participation, unplacedInvites: unplaced };
}

type Invites = { departmentId: number; delivered: number; failed: number };
type Grouped = { departmentId: number | null; delivered: number; failed: number };

/**
 * Invitations delivered and failed per department at invite time (null: not known then): an open
 * pulse's from its outbox rows, a closed pulse's from the counts its close reduced them to (the two
 * never overlap, so they add up).
 */
function loadInviteGroups(db: Db, pulseIds: number[]): Grouped[] {
  const rows = db
    .select({
      departmentId: deliveries.departmentId,
      delivered: sql<number>`coalesce(sum(${deliveries.status} = 'sent'), 0)`,
      failed: sql<number>`coalesce(sum(${deliveries.status} = 'failed'), 0)`,
    })
    .from(deliveries)
    .where(and(inArray(deliveries.pulseId, pulseIds), eq(deliveries.kind, 'invite')))
    .groupBy(deliveries.departmentId)
    .all();
  const c = pulseDeliveryCounts;
  const counted = db
    .select({
      departmentId: c.departmentId,
      delivered: sql<number>`coalesce(sum(case when ${c.status} = 'sent' then ${c.count} else 0 end), 0)`,
      failed: sql<number>`coalesce(sum(case when ${c.status} = 'failed' then ${c.count} else 0 end), 0)`,
    })
    .from(c)
    .where(and(inArray(c.pulseId, pulseIds), eq(c.kind, 'invite')))
    .groupBy(c.departmentId)
    .all();
  return [...rows, ...counted];
}

/** Invitations per known department, and those sent while the department was not known. */
function loadInvites(db: Db, pulseIds: number[]): { placed: Invites[]; unplaced: UnplacedInvites } {
  const groups = loadInviteGroups(db, pulseIds);
  const unplaced = { delivered: 0, failed: 0 };
  const out = new Map<number, Invites>();
  for (const r of groups) {
    if (r.departmentId === null) {
      unplaced.delivered += r.delivered;
      unplaced.failed += r.failed;
      continue;
    }
    const seen = out.get(r.departmentId) ?? { departmentId: r.departmentId, delivered: 0, failed: 0 };
    out.set(r.departmentId, {
      departmentId: r.departmentId,
      delivered: seen.delivered + r.delivered,
      failed: seen.failed + r.failed,
    });
  }
  return { placed: [...out.values()], unplaced };
}
