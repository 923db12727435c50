const DAY_MS = 86_400_000;

/**
 * The start of the UTC day `at` falls in: the finest time kept of an answer or a person, so a copy
 * of the database cannot line their rows up with each other or with a message's time.
 */
export function utcDay(at: Date): Date {
  return new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);
}
