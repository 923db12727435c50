/**
 * Pooling the frozen results of several pulses into one report input, without going back to the
 * answers. Each input is one pulse already anonymised at its own threshold, so every group pooled
 * here was shown in its pulse: the pooled figures add nothing a reader couldn't sum from the
 * pulses' own reports, and a group hidden in one pulse never enters through the pool.
 */
import type { LanguageCount, ReportInput } from './report-input';

/** Quotes kept per department in a pooled input, newest pulse first. */
const QUOTES_PER_DEPARTMENT = 3;

function sumBy<T>(
  rows: readonly T[],
  key: (row: T) => string,
  value: (row: T) => number,
  set: (row: T, n: number) => T,
): T[] {
  const out = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const seen = out.get(k);
    out.set(k, seen === undefined ? set(row, value(row)) : set(seen, value(seen) + value(row)));
  }
  return [...out.values()];
}

/** The newest value per id wins (inputs oldest first). */
function newestById<T extends { id: number }>(rows: readonly T[]): T[] {
  const out = new Map<number, T>();
  for (const row of rows) out.set(row.id, row);
  return [...out.values()];
}

function poolParticipation(rows: readonly ReportInput['participation'][number][]) {
  const out = new Map<number, ReportInput['participation'][number]>();
  for (const r of rows) {
    const seen = out.get(r.departmentId);
    out.set(
      r.departmentId,
      seen === undefined
        ? { ...r }
        : {
            departmentId: r.departmentId,
            delivered: seen.delivered + r.delivered,
            failed: seen.failed + r.failed,
            answered: seen.answered + r.answered,
          },
    );
  }
  return [...out.values()];
}

/**
 * The pooled language counts, only when every pulse has them (results frozen before they were
 * counted have none, and a part of the pulses would be a wrong base).
 */
function poolLanguages(inputs: readonly ReportInput[]): Pick<ReportInput, 'languageCounts'> {
  if (inputs.length === 0 || inputs.some((i) => i.languageCounts === undefined)) return {};
  const out = new Map<string, LanguageCount>();
  for (const r of inputs.flatMap((i) => i.languageCounts ?? [])) {
    const key = `${r.departmentId}:${r.language}`;
    const seen = out.get(key);
    out.set(
      key,
      seen ? { ...seen, answers: seen.answers + r.answers, themed: seen.themed + r.themed } : { ...r },
    );
  }
  return { languageCounts: [...out.values()] };
}

/**
 * One input from several single-pulse inputs, oldest first. Counts add up; a department's
 * respondents, and a cell's raters, are those of its largest pulse (a lower bound on the distinct
 * people, so the threshold is never met by counting one person twice); names and order come from
 * the newest pulse; quotes are the newest ones.
 */
export function poolInputs(inputs: readonly ReportInput[]): ReportInput {
  const all = <
    K extends Exclude<
      keyof ReportInput,
      'rosterNames' | 'languageCounts' | 'unplacedInvites' | 'mostlySelfDeclared'
    >,
  >(
    key: K,
  ): ReportInput[K][number][] => inputs.flatMap((i): ReportInput[K][number][] => i[key]);
  const dt = (r: { departmentId: number; touchpointId: number }) => `${r.departmentId}:${r.touchpointId}`;
  const respondents = new Map<number, ReportInput['respondents'][number]>();
  for (const r of all('respondents')) {
    const seen = respondents.get(r.departmentId);
    respondents.set(r.departmentId, {
      departmentId: r.departmentId,
      respondents: Math.max(seen?.respondents ?? 0, r.respondents),
      answers: (seen?.answers ?? 0) + r.answers,
    });
  }
  const cellRaters = new Map<string, ReportInput['cellRaters'][number]>();
  for (const c of all('cellRaters')) {
    const seen = cellRaters.get(dt(c));
    if (seen === undefined || c.raters > seen.raters) cellRaters.set(dt(c), c);
  }
  const quoted = new Map<number, number>();
  const quotes = [...inputs]
    .reverse()
    .flatMap((i) => i.quotes)
    .filter((q) => {
      const n = quoted.get(q.departmentId) ?? 0;
      quoted.set(q.departmentId, n + 1);
      return n < QUOTES_PER_DEPARTMENT;
    });
  return {
    pulses: all('pulses'),
    departments: newestById(all('departments')),
    touchpoints: newestById(all('touchpoints')),
    themes: inputs.at(-1)?.themes ?? [],
    respondents: [...respondents.values()],
    ratingCounts: sumBy(
      all('ratingCounts'),
      (r) => `${dt(r)}:${r.rating}`,
      (r) => r.count,
      (r, count) => ({ ...r, count }),
    ),
    cellRaters: [...cellRaters.values()],
    priorityCounts: sumBy(
      all('priorityCounts'),
      dt,
      (r) => r.count,
      (r, count) => ({ ...r, count }),
    ),
    themeCounts: sumBy(
      all('themeCounts'),
      (r) => `${r.departmentId}:${r.theme}`,
      (r) => r.count,
      (r, count) => ({ ...r, count }),
    ),
    termCounts: sumBy(
      all('termCounts'),
      (r) => `${r.departmentId}:${r.language ?? 'en'}:${r.term}`,
      (r) => r.count,
      (r, count) => ({ ...r, count }),
    ),
    ...poolLanguages(inputs),
    participation: poolParticipation(all('participation')),
    unplacedInvites: {
      delivered: inputs.reduce((acc, i) => acc + (i.unplacedInvites?.delivered ?? 0), 0),
      failed: inputs.reduce((acc, i) => acc + (i.unplacedInvites?.failed ?? 0), 0),
    },
    // a pooled window carries the caveat when any of its pulses does
    mostlySelfDeclared: inputs.some((i) => i.mostlySelfDeclared === true),
    quotes,
    rosterNames: [...new Set(inputs.flatMap((i) => i.rosterNames ?? []))],
  };
}
