/**
 * One department against the other shown departments, computed from the report model only.
 *
 * Anonymity: "the others" are always pooled from the model's own figures for the OTHER shown
 * departments (cells, priorities, themes), each of which already reaches the threshold, and never by
 * subtracting a department from a company total. So nothing here can reveal a hidden department or
 * a cell with too few raters: it only re-combines figures the full report already shows.
 */
import type { Quadrant, ReportModel } from '../../analytics/report/index';

/** A touchpoint rated by the department and by at least one other shown department. */
export interface RatingContrast {
  touchpoint: string;
  mean: number;
  n: number;
  ciLow: number | null;
  ciHigh: number | null;
  /** The other departments' mean, weighted by their raters. */
  others: number;
  othersDepartments: number;
  /** mean − others. */
  difference: number;
  /** The others' mean lies outside the department's 95% interval. */
  outsideInterval: boolean;
}

/** The department's ratings against the others', biggest difference first; and its hidden cells. */
export function ratingContrasts(
  model: ReportModel,
  departmentId: number,
): { contrasts: RatingContrast[]; tooFew: string[] } {
  const contrasts: RatingContrast[] = [];
  const tooFew: string[] = [];
  for (const t of model.touchpoints) {
    const cells = model.cells.filter((c) => c.touchpointId === t.id);
    const own = cells.find((c) => c.departmentId === departmentId);
    if (own === undefined) continue;
    if (own.stats === null) {
      tooFew.push(t.name);
      continue;
    }
    const others = cells.flatMap((c) =>
      c.departmentId === departmentId || c.stats === null ? [] : [c.stats],
    );
    const n = others.reduce((acc, s) => acc + s.n, 0);
    if (n === 0) continue;
    // Ratings are whole points, so each cell's sum is mean × n rounded: pooling exact sums keeps
    // "the others" from drifting a rounding step away from the figure people can check (2.95 → 2.9).
    const mean = others.reduce((acc, s) => acc + Math.round(s.mean * s.n), 0) / n;
    const s = own.stats;
    const outside = s.ciLow !== null && s.ciHigh !== null && (mean < s.ciLow || mean > s.ciHigh);
    contrasts.push({
      touchpoint: t.name,
      mean: s.mean,
      n: s.n,
      ciLow: s.ciLow,
      ciHigh: s.ciHigh,
      others: mean,
      othersDepartments: others.length,
      difference: s.mean - mean,
      outsideInterval: outside,
    });
  }
  contrasts.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
  return { contrasts, tooFew };
}

/** A share of the department's answers against the same share over the other departments' answers. */
export interface ShareContrast {
  label: string;
  share: number;
  othersShare: number;
}

/** The department's most picked touchpoints with how often the others pick them. */
export function priorityContrasts(model: ReportModel, departmentId: number, max = 3): ShareContrast[] {
  const own = model.priorities.byDepartment.find((d) => d.departmentId === departmentId);
  const others = model.priorities.byDepartment.filter((d) => d.departmentId !== departmentId);
  const answers = others.reduce((acc, d) => acc + d.answers, 0);
  if (own === undefined) return [];
  return own.ranking
    .filter((e) => e.picks > 0)
    .slice(0, max)
    .map((e) => {
      const picks = others.reduce(
        (acc, d) => acc + (d.ranking.find((x) => x.touchpointId === e.touchpointId)?.picks ?? 0),
        0,
      );
      return { label: e.touchpoint, share: e.share, othersShare: answers > 0 ? picks / answers : 0 };
    });
}

/** The department's top themes with how often the other departments' answers mention them. */
export function themeContrasts(model: ReportModel, departmentId: number, max = 3): ShareContrast[] {
  const own = model.definitions.byDepartment.find((d) => d.departmentId === departmentId);
  const others = model.definitions.byDepartment.filter((d) => d.departmentId !== departmentId);
  const answers = others.reduce((acc, d) => acc + d.answers, 0);
  if (own === undefined) return [];
  return own.themes.slice(0, max).map((t) => {
    const count = others.reduce((acc, d) => acc + (d.themes.find((x) => x.key === t.key)?.count ?? 0), 0);
    return { label: t.label, share: t.share, othersShare: answers > 0 ? count / answers : 0 };
  });
}

/** The departments whose definitions are closest to and furthest from this one's. */
export function similarityEnds(
  model: ReportModel,
  departmentId: number,
): { closest: { name: string; similarity: number }; furthest: { name: string; similarity: number } } | null {
  const pairs = model.definitions.similarityPairs
    .flatMap((p) =>
      p.aId === departmentId
        ? [{ name: p.b, similarity: p.similarity }]
        : p.bId === departmentId
          ? [{ name: p.a, similarity: p.similarity }]
          : [],
    )
    .sort((a, b) => b.similarity - a.similarity);
  const closest = pairs[0];
  const furthest = pairs.at(-1);
  return closest === undefined || furthest === undefined || pairs.length < 2 ? null : { closest, furthest };
}

/** A touchpoint the department places in a different quadrant from other departments. */
export interface OwnConflict {
  touchpoint: string;
  own: Quadrant;
  /** The other departments in a different quadrant, per quadrant. */
  others: Partial<Record<Quadrant, string[]>>;
  opposite: boolean;
}

/** The model's quadrant conflicts seen from one department; "fix first" vs "possible overkill" first. */
export function ownConflicts(model: ReportModel, department: string): OwnConflict[] {
  const out: OwnConflict[] = [];
  for (const c of model.importancePerformance.conflicts) {
    const entries = Object.entries(c.byQuadrant) as [Quadrant, string[]][];
    const own = entries.find(([, names]) => names.includes(department))?.[0];
    if (own === undefined) continue;
    const others = Object.fromEntries(entries.filter(([q]) => q !== own)) as Partial<
      Record<Quadrant, string[]>
    >;
    const opposite =
      (own === 'fix_first' && others.possible_overkill !== undefined) ||
      (own === 'possible_overkill' && others.fix_first !== undefined);
    out.push({ touchpoint: c.touchpoint, own, others, opposite });
  }
  return out.sort((a, b) => Number(b.opposite) - Number(a.opposite));
}
