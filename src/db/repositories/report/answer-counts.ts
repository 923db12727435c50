import { eq } from 'drizzle-orm';
import type { Db } from '../../open-db';
import { answers, answerTerms, answerThemes, priorities } from '../../schema';
import { parseTally, tally } from './tally';
import { inWindow } from './window';

/** Priority picks, theme and term counts per department (terms: the top `limitTerms` of each). */
export function loadAnswerCounts(db: Db, pulseIds: number[], limitTerms: number) {
  const where = inWindow(pulseIds);
  const picks = db
    .select({ tally: tally(answers.departmentId, priorities.touchpointId) })
    .from(answers)
    .innerJoin(priorities, eq(priorities.answerId, answers.id))
    .where(where)
    .get();
  const themes = db
    .select({ tally: tally(answers.departmentId, answerThemes.theme) })
    .from(answers)
    .innerJoin(answerThemes, eq(answerThemes.answerId, answers.id))
    .where(where)
    .get();
  const terms =
    limitTerms <= 0
      ? undefined
      : db
          .select({ tally: tally(answers.departmentId, answerTerms.term) })
          .from(answers)
          .innerJoin(answerTerms, eq(answerTerms.answerId, answers.id))
          .where(where)
          .get();
  const termCounts = parseTally(terms?.tally).flatMap((r) =>
    typeof r.b === 'string' ? [{ departmentId: r.departmentId, term: r.b, count: r.count }] : [],
  );
  const rank = new Map<number, number>();
  return {
    priorityCounts: parseTally(picks?.tally).flatMap((r) =>
      typeof r.b === 'number' ? [{ departmentId: r.departmentId, touchpointId: r.b, count: r.count }] : [],
    ),
    themeCounts: parseTally(themes?.tally).flatMap((r) =>
      typeof r.b === 'string' ? [{ departmentId: r.departmentId, theme: r.b, count: r.count }] : [],
    ),
    termCounts: termCounts
      .sort((x, y) => x.departmentId - y.departmentId || y.count - x.count || x.term.localeCompare(y.term))
      .filter((r) => {
        const seen = rank.get(r.departmentId) ?? 0;
        rank.set(r.departmentId, seen + 1);
        return seen < limitTerms;
      }),
  };
}
