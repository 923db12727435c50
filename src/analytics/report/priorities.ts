/**
 * Priorities: each department's ranking of touchpoints by how often they are picked as a top 3,
 * and how much the departments' rankings agree (Kendall's W).
 */
import { kendallW, kendallWSignificance, rankWithTies } from '../stats/index';
import type {
  DepartmentPriorities,
  PrioritiesSection,
  PriorityConcordance,
  PriorityEntry,
} from './model/index';
import type { ReportInput } from './report-input';

function ranking(
  touchpoints: readonly { id: number; name: string }[],
  picksOf: (touchpointId: number) => number,
  answers: number,
): PriorityEntry[] {
  const picks = touchpoints.map((t) => picksOf(t.id));
  const ranks = rankWithTies(picks.map((p) => -p));
  return touchpoints
    .map((t, i) => {
      const p = picks[i] ?? 0;
      return {
        touchpointId: t.id,
        touchpoint: t.name,
        picks: p,
        share: answers > 0 ? p / answers : 0,
        rank: ranks[i] ?? 0,
      };
    })
    .sort((a, b) => a.rank - b.rank);
}

/**
 * Kendall's W over departments' rankings by pick share, with its χ² test and the mean Spearman
 * correlation r̄ = (mW − 1)/(m − 1) (Kendall & Babington Smith 1939; exact without ties). W alone
 * is biased upwards with few raters (E[W] = 1/m under no agreement, 0.5 for two departments), so the
 * alignment index uses r̄ floored at 0, which is 0 for chance agreement whatever m is.
 */
export function priorityConcordance(rankings: readonly DepartmentPriorities[]): PriorityConcordance | null {
  const raters = rankings.filter((d) => d.ranking.some((e) => e.picks > 0));
  const n = raters[0]?.ranking.length ?? 0;
  const m = raters.length;
  if (m < 2 || n < 2) return null;
  const order = raters[0]?.ranking.map((e) => e.touchpointId) ?? [];
  const rows = raters.map((d) => {
    const byId = new Map(d.ranking.map((e) => [e.touchpointId, e.rank]));
    return order.map((id) => byId.get(id) ?? 0);
  });
  const w = kendallW(rows);
  const sig = kendallWSignificance(w, m, n);
  if (w === null || sig === null) return null;
  const meanSpearman = Math.max(0, Math.min(1, (m * w - 1) / (m - 1)));
  return { w, chiSquare: sig.chiSquare, df: sig.df, p: sig.p, meanSpearman, departments: m, touchpoints: n };
}

/** Rankings per shown department and for the shown departments together, and their concordance. */
export function buildPriorities(input: ReportInput): PrioritiesSection {
  const picks = new Map<string, number>();
  const companyPicks = new Map<number, number>();
  for (const p of input.priorityCounts) {
    const key = `${p.departmentId}:${p.touchpointId}`;
    picks.set(key, (picks.get(key) ?? 0) + p.count);
    companyPicks.set(p.touchpointId, (companyPicks.get(p.touchpointId) ?? 0) + p.count);
  }
  const answersOf = new Map(input.respondents.map((r) => [r.departmentId, r.answers]));
  const byDepartment = input.departments.map((d) => {
    const answers = answersOf.get(d.id) ?? 0;
    return {
      departmentId: d.id,
      department: d.name,
      answers,
      ranking: ranking(input.touchpoints, (id) => picks.get(`${d.id}:${id}`) ?? 0, answers),
    };
  });
  const totalAnswers = byDepartment.reduce((acc, d) => acc + d.answers, 0);
  return {
    byDepartment,
    company: ranking(input.touchpoints, (id) => companyPicks.get(id) ?? 0, totalAnswers),
    concordance: priorityConcordance(byDepartment),
  };
}
