/**
 * The report's reads: aggregates over a window of pulses, never all answers, so memory grows with
 * departments × touchpoints, not with the number of answers. No respondent pseudonym ever leaves
 * this file. Synchronous (better-sqlite3).
 *
 * The big counts (ratings, priorities, themes, terms) use `cx_report_tally`, an aggregate function
 * registered on the connection that counts key tuples in a hash map inside the query. A plain
 * `GROUP BY` sorts every joined row first (SQLite has no hash aggregation): at 100,000 answers that
 * sort alone took ~0.6 s of the ~0.9 s ratings query; the tally takes ~0.25 s (see bench/).
 */
import { type AnyColumn, and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { ReportInput } from '../../analytics/report/report-input';
import type { Db } from '../open-db';
import {
  answers,
  answerTerms,
  answerThemes,
  deliveries,
  departments,
  priorities,
  pulses,
  pulseTouchpoints,
  ratings,
  settings,
} from '../schema';

/** The input of the report minus the lexicon's themes, which the caller supplies. */
export type ReportAggregates = Omit<ReportInput, 'themes'>;

/** Bounds of the free-text samples. */
export interface LoadOptions {
  /** Definitions quoted per department (latest first); 0 loads none. */
  quotesPerDepartment?: number;
  /** Most frequent terms per department; 0 loads none. */
  termsPerDepartment?: number;
  /** The anonymity threshold: over several pulses, cells with fewer raters get an exact count. */
  minRaters?: number;
}

const count = sql<number>`count(*)`;
const TALLY = 'cx_report_tally';
const withTally = new WeakSet<object>();

type Key = string | number | null;
/** Counts of key tuples, as nested maps (no string building per row). */
type Tally = Map<Key, Map<Key, Map<Key, number>>>;

const asKey = (k: unknown): Key => (typeof k === 'string' || typeof k === 'number' ? k : null);

/** Called once per joined row: no allocation unless a key is new. */
function tallyStep(tally: Tally, a: unknown, b?: unknown, c?: unknown): void {
  const ka = asKey(a);
  const kb = asKey(b);
  const kc = asKey(c);
  let level1 = tally.get(ka);
  if (level1 === undefined) {
    level1 = new Map();
    tally.set(ka, level1);
  }
  let level2 = level1.get(kb);
  if (level2 === undefined) {
    level2 = new Map();
    level1.set(kb, level2);
  }
  level2.set(kc, (level2.get(kc) ?? 0) + 1);
}

function tallyRows(tally: Tally): string {
  const rows: [Key, Key, Key, number][] = [];
  for (const [a, level1] of tally)
    for (const [b, level2] of level1) for (const [c, n] of level2) rows.push([a, b, c, n]);
  return JSON.stringify(rows);
}

/** Registers `cx_report_tally(a, b[, c])` on the connection once: it returns JSON [[a, b, c, count], …]. */
function ensureTally(db: Db): void {
  if (withTally.has(db.$client)) return;
  db.$client.aggregate<Tally>(TALLY, {
    varargs: true,
    start: () => new Map(),
    step: tallyStep,
    result: tallyRows,
  });
  withTally.add(db.$client);
}

/** The rows of a tally with a numeric first key (a department id). */
function parseTally(
  json: string | null | undefined,
): { departmentId: number; b: Key; c: Key; count: number }[] {
  const parsed: unknown = JSON.parse(json ?? '[]');
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((row: unknown) => {
    if (!Array.isArray(row)) return [];
    const [a, b, c, n] = row as unknown[];
    if (typeof a !== 'number' || typeof n !== 'number') return [];
    return [{ departmentId: a, b: asKey(b), c: asKey(c), count: n }];
  });
}

const tally = (...columns: AnyColumn[]) =>
  sql<string | null>`${sql.raw(TALLY)}(${sql.join(
    columns.map((c) => sql`${c}`),
    sql`, `,
  )})`;
const withDepartment = <T extends { departmentId: number | null }>(rows: T[]) =>
  rows.flatMap((r) => (r.departmentId === null ? [] : [{ ...r, departmentId: r.departmentId }]));

const pulseColumns = {
  id: pulses.id,
  status: pulses.status,
  openedAt: pulses.openedAt,
  closedAt: pulses.closedAt,
};
const toInputPulse = (r: {
  id: number;
  status: 'open' | 'closed';
  openedAt: Date;
  closedAt: Date | null;
}) => ({
  id: r.id,
  status: r.status,
  openedAt: r.openedAt.getTime(),
  closedAt: r.closedAt?.getTime() ?? null,
});

/** The pulses, oldest first: `{ pulseId }` → that one; `{ last: n }` → the n most recently opened. */
export function findPulseWindow(
  db: Db,
  selector: { pulseId: number } | { last: number },
): ReportInput['pulses'] {
  const rows =
    'pulseId' in selector
      ? db.select(pulseColumns).from(pulses).where(eq(pulses.id, selector.pulseId)).all()
      : db
          .select(pulseColumns)
          .from(pulses)
          .orderBy(desc(pulses.openedAt), desc(pulses.id))
          .limit(selector.last)
          .all();
  return rows.map(toInputPulse).sort((a, b) => a.openedAt - b.openedAt || a.id - b.id);
}

/** Up to `count` pulses opened at or before `pulse`, oldest first (the trend behind a report). */
export function findPulsesUpTo(
  db: Db,
  pulse: { id: number; openedAt: number },
  limit: number,
): ReportInput['pulses'] {
  return db
    .select(pulseColumns)
    .from(pulses)
    .where(
      sql`(${pulses.openedAt} < ${pulse.openedAt}) or (${pulses.openedAt} = ${pulse.openedAt} and ${pulses.id} <= ${pulse.id})`,
    )
    .orderBy(desc(pulses.openedAt), desc(pulses.id))
    .limit(limit)
    .all()
    .map(toInputPulse)
    .reverse();
}

/** The `anonymity_threshold` setting when it is a whole number, else null. */
export function readAnonymityThreshold(db: Db): number | null {
  const row = db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, 'anonymity_threshold'))
    .get();
  return typeof row?.value === 'number' && Number.isInteger(row.value) ? row.value : null;
}

/** The touchpoints asked in the window, named and ordered as the newest pulse asked them. */
function loadTouchpoints(db: Db, pulseIds: number[]): ReportInput['touchpoints'] {
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

/** Answers of the window whose department is known. */
const inWindow = (pulseIds: number[]) =>
  and(inArray(answers.pulseId, pulseIds), isNotNull(answers.departmentId));

/** Priority picks, theme and term counts per department (terms: the top `limitTerms` of each). */
function loadAnswerCounts(db: Db, pulseIds: number[], limitTerms: number) {
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
function loadRatings(db: Db, pulseIds: number[], minRaters: number) {
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

/** Respondents and participation per department, with the departments' names. */
function loadPeople(db: Db, pulseIds: number[]) {
  // One pulse holds one answer per respondent (unique key), so counting rows is enough there.
  const respondents = withDepartment(
    db
      .select({
        departmentId: answers.departmentId,
        respondents: pulseIds.length > 1 ? sql<number>`count(distinct ${answers.respondent})` : count,
        answers: count,
      })
      .from(answers)
      .where(inWindow(pulseIds))
      .groupBy(answers.departmentId)
      .all(),
  );
  const invites = withDepartment(
    db
      .select({
        departmentId: deliveries.departmentId,
        delivered: sql<number>`coalesce(sum(${deliveries.status} = 'sent'), 0)`,
        failed: sql<number>`coalesce(sum(${deliveries.status} = 'failed'), 0)`,
      })
      .from(deliveries)
      .where(
        and(
          inArray(deliveries.pulseId, pulseIds),
          eq(deliveries.kind, 'invite'),
          isNotNull(deliveries.departmentId),
        ),
      )
      .groupBy(deliveries.departmentId)
      .all(),
  );
  const ids = [...new Set([...respondents, ...invites].map((r) => r.departmentId))];
  const names =
    ids.length === 0
      ? []
      : db
          .select({ id: departments.id, name: departments.name })
          .from(departments)
          .where(inArray(departments.id, ids))
          .orderBy(departments.sortOrder, departments.name)
          .all();
  const answered = new Map(respondents.map((r) => [r.departmentId, r.answers]));
  const invited = new Map(invites.map((r) => [r.departmentId, r]));
  const participation = names.map((d) => ({
    departmentId: d.id,
    delivered: invited.get(d.id)?.delivered ?? 0,
    failed: invited.get(d.id)?.failed ?? 0,
    answered: answered.get(d.id) ?? 0,
  }));
  return { departments: names, respondents, participation };
}

/** The latest definitions of each department, at least 20 characters long, text only. */
function loadQuotes(db: Db, pulseIds: number[], departmentIds: number[], perDepartment: number) {
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

/**
 * Loads everything the report needs for the given pulses, as aggregates. Answers without a
 * department (its department was deleted) are left out of every figure.
 */
export function loadReportAggregates(
  db: Db,
  pulseIds: number[],
  options: LoadOptions = {},
): ReportAggregates {
  ensureTally(db);
  const window = db
    .select(pulseColumns)
    .from(pulses)
    .where(inArray(pulses.id, pulseIds))
    .orderBy(pulses.openedAt, pulses.id)
    .all()
    .map(toInputPulse);
  const ids = window.map((p) => p.id);
  const people = loadPeople(db, ids);
  return {
    pulses: window,
    departments: people.departments,
    touchpoints: loadTouchpoints(db, ids),
    respondents: people.respondents,
    ...loadRatings(db, ids, options.minRaters ?? 5),
    ...loadAnswerCounts(db, ids, options.termsPerDepartment ?? 10),
    participation: people.participation,
    quotes: loadQuotes(
      db,
      ids,
      people.departments.map((d) => d.id),
      options.quotesPerDepartment ?? 3,
    ),
  };
}
