import { eq } from 'drizzle-orm';
import { DEFAULT_SHOW_QUOTES } from '../../../constants/defaults';
import type { Db } from '../../open-db';
import { settings } from '../../schema';

/** The `show_quotes` setting; its default when unset or not a boolean. */
export function readShowQuotes(db: Db): boolean {
  const row = db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, 'show_quotes'))
    .get();
  return typeof row?.value === 'boolean' ? row.value : DEFAULT_SHOW_QUOTES;
}
