/** The newest open pulse and its people counts: all Slack may say about a pulse before it closes. */
import { desc, eq } from 'drizzle-orm';
import type { OpenPulseInput } from '../../../analytics/report/open-pulse';
import type { Db } from '../../open-db';
import { pulses } from '../../schema';
import { loadPeople } from './people';

/** The most recently opened pulse still open, with respondents and invitations per department; null when none is. */
export function loadOpenPulse(db: Db): OpenPulseInput | null {
  const pulse = db
    .select({ id: pulses.id, openedAt: pulses.openedAt, closesAt: pulses.closesAt })
    .from(pulses)
    .where(eq(pulses.status, 'open'))
    .orderBy(desc(pulses.openedAt), desc(pulses.id))
    .limit(1)
    .get();
  if (pulse === undefined) return null;
  const people = loadPeople(db, [pulse.id]);
  return {
    pulse: { id: pulse.id, openedAt: pulse.openedAt.getTime(), closesAt: pulse.closesAt.getTime() },
    departments: people.departments,
    respondents: people.respondents,
    participation: people.participation,
  };
}
