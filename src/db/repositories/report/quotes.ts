import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../open-db';
import { answers, rosterNames } from '../../schema';

/** Candidates read per quote wanted: scrubbing may leave some too short, or two alike. */
const CANDIDATES_PER_QUOTE = 3;

/**
 * The latest definitions of each department whose authors agreed to be quoted, at least 20
 * characters long, with the answer each came from (a few more than `perDepartment`, to choose from).
 */
export function loadQuotes(db: Db, pulseIds: number[], departmentIds: number[], perDepartment: number) {
  if (perDepartment <= 0) return [];
  return departmentIds.flatMap((departmentId) =>
    db
      .select({ answerId: answers.id, text: answers.definition })
      .from(answers)
      .where(
        and(
          inArray(answers.pulseId, pulseIds),
          eq(answers.departmentId, departmentId),
          eq(answers.quoteConsent, true),
          sql`length(trim(${answers.definition})) >= 20`,
        ),
      )
      .orderBy(desc(answers.id))
      .limit(perDepartment * CANDIDATES_PER_QUOTE)
      .all()
      .map((r) => ({ departmentId, answerId: r.answerId, text: r.text })),
  );
}

/** Every name seen on the roster, to scrub from quotes. */
export function loadRosterNames(db: Db): string[] {
  return db
    .select({ name: rosterNames.name })
    .from(rosterNames)
    .all()
    .map((r) => r.name);
}
