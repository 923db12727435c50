import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/open-db';

/** How many invitation rows a pulse's outbox holds (before its close reduces them to counts). */
export function invitesOf(db: Db, pulseId: number): number {
  const rows = db.all<{ n: number }>(
    sql`select count(*) as n from deliveries where pulse_id = ${pulseId} and kind = 'invite'`,
  );
  return rows[0]?.n ?? 0;
}
