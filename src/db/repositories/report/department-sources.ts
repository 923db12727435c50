import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../open-db';
import { deliveries, people, pulseDeliveryCounts } from '../../schema';

/**
 * Whether more than half of the people invited in these pulses had a department they declared
 * themselves: none known at invite time (they pick it when answering), or one they picked in an
 * earlier pulse (`department_source = 'self'`), rather than one from a user group, the profile field
 * or an admin. Read from the open outbox rows; a pulse already reduced to counts only says which
 * invitations had no department (that is all it keeps), and its frozen results hold the answer
 * taken at close. Answers carry no trace of who gave them, so this is the invited people's mix, the
 * membership the answers come from.
 */
export function mostlySelfDeclared(db: Db, pulseIds: number[]): boolean {
  if (pulseIds.length === 0) return false;
  const invite = and(inArray(deliveries.pulseId, pulseIds), eq(deliveries.kind, 'invite'));
  const open = db
    .select({
      invited: sql<number>`count(*)`,
      self: sql<number>`coalesce(sum(${deliveries.departmentId} is null or ${people.departmentSource} = 'self'), 0)`,
    })
    .from(deliveries)
    .innerJoin(people, eq(people.id, deliveries.personId))
    .where(and(invite, ne(deliveries.status, 'cancelled')))
    .get();
  const c = pulseDeliveryCounts;
  const reduced = db
    .select({
      invited: sql<number>`coalesce(sum(${c.count}), 0)`,
      self: sql<number>`coalesce(sum(case when ${c.departmentId} is null then ${c.count} else 0 end), 0)`,
    })
    .from(c)
    .where(and(inArray(c.pulseId, pulseIds), eq(c.kind, 'invite'), ne(c.status, 'cancelled')))
    .get();
  const invited = (open?.invited ?? 0) + (reduced?.invited ?? 0);
  const self = (open?.self ?? 0) + (reduced?.self ?? 0);
  return invited > 0 && self * 2 > invited;
}
