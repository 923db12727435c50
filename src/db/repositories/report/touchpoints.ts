import { desc, eq, inArray } from 'drizzle-orm';
import type { ReportInput } from '../../../analytics/report/report-input';
import type { Db } from '../../open-db';
import { pulses, pulseTouchpoints } from '../../schema';

/** The touchpoints asked in the window, named and ordered as the newest pulse asked them. */
export function loadTouchpoints(db: Db, pulseIds: number[]): ReportInput['touchpoints'] {
  const rows = db
    .select({
      id: pulseTouchpoints.touchpointId,
      name: pulseTouchpoints.name,
      position: pulseTouchpoints.position,
    })
    .from(pulseTouchpoints)
    .innerJoin(pulses, eq(pulses.id, pulseTouchpoints.pulseId))
    .where(inArray(pulseTouchpoints.pulseId, pulseIds))
    .orderBy(desc(pulses.openedAt), desc(pulses.id))
    .all();
  const newest = new Map<number, (typeof rows)[number]>();
  for (const r of rows) if (!newest.has(r.id)) newest.set(r.id, r);
  return [...newest.values()].sort((a, b) => a.position - b.position || a.id - b.id);
}
