import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../open-db';
import { answers } from '../../schema';

/** The latest definitions of each department, at least 20 characters long, text only. */
export function loadQuotes(db: Db, pulseIds: number[], departmentIds: number[], perDepartment: number) {
  if (perDepartment <= 0) return [];
  return departmentIds.flatMap((departmentId) =>
    db
      .select({ text: answers.definition })
      .from(answers)
      .where(
        and(
          inArray(answers.pulseId, pulseIds),
          eq(answers.departmentId, departmentId),
          sql`length(trim(${answers.definition})) >= 20`,
        ),
      )
      .orderBy(desc(answers.id))
      .limit(perDepartment)
      .all()
      .map((r) => ({ departmentId, text: r.text })),
  );
}
