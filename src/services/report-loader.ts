import {
  applyAnonymity,
  buildOpenPulseProgress,
  buildReport,
  type OpenPulseProgress,
  poolInputs,
  type ReportInput,
  type ReportModel,
  withHiddenDepartments,
} from '../analytics/report/index';
import { DEFAULT_LEXICON } from '../analytics/themes/index';
import type { Db } from '../db/open-db';
import { createCustomerScoreRepository } from '../db/repositories/customer-score-repository';
import {
  findPulsesUpTo,
  findPulseWindow,
  isClosedOnly,
  loadOpenPulse,
  loadReportAggregates,
  type PulseSelector,
  readShowQuotes,
  resultsOf,
  thresholdOfPulse,
  type WindowOptions,
} from '../db/repositories/report-repository';
import { withCustomerSection } from './customers/index';

/** Pulses shown in the trend behind a report. */
export const TREND_PULSES = 6;

/** The lexicon's themes in report order. */
const THEMES = DEFAULT_LEXICON.themes.map((t) => ({ key: t.key, label: t.label }));

/** One pulse's report input, with the threshold it is shown at and who was left out when frozen. */
interface PulsePart {
  input: ReportInput;
  /** The asked threshold, raised to the pulse's own: never lower than its people answered under. */
  threshold: number;
  /** Departments left out when the results were frozen (names only). */
  hidden: string[];
}

/**
 * Each pulse's input: a closed pulse's frozen results (never its answers, which a person or
 * retention may since have deleted), an open pulse's aggregates as they stand (the CLI only).
 */
function pulseParts(
  db: Db,
  pulseIds: readonly number[],
  threshold: number,
  now: Date,
): Map<number, PulsePart> {
  const frozen = resultsOf(db, pulseIds, now);
  return new Map(
    pulseIds.map((id): [number, PulsePart] => {
      const results = frozen.get(id);
      if (results !== undefined)
        return [
          id,
          {
            input: { ...results.input, themes: THEMES },
            threshold: Math.max(threshold, results.threshold),
            hidden: results.hidden,
          },
        ];
      const own = Math.max(threshold, thresholdOfPulse(db, id));
      const input = { ...loadReportAggregates(db, [id], { minRaters: own }), themes: THEMES };
      return [id, { input, threshold: own, hidden: [] }];
    }),
  );
}

/**
 * Loads and builds the report of a window of pulses, with the trend of up to {@link TREND_PULSES}
 * pulses ending at the window's newest; null when there is no such pulse. The one place every
 * surface (Slack, CLI, digest, export) gets its model from.
 *
 * A closed pulse is read from its frozen results only, so no later delete, retention, threshold
 * or department change moves any figure of it. Each pulse is shown at the higher of `threshold`
 * and its own; a window of several pulses pools each one as its own report shows it, so a group
 * hidden in one pulse never enters through the pool.
 *
 * Slack surfaces ask for `{ latestClosed: true }` (or pass `closedOnly`): then the window and the
 * trend hold closed pulses only, and an open pulse asked for by id gives null. The CLI, which runs
 * next to the database, may still read an open pulse.
 */
export function loadReport(
  db: Db,
  selector: PulseSelector,
  threshold: number,
  options: WindowOptions & { now?: Date } = {},
): ReportModel | null {
  const closedOnly = isClosedOnly(selector, options);
  const window = findPulseWindow(db, selector, { closedOnly });
  const newest = window.at(-1);
  if (newest === undefined) return null;
  const trendPulses = findPulsesUpTo(db, newest, TREND_PULSES, { closedOnly });
  const ids = [...new Set([...window, ...trendPulses].map((p) => p.id))];
  const parts = pulseParts(db, ids, threshold, options.now ?? new Date());
  const partOf = (id: number): PulsePart => {
    const part = parts.get(id);
    if (part === undefined) throw new Error(`report: pulse #${id} has no input`);
    return part;
  };
  // each pulse anonymised once, at its own threshold, as its own report shows it
  const shownOf = new Map([...parts].map(([id, part]) => [id, applyAnonymity(part.input, part.threshold)]));
  const shownPart = (id: number) => {
    const shown = shownOf.get(id);
    if (shown === undefined) throw new Error(`report: pulse #${id} has no input`);
    return shown;
  };
  const windowParts = window.map((p) => partOf(p.id));
  const shownAt = Math.max(...windowParts.map((p) => p.threshold));
  const single = windowParts.length === 1 ? windowParts[0] : undefined;
  const input = single !== undefined ? single.input : poolInputs(window.map((p) => shownPart(p.id).input));
  const model = buildReport(input, {
    threshold: shownAt,
    trendInputs: trendPulses.map((p) => shownPart(p.id).input),
  });
  const shown = new Set(model.departments.map((d) => d.name));
  const hidden = window.flatMap((p) => [...partOf(p.id).hidden, ...shownPart(p.id).suppressed.departments]);
  const suppressed = withHiddenDepartments(
    model.suppressed,
    hidden.filter((name) => !shown.has(name)),
    shownAt,
  );
  // customer scores are read now, not frozen: they are not employee answers (services/customers)
  const full = withCustomerSection(
    { ...model, suppressed },
    createCustomerScoreRepository(db),
    options.now ?? new Date(),
  );
  // an admin may turn quotes off: then none is shown on any surface
  return readShowQuotes(db) ? full : withoutQuotes(full);
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
  if (open === null) return null;
  return buildOpenPulseProgress(open, Math.max(threshold, thresholdOfPulse(db, open.pulse.id)));
}
