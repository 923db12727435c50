/**
 * Anonymity, in one place. `buildReport` calls {@link applyAnonymity} first and computes every
 * figure from its output only, so a group below the threshold can't reach any renderer.
 */

import type { SuppressedNote } from './model/index';
import type { ReportInput } from './report-input';

/** The default anonymity threshold (DESIGN.md): groups of fewer than 5 people are never shown. */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;
/** The lowest threshold accepted: a group of one or two is never anonymous. */
export const MIN_ANONYMITY_THRESHOLD = 3;

/** The anonymised input and what was left out. */
export interface AnonymisedInput {
  input: ReportInput;
  suppressed: SuppressedNote;
}

const cellKey = (departmentId: number, touchpointId: number): string => `${departmentId}:${touchpointId}`;

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function noteFor(departments: number, cells: number, threshold: number): string | null {
  const parts: string[] = [];
  if (departments > 0) {
    const who = plural(departments, 'department', 'departments');
    parts.push(
      `${who} with fewer than ${threshold} respondents ${departments === 1 ? 'is' : 'are'} not shown`,
    );
  }
  if (cells > 0) {
    const what = plural(cells, 'department × touchpoint rating', 'department × touchpoint ratings');
    parts.push(
      `${what} with fewer than ${threshold} raters ${cells === 1 ? 'shows' : 'show'} "too few answers"`,
    );
  }
  return parts.length === 0 ? null : `${parts.join('; ')}.`;
}

/**
 * A suppression note with more hidden departments (e.g. those left out when a pulse's results
 * were frozen), each named once, the sentence rewritten for the threshold shown.
 */
export function withHiddenDepartments(
  suppressed: SuppressedNote,
  names: readonly string[],
  threshold: number,
): SuppressedNote {
  const departments = [...new Set([...suppressed.departments, ...names])];
  return {
    departments,
    departmentCount: departments.length,
    cellCount: suppressed.cellCount,
    note: noteFor(departments.length, suppressed.cellCount, threshold),
  };
}

/**
 * The rule every figure obeys: the departments with at least `threshold` distinct respondents in the
 * window. The report ({@link applyAnonymity}) and an open pulse's participation (`open-pulse.ts`)
 * both show only these.
 *
 * @throws RangeError when `threshold` is not an integer ≥ {@link MIN_ANONYMITY_THRESHOLD}.
 */
export function shownDepartmentIds(
  departments: readonly { id: number }[],
  respondents: readonly { departmentId: number; respondents: number }[],
  threshold: number,
): Set<number> {
  if (!Number.isInteger(threshold) || threshold < MIN_ANONYMITY_THRESHOLD) {
    throw new RangeError(`anonymity threshold ${threshold} must be an integer ≥ ${MIN_ANONYMITY_THRESHOLD}`);
  }
  const respondentsOf = new Map(respondents.map((r) => [r.departmentId, r.respondents]));
  return new Set(departments.filter((d) => (respondentsOf.get(d.id) ?? 0) >= threshold).map((d) => d.id));
}

/**
 * Removes from every part of the input:
 * 1. each department with fewer than `threshold` distinct respondents in the window: its ratings,
 *    priorities, themes, terms, language counts, quotes, participation and its entry in `departments` (only its name
 *    survives, in the note — naming a department reveals nothing about its answers);
 * 2. each department × touchpoint rating histogram that fewer than `threshold` distinct people
 *    rated, even in a large department ("too few answers").
 *
 * Everything computed afterwards, company totals included, sums only what is left, so subtracting
 * shown figures from totals never reveals a hidden group.
 *
 * @throws RangeError when `threshold` is not an integer ≥ {@link MIN_ANONYMITY_THRESHOLD}.
 */
export function applyAnonymity(input: ReportInput, threshold: number): AnonymisedInput {
  const shown = shownDepartmentIds(input.departments, input.respondents, threshold);
  const hidden = input.departments.filter((d) => !shown.has(d.id)).map((d) => d.name);
  const keep = <T extends { departmentId: number }>(rows: readonly T[]): T[] =>
    rows.filter((r) => shown.has(r.departmentId));

  const ratersOf = new Map(input.cellRaters.map((c) => [cellKey(c.departmentId, c.touchpointId), c.raters]));
  const touchpointIds = new Set(input.touchpoints.map((t) => t.id));
  const okCell = (departmentId: number, touchpointId: number): boolean =>
    (ratersOf.get(cellKey(departmentId, touchpointId)) ?? 0) >= threshold;
  let cellCount = 0;
  for (const departmentId of shown) {
    for (const touchpointId of touchpointIds) if (!okCell(departmentId, touchpointId)) cellCount += 1;
  }
  const ratingCounts = keep(input.ratingCounts).filter((r) => okCell(r.departmentId, r.touchpointId));
  const cellRaters = keep(input.cellRaters).filter((c) => okCell(c.departmentId, c.touchpointId));

  return {
    input: {
      ...input,
      departments: input.departments.filter((d) => shown.has(d.id)),
      respondents: keep(input.respondents),
      ratingCounts,
      cellRaters,
      priorityCounts: keep(input.priorityCounts),
      themeCounts: keep(input.themeCounts),
      termCounts: keep(input.termCounts),
      ...(input.languageCounts === undefined ? {} : { languageCounts: keep(input.languageCounts) }),
      participation: keep(input.participation),
      quotes: keep(input.quotes),
    },
    suppressed: {
      departments: hidden,
      departmentCount: hidden.length,
      cellCount,
      note: noteFor(hidden.length, cellCount, threshold),
    },
  };
}
