import { buildReport, type ReportModel } from '../analytics/report/index';
import { DEFAULT_LEXICON } from '../analytics/themes/index';
import type { Db } from '../db/open-db';
import { findPulsesUpTo, findPulseWindow, loadReportAggregates } from '../db/repositories/report-repository';

/** Pulses shown in the trend behind a report. */
export const TREND_PULSES = 6;

/** The lexicon's themes in report order. */
const THEMES = DEFAULT_LEXICON.themes.map((t) => ({ key: t.key, label: t.label }));

/**
 * Loads and builds the report of a window of pulses (SQL aggregates → pure builder), with the
 * trend of up to {@link TREND_PULSES} pulses ending at the window's newest; null when there is no
 * such pulse. The one place every surface (Slack, CLI, digest, export) gets its model from.
 */
export function loadReport(
  db: Db,
  selector: { pulseId: number } | { last: number },
  threshold: number,
): ReportModel | null {
  const window = findPulseWindow(db, selector);
  const newest = window.at(-1);
  if (newest === undefined) return null;
  const aggregates = loadReportAggregates(
    db,
    window.map((p) => p.id),
    { minRaters: threshold },
  );
  const trendInputs = findPulsesUpTo(db, newest, TREND_PULSES).map((p) =>
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
  return buildReport({ ...aggregates, themes: THEMES }, { threshold, trendInputs });
}
