import {
  buildOpenPulseProgress,
  buildReport,
  type OpenPulseProgress,
  type ReportModel,
} from '../analytics/report/index';
import { DEFAULT_LEXICON } from '../analytics/themes/index';
import type { Db } from '../db/open-db';
import {
  findPulsesUpTo,
  findPulseWindow,
  isClosedOnly,
  loadOpenPulse,
  loadReportAggregates,
  type PulseSelector,
  readShowQuotes,
  type WindowOptions,
} from '../db/repositories/report-repository';

/** Pulses shown in the trend behind a report. */
export const TREND_PULSES = 6;

/** The lexicon's themes in report order. */
const THEMES = DEFAULT_LEXICON.themes.map((t) => ({ key: t.key, label: t.label }));

/**
 * Loads and builds the report of a window of pulses (SQL aggregates → pure builder), with the
 * trend of up to {@link TREND_PULSES} pulses ending at the window's newest; null when there is no
 * such pulse. The one place every surface (Slack, CLI, digest, export) gets its model from.
 *
 * Slack surfaces ask for `{ latestClosed: true }` (or pass `closedOnly`): then the window and the
 * trend hold closed pulses only, and an open pulse asked for by id gives null. A closed pulse's
 * answers no longer change, so two reads of it are the same whoever answers the open one meanwhile.
 * The CLI, which runs next to the database, may still read an open pulse.
 */
export function loadReport(
  db: Db,
  selector: PulseSelector,
  threshold: number,
  options: WindowOptions = {},
): ReportModel | null {
  const closedOnly = isClosedOnly(selector, options);
  const window = findPulseWindow(db, selector, { closedOnly });
  const newest = window.at(-1);
  if (newest === undefined) return null;
  // an admin may turn quotes off: then none is read, and none is shown on any surface
  const showQuotes = readShowQuotes(db);
  const aggregates = loadReportAggregates(
    db,
    window.map((p) => p.id),
    { minRaters: threshold, ...(showQuotes ? {} : { quotesPerDepartment: 0 }) },
  );
  const trendInputs = findPulsesUpTo(db, newest, TREND_PULSES, { closedOnly }).map((p) =>
    window.length === 1 && p.id === newest.id
      ? { ...aggregates, themes: THEMES }
      : {
          ...loadReportAggregates(db, [p.id], {
            minRaters: threshold,
            quotesPerDepartment: 0,
            termsPerDepartment: 0,
          }),
          themes: THEMES,
        },
  );
  const model = buildReport({ ...aggregates, themes: THEMES }, { threshold, trendInputs });
  return showQuotes ? model : withoutQuotes(model);
}

/** The model with no quote in it. */
function withoutQuotes(model: ReportModel): ReportModel {
  return { ...model, definitions: { ...model.definitions, quotes: [] } };
}

/**
 * The pulse still open, if any, with its participation so far (departments at or above the
 * threshold only) and no other figure: what Slack says instead of its results.
 */
export function loadOpenPulseProgress(db: Db, threshold: number): OpenPulseProgress | null {
  const open = loadOpenPulse(db);
  return open === null ? null : buildOpenPulseProgress(open, threshold);
}
