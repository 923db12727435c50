import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../open-db';
import { answers, answerTerms, answerThemes, priorities } from '../../schema';
import { parseTally, tally } from './tally';
import { inWindow } from './window';

/** An answer's language; one stored before languages were (null) counts as English. */
const languageOf = sql<string>`coalesce(${answers.language}, 'en')`;

/**
 * Answers per department and language, and how many got a theme.
 * (An answer stored before its language was counts as English until the start-up backfill.)
 */
function loadLanguageCounts(db: Db, pulseIds: number[]) {
  const themed = sql<number>`exists (select 1 from ${answerThemes} where ${answerThemes.answerId} = ${answers.id})`;
  const rows = db
    .select({ tally: tally(answers.departmentId, languageOf, themed) })
    .from(answers)
    .where(inWindow(pulseIds))
    .get();
  const out = new Map<string, { departmentId: number; language: string; answers: number; themed: number }>();
  for (const r of parseTally(rows?.tally)) {
    if (typeof r.b !== 'string') continue;
    const key = `${r.departmentId}:${r.b}`;
    const row = out.get(key) ?? { departmentId: r.departmentId, language: r.b, answers: 0, themed: 0 };
    row.answers += r.count;
    if (r.c === 1) row.themed += r.count;
    out.set(key, row);
  }
  return [...out.values()].sort((x, y) => x.departmentId - y.departmentId || y.answers - x.answers);
}

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
          .select({
            tally: tally(answers.departmentId, answerTerms.term, languageOf),
          })
          .from(answers)
          .innerJoin(answerTerms, eq(answerTerms.answerId, answers.id))
          .where(where)
          .get();
  const termCounts = parseTally(terms?.tally).flatMap((r) =>
    typeof r.b === 'string'
      ? [{ departmentId: r.departmentId, term: r.b, count: r.count, language: String(r.c ?? 'en') }]
      : [],
  );
  const rank = new Map<string, number>();
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
        const key = `${r.departmentId}:${r.language}`;
        const seen = rank.get(key) ?? 0;
        rank.set(key, seen + 1);
        return seen < limitTerms;
      }),
    languageCounts: loadLanguageCounts(db, pulseIds),
  };
}
