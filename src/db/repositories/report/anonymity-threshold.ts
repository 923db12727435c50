import { eq } from 'drizzle-orm';
import { DEFAULT_ANONYMITY_THRESHOLD } from '../../../analytics/report/anonymity';
import type { Db } from '../../open-db';
import { settings } from '../../schema';

/** The `anonymity_threshold` setting when it is a whole number, else null. */
export function readAnonymityThreshold(db: Db): number | null {
  const row = db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, 'anonymity_threshold'))
    .get();
  return typeof row?.value === 'number' && Number.isInteger(row.value) ? row.value : null;
}

/** The threshold in force now: the setting when it is a whole number, else the default. */
export function thresholdInForce(db: Db): number {
  return readAnonymityThreshold(db) ?? DEFAULT_ANONYMITY_THRESHOLD;
}
