import type { ReportInput } from '../../../src/analytics/report/index';

/** One department of a literal input: ratings as raw values per touchpoint id (expanded to histograms). */
export interface LiteralDepartment {
  id: number;
  name: string;
  respondents: number;
  /** touchpoint id → the ratings given (1–5). */
  ratings?: Record<number, number[]>;
  /** touchpoint id → picks. */
  picks?: Record<number, number>;
  /** theme key → answers mentioning it. */
  themes?: Record<string, number>;
  terms?: Record<string, number>;
  quotes?: string[];
  delivered?: number;
  failed?: number;
}

export const THEMES = [
  { key: 'speed', label: 'Speed' },
  { key: 'value', label: 'Value / price' },
  { key: 'empathy', label: 'Empathy' },
];

/** Builds a single-pulse ReportInput from literal departments. */
export function literalInput(
  departments: LiteralDepartment[],
  touchpoints: { id: number; name: string }[] = [
    { id: 1, name: 'Advertising' },
    { id: 2, name: 'Customer support' },
    { id: 3, name: 'Website & app' },
    { id: 4, name: 'Brand reputation' },
  ],
  pulse = { id: 1, openedAt: Date.UTC(2025, 0, 6), closedAt: Date.UTC(2025, 0, 9) },
): ReportInput {
  const ratingCounts: ReportInput['ratingCounts'] = [];
  const cellRaters: ReportInput['cellRaters'] = [];
  for (const d of departments) {
    for (const [tp, values] of Object.entries(d.ratings ?? {})) {
      const histogram = new Map<number, number>();
      for (const v of values) histogram.set(v, (histogram.get(v) ?? 0) + 1);
      for (const [rating, count] of histogram)
        ratingCounts.push({ departmentId: d.id, touchpointId: Number(tp), rating, count });
      cellRaters.push({ departmentId: d.id, touchpointId: Number(tp), raters: values.length });
    }
  }
  return {
    pulses: [{ id: pulse.id, status: 'closed', openedAt: pulse.openedAt, closedAt: pulse.closedAt }],
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
    touchpoints: touchpoints.map((t, position) => ({ ...t, position })),
    themes: THEMES,
    respondents: departments.map((d) => ({
      departmentId: d.id,
      respondents: d.respondents,
      answers: d.respondents,
    })),
    ratingCounts,
    cellRaters,
    priorityCounts: departments.flatMap((d) =>
      Object.entries(d.picks ?? {}).map(([tp, count]) => ({
        departmentId: d.id,
        touchpointId: Number(tp),
        count,
      })),
    ),
    themeCounts: departments.flatMap((d) =>
      Object.entries(d.themes ?? {}).map(([theme, count]) => ({ departmentId: d.id, theme, count })),
    ),
    termCounts: departments.flatMap((d) =>
      Object.entries(d.terms ?? {}).map(([term, count]) => ({ departmentId: d.id, term, count })),
    ),
    participation: departments.map((d) => ({
      departmentId: d.id,
      delivered: d.delivered ?? d.respondents,
      failed: d.failed ?? 0,
      answered: d.respondents,
    })),
    quotes: departments.flatMap((d) => (d.quotes ?? []).map((text) => ({ departmentId: d.id, text }))),
  };
}

/** n copies of value. */
export const times = (value: number, n: number): number[] => Array.from({ length: n }, () => value);

/** Mean and sample sd of raw values, computed directly. */
export function meanSd(values: number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}
