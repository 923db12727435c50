/**
 * Importance–performance analysis (Martilla & James 1977, "Importance-performance analysis",
 * Journal of Marketing 41(1)) per department: importance = share of the department's answers that
 * pick the touchpoint as a top 3, performance = the department's mean rating of it.
 */
import type {
  DepartmentIpa,
  DepartmentPriorities,
  ImportancePerformanceSection,
  Quadrant,
  QuadrantConflict,
} from './model/index';
import type { CellSummary } from './perception';
import type { ReportInput } from './report-input';

/** Words for each quadrant, for renderers. */
export const QUADRANT_LABELS: Readonly<Record<Quadrant, string>> = {
  fix_first: 'fix first',
  keep_it_up: 'keep it up',
  low_priority: 'low priority',
  possible_overkill: 'possible overkill',
};

/** A department needs this many touchpoints with both figures for its medians to mean anything. */
export const MIN_IPA_TOUCHPOINTS = 4;

/** Median of a list; null (not computable) when it is empty. */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid];
  const lower = sorted[sorted.length % 2 === 1 ? mid : mid - 1];
  return upper === undefined || lower === undefined ? null : (lower + upper) / 2;
}

/**
 * The quadrant of a point given the cut-offs. A value strictly above its cut-off is "high", so the
 * median itself (and a touchpoint nobody picked when most are unpicked) counts as low.
 */
export function quadrantOf(
  importance: number,
  performance: number,
  cuts: { importance: number; performance: number },
): Quadrant {
  const important = importance > cuts.importance;
  const performing = performance > cuts.performance;
  if (important) return performing ? 'keep_it_up' : 'fix_first';
  return performing ? 'possible_overkill' : 'low_priority';
}

/**
 * Places each department's touchpoints against the department's OWN medians of importance and
 * performance (the data-centred cross-hairs of Bacon 2003, "A comparison of approaches to
 * importance-performance analysis", IJMR 45(1)): a team that rates everything low or picks few
 * touchpoints still gets a readable chart, and quadrants say where a touchpoint stands *for that
 * team*. Touchpoints whose cell is hidden ("too few answers") are left out; a department with fewer
 * than {@link MIN_IPA_TOUCHPOINTS} placed touchpoints gets no chart.
 */
export function buildImportancePerformance(
  input: ReportInput,
  summaries: ReadonlyMap<string, CellSummary>,
  priorities: readonly DepartmentPriorities[],
): ImportancePerformanceSection {
  const byDepartment: DepartmentIpa[] = [];
  for (const d of priorities) {
    const rows = d.ranking.flatMap((e) => {
      const s = summaries.get(`${d.departmentId}:${e.touchpointId}`);
      return s === undefined ? [] : [{ e, performance: s.mean }];
    });
    if (rows.length < MIN_IPA_TOUCHPOINTS) continue;
    const importance = median(rows.map((r) => r.e.share));
    const performance = median(rows.map((r) => r.performance));
    if (importance === null || performance === null) continue;
    const cuts = { importance, performance };
    const byId = new Map(rows.map((r) => [r.e.touchpointId, r]));
    const points = input.touchpoints.flatMap((t) => {
      const r = byId.get(t.id);
      if (r === undefined) return [];
      const quadrant = quadrantOf(r.e.share, r.performance, cuts);
      return [
        {
          touchpointId: t.id,
          touchpoint: t.name,
          importance: r.e.share,
          performance: r.performance,
          quadrant,
        },
      ];
    });
    byDepartment.push({
      departmentId: d.departmentId,
      department: d.department,
      importanceCut: cuts.importance,
      performanceCut: cuts.performance,
      points,
    });
  }
  return { byDepartment, conflicts: quadrantConflicts(input, byDepartment) };
}

/** Touchpoints that at least two departments place in different quadrants. */
export function quadrantConflicts(
  input: ReportInput,
  byDepartment: readonly DepartmentIpa[],
): QuadrantConflict[] {
  const conflicts: (QuadrantConflict & { used: number })[] = [];
  for (const t of input.touchpoints) {
    const byQuadrant: Partial<Record<Quadrant, string[]>> = {};
    for (const d of byDepartment) {
      const point = d.points.find((p) => p.touchpointId === t.id);
      if (point === undefined) continue;
      const list = byQuadrant[point.quadrant] ?? [];
      list.push(d.department);
      byQuadrant[point.quadrant] = list;
    }
    const used = Object.keys(byQuadrant).length;
    if (used < 2) continue;
    const opposite = byQuadrant.fix_first !== undefined && byQuadrant.possible_overkill !== undefined;
    conflicts.push({ touchpointId: t.id, touchpoint: t.name, byQuadrant, opposite, used });
  }
  conflicts.sort((a, b) => Number(b.opposite) - Number(a.opposite) || b.used - a.used);
  return conflicts.map(({ used: _used, ...c }) => c);
}
