import { inArray } from 'drizzle-orm';
import type { ReportInput } from '../../../analytics/report/report-input';
import type { Db } from '../../open-db';
import { pulses } from '../../schema';
import { loadAnswerCounts } from './answer-counts';
import { mostlySelfDeclared } from './department-sources';
import { loadPeople } from './people';
import { pulseColumns, toInputPulse } from './pulse-window';
import { loadQuotes, loadRosterNames } from './quotes';
import { loadRatings } from './ratings';
import { ensureTally } from './tally';
import { loadTouchpoints } from './touchpoints';

/** The input of the report minus the lexicon's themes, which the caller supplies. */
export type ReportAggregates = Omit<ReportInput, 'themes'>;

/** Bounds of the free-text samples. */
export interface LoadOptions {
  /** Definitions quoted per department (latest first, consenting only); 0 loads none. */
  quotesPerDepartment?: number;
  /** Most frequent terms per department; 0 loads none. */
  termsPerDepartment?: number;
  /** The anonymity threshold: over several pulses, cells with fewer raters get an exact count. */
  minRaters?: number;
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
  const quotesPerDepartment = options.quotesPerDepartment ?? 3;
  return {
    pulses: window,
    departments: people.departments,
    touchpoints: loadTouchpoints(db, ids),
    respondents: people.respondents,
    ...loadRatings(db, ids, options.minRaters ?? 5),
    ...loadAnswerCounts(db, ids, options.termsPerDepartment ?? 10),
    participation: people.participation,
    unplacedInvites: people.unplacedInvites,
    mostlySelfDeclared: mostlySelfDeclared(db, ids),
    quotes: loadQuotes(
      db,
      ids,
      people.departments.map((d) => d.id),
      quotesPerDepartment,
    ),
    rosterNames: quotesPerDepartment > 0 ? loadRosterNames(db) : [],
  };
}
