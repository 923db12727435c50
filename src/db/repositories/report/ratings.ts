import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../open-db';
import { answers, ratings } from '../../schema';
import { parseTally, tally } from './tally';
import { inWindow, withDepartment } from './window';

/**
 * Distinct raters of the cells that might be below `minRaters` over a window of several pulses.
 * A person rates a touchpoint at most once per pulse, so a cell with c ratings over P pulses has at
 * least ⌈c / P⌉ raters: only cells where that bound is below `minRaters` need an exact count.
 */
function exactRaters(db: Db, pulseIds: number[], cells: { departmentId: number; touchpointId: number }[]) {
  if (cells.length === 0) return [];
  const list = sql.join(
    cells.map((c) => sql`(${c.departmentId}, ${c.touchpointId})`),
    sql`, `,
  );
  return db
    .select({
      departmentId: answers.departmentId,
      touchpointId: ratings.touchpointId,
      raters: sql<number>`count(distinct ${answers.respondent})`,
    })
    .from(answers)
    .innerJoin(ratings, eq(ratings.answerId, answers.id))
    .where(
      and(inWindow(pulseIds), sql`(${answers.departmentId}, ${ratings.touchpointId}) in (values ${list})`),
    )
    .groupBy(answers.departmentId, ratings.touchpointId)
    .all();
}

/**
 * Rating histograms per department × touchpoint, and raters per cell: exact for one pulse; over
 * several pulses exact below `minRaters` and otherwise a lower bound of at least `minRaters`.
 */
export function loadRatings(db: Db, pulseIds: number[], minRaters: number) {
  const row = db
    .select({ tally: tally(answers.departmentId, ratings.touchpointId, ratings.rating) })
    .from(answers)
    .innerJoin(ratings, eq(ratings.answerId, answers.id))
    .where(inWindow(pulseIds))
    .get();
  const ratingCounts = parseTally(row?.tally).flatMap((r) =>
    typeof r.b === 'number' && typeof r.c === 'number'
      ? [{ departmentId: r.departmentId, touchpointId: r.b, rating: r.c, count: r.count }]
      : [],
  );
  const cells = new Map<string, { departmentId: number; touchpointId: number; raters: number }>();
  for (const r of ratingCounts) {
    const key = `${r.departmentId}:${r.touchpointId}`;
    const cell = cells.get(key) ?? { departmentId: r.departmentId, touchpointId: r.touchpointId, raters: 0 };
    cell.raters += r.count;
    cells.set(key, cell);
  }
  const pulsesCount = pulseIds.length;
  if (pulsesCount > 1) {
    for (const cell of cells.values()) cell.raters = Math.ceil(cell.raters / pulsesCount);
    const unsure = [...cells.values()].filter((c) => c.raters < minRaters);
    for (const exact of withDepartment(exactRaters(db, pulseIds, unsure))) {
      const cell = cells.get(`${exact.departmentId}:${exact.touchpointId}`);
      if (cell !== undefined) cell.raters = exact.raters;
    }
  }
  return { ratingCounts, cellRaters: [...cells.values()] };
}
