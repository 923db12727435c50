/**
 * The frozen results of closed pulses (`pulse_results`): written in the transaction that closes a
 * pulse, read by every surface that shows it. Validated with zod on the way out, as any edge.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { nameMatcher } from '../../../analytics/quote-scrub/index';
import { applyAnonymity } from '../../../analytics/report/anonymity';
import { chooseQuotes, QUOTES_PER_DEPARTMENT } from '../../../analytics/report/definition-text';
import type { Db } from '../../open-db';
import { pulseResults, pulses } from '../../schema';
import { loadReportAggregates, type ReportAggregates } from './aggregates';
import { thresholdInForce } from './anonymity-threshold';
import { loadQuotes, loadRosterNames } from './quotes';

/** The shape of `results` this code writes and reads. */
const FORMAT = 1;

const int = z.number().int();
const byDepartment = { departmentId: int };
const aggregatesSchema = z.object({
  pulses: z.array(
    z.object({
      id: int,
      status: z.enum(['open', 'closed']),
      openedAt: z.number(),
      closedAt: z.number().nullable(),
    }),
  ),
  departments: z.array(z.object({ id: int, name: z.string() })),
  touchpoints: z.array(z.object({ id: int, name: z.string(), position: int })),
  respondents: z.array(z.object({ ...byDepartment, respondents: int, answers: int })),
  ratingCounts: z.array(z.object({ ...byDepartment, touchpointId: int, rating: int, count: int })),
  cellRaters: z.array(z.object({ ...byDepartment, touchpointId: int, raters: int })),
  priorityCounts: z.array(z.object({ ...byDepartment, touchpointId: int, count: int })),
  themeCounts: z.array(z.object({ ...byDepartment, theme: z.string(), count: int })),
  termCounts: z.array(
    z.object({ ...byDepartment, term: z.string(), count: int, language: z.string().max(8).optional() }),
  ),
  /** Absent in results frozen before languages were counted: those still render, without the counts. */
  languageCounts: z
    .array(z.object({ ...byDepartment, language: z.string().max(8), answers: int, themed: int }))
    .optional(),
  participation: z.array(z.object({ ...byDepartment, delivered: int, failed: int, answered: int })),
  /** Absent in results frozen before invitations without a department were counted: none. */
  unplacedInvites: z.object({ delivered: int, failed: int }).optional(),
  mostlySelfDeclared: z.boolean().optional(),
  /** The quotes chosen at close, scrubbed, with the answers they came from while those are kept. */
  quotes: z.array(z.object({ ...byDepartment, text: z.string(), answerIds: z.array(int).optional() })),
});
export const resultsSchema = z.object({
  input: aggregatesSchema,
  /** Departments below the threshold at close: their names only, never a figure. */
  hidden: z.array(z.string()),
});

/** A closed pulse's frozen results. */
export interface PulseResults {
  pulseId: number;
  /** The threshold the results were anonymised at (the pulse's own): no read shows less. */
  threshold: number;
  /** The report input of the pulse alone, groups under `threshold` already left out. */
  input: ReportAggregates;
  /** Names of the departments left out for being under the threshold. */
  hidden: string[];
}

/** The threshold a pulse's people answered under: its own, else the setting, else the default. */
export function thresholdOfPulse(db: Db, pulseId: number): number {
  const row = db.select({ t: pulses.anonymityThreshold }).from(pulses).where(eq(pulses.id, pulseId)).get();
  return row?.t ?? thresholdInForce(db);
}

/**
 * Freezes a pulse's results: its aggregates, anonymised at its own threshold. Call inside the
 * transaction that closes it; a second call for the same pulse changes nothing.
 */
export function freezeResults(db: Db, pulseId: number, at: Date): void {
  const threshold = thresholdOfPulse(db, pulseId);
  const raw = loadReportAggregates(db, [pulseId], { minRaters: threshold, quotesPerDepartment: 0 });
  const { input, suppressed } = applyAnonymity({ ...raw, themes: [] }, threshold);
  const { themes: _themes, rosterNames: _names, ...rest } = input;
  // the quotes are chosen now, from shown departments, and frozen scrubbed of the roster's names
  // (so the names need not be kept); each keeps the answers it came from, for "Delete my data"
  const shown = rest.departments.map((d) => d.id);
  const candidates = loadQuotes(db, [pulseId], shown, QUOTES_PER_DEPARTMENT);
  const quotes = chooseQuotes(candidates, shown, nameMatcher(loadRosterNames(db))).map((q) => ({
    departmentId: q.departmentId,
    text: q.text,
    answerIds: q.from.map((c) => c.answerId),
  }));
  const results = JSON.stringify({ input: { ...rest, quotes }, hidden: suppressed.departments });
  db.insert(pulseResults)
    .values({ pulseId, threshold, format: FORMAT, results, takenAt: at })
    .onConflictDoNothing()
    .run();
}

/** The frozen results of these pulses that have them, by pulse id. */
export function readResults(db: Db, pulseIds: readonly number[]): Map<number, PulseResults> {
  if (pulseIds.length === 0) return new Map();
  const rows = db
    .select()
    .from(pulseResults)
    .where(and(inArray(pulseResults.pulseId, [...pulseIds]), eq(pulseResults.format, FORMAT)))
    .all();
  return new Map(
    rows.map((row) => {
      const { input, hidden } = resultsSchema.parse(JSON.parse(row.results));
      // which answers a quote came from is bookkeeping for deletion, never part of a report
      const quotes = input.quotes.map((q) => ({ departmentId: q.departmentId, text: q.text }));
      return [
        row.pulseId,
        { pulseId: row.pulseId, threshold: row.threshold, input: { ...input, quotes }, hidden },
      ];
    }),
  );
}

/**
 * The frozen results of these pulses, freezing first those closed without any (a database from
 * before results were frozen, read before the bot's start-up froze them). Open pulses have none.
 */
export function resultsOf(db: Db, pulseIds: readonly number[], at: Date): Map<number, PulseResults> {
  const found = readResults(db, pulseIds);
  const missing = pulseIds.filter((id) => !found.has(id));
  if (missing.length === 0) return found;
  const closed = db
    .select({ id: pulses.id })
    .from(pulses)
    .where(and(inArray(pulses.id, missing), eq(pulses.status, 'closed')))
    .all();
  if (closed.length === 0) return found;
  db.transaction(() => {
    for (const { id } of closed) freezeResults(db, id, at);
  });
  return new Map([
    ...found,
    ...readResults(
      db,
      closed.map((c) => c.id),
    ),
  ]);
}

/**
 * Freezes the results of every closed pulse that has none (pulses closed before results were
 * frozen, on the first start after the upgrade). Returns how many.
 */
export function freezeMissingResults(db: Db, at: Date): number {
  const missing = db
    .select({ id: pulses.id })
    .from(pulses)
    .leftJoin(pulseResults, eq(pulseResults.pulseId, pulses.id))
    .where(and(eq(pulses.status, 'closed'), isNull(pulseResults.pulseId)))
    .all();
  for (const { id } of missing) db.transaction(() => freezeResults(db, id, at));
  return missing.length;
}
