/**
 * The customers' view beside the departments': per touchpoint and metric, the departments' means
 * next to the customers' score, the "perception gap" and the department closest to the customers.
 * Pure: reads the report's (already anonymised) cells and the customer scores of one period.
 */
import { meanConfidenceInterval } from '../stats/index';
import { MIN_MEANINGFUL_GAP } from './divergence';
import type {
  CustomerComparisonRow,
  CustomerDepartmentMean,
  CustomerSection,
  CustomerVerdict,
  ReportCell,
} from './model/index';

/** z of a two-sided 95% interval. */
const Z95 = 1.959964;
/**
 * Largest standard deviation of one customer's answer on 1–5: any metric whose single answers lie
 * on the scale (a rating, a 0/1 satisfied share, an NPS −100/0/100) has a variance of at most
 * (range/2)² (Popoviciu's inequality), and the range on 1–5 is 4.
 */
const MAX_CUSTOMER_SD = 2;

export const PERCEPTION_GAP_RULE =
  `A perception gap: the company (shown departments' ratings pooled) rates a touchpoint at least ${MIN_MEANINGFUL_GAP} points ` +
  'above its customers, and the two 95% intervals do not overlap: the company mean’s Student-t interval, and the ' +
  `customers’ score ± 1.96·${MAX_CUSTOMER_SD}/√n (the widest spread any metric on the scale can have, so a small n never makes a gap).`;

/** A customer score of the compared period, normalised. */
export interface CustomerScoreInput {
  touchpointId: number;
  metric: string;
  rawScore: number;
  scale: string;
  normalised: number;
  n: number;
}

/** The customers' 95% margin on 1–5 for `n` customers (see {@link MAX_CUSTOMER_SD}). */
export function customerMargin(n: number): number {
  return (Z95 * MAX_CUSTOMER_SD) / Math.sqrt(n);
}

/** Shown cells of one touchpoint pooled: mean, n and the 95% interval of the pooled mean. */
export function pooledCompany(cells: readonly ReportCell[]): CustomerComparisonRow['company'] {
  const rated = cells.flatMap((c) => (c.stats === null ? [] : [c.stats]));
  const n = rated.reduce((sum, s) => sum + s.n, 0);
  if (n === 0) return null;
  const mean = rated.reduce((sum, s) => sum + s.n * s.mean, 0) / n;
  // within-department plus between-department sums of squares
  const ss = rated.reduce((sum, s) => sum + (s.n - 1) * (s.sd ?? 0) ** 2 + s.n * (s.mean - mean) ** 2, 0);
  const ci = n >= 2 ? meanConfidenceInterval({ n, mean, sd: Math.sqrt(ss / (n - 1)) }) : null;
  return { mean, n, ciLow: ci?.low ?? null, ciHigh: ci?.high ?? null };
}

/**
 * The verdict of {@link PERCEPTION_GAP_RULE}: `company-higher` (the perception gap) or
 * `customers-higher` when the gap is at least the minimum and the intervals are apart; `close`
 * when the gap is under the minimum; `unclear` otherwise (or without an interval).
 */
export function perceptionVerdict(
  company: NonNullable<CustomerComparisonRow['company']>,
  customer: { score: number; n: number },
): CustomerVerdict {
  const gap = company.mean - customer.score;
  if (Math.abs(gap) < MIN_MEANINGFUL_GAP) return 'close';
  if (company.ciLow === null || company.ciHigh === null) return 'unclear';
  const margin = customerMargin(customer.n);
  if (gap > 0 && company.ciLow > customer.score + margin) return 'company-higher';
  if (gap < 0 && company.ciHigh < customer.score - margin) return 'customers-higher';
  return 'unclear';
}

function compareRow(
  score: CustomerScoreInput,
  touchpoint: string,
  cells: readonly ReportCell[],
): CustomerComparisonRow {
  const departments: CustomerDepartmentMean[] = cells.flatMap((c) =>
    c.stats === null
      ? []
      : [{ departmentId: c.departmentId, department: c.department, mean: c.stats.mean, n: c.stats.n }],
  );
  const distance = (d: CustomerDepartmentMean) => Math.abs(d.mean - score.normalised);
  const closest = departments.reduce<CustomerDepartmentMean | null>(
    (best, d) => (best === null || distance(d) < distance(best) ? d : best),
    null,
  );
  const company = pooledCompany(cells);
  return {
    touchpointId: score.touchpointId,
    touchpoint,
    metric: score.metric,
    rawScore: score.rawScore,
    scale: score.scale,
    customerScore: score.normalised,
    customerN: score.n,
    customerMargin: customerMargin(score.n),
    company,
    gap: company === null ? null : company.mean - score.normalised,
    verdict:
      company === null ? 'unclear' : perceptionVerdict(company, { score: score.normalised, n: score.n }),
    departments,
    closest,
  };
}

/** The department with the smallest mean distance to the customers, over at least half the rows. */
function closestOverall(rows: readonly CustomerComparisonRow[]): CustomerSection['closestOverall'] {
  const byDepartment = new Map<number, { department: string; total: number; count: number }>();
  for (const row of rows)
    for (const d of row.departments) {
      const entry = byDepartment.get(d.departmentId) ?? { department: d.department, total: 0, count: 0 };
      entry.total += Math.abs(d.mean - row.customerScore);
      entry.count += 1;
      byDepartment.set(d.departmentId, entry);
    }
  let best: CustomerSection['closestOverall'] = null;
  for (const [departmentId, e] of byDepartment) {
    if (e.count < Math.ceil(rows.length / 2)) continue;
    const meanDistance = e.total / e.count;
    if (best === null || meanDistance < best.meanDistance)
      best = { departmentId, department: e.department, meanDistance, touchpoints: e.count };
  }
  return best;
}

/**
 * The customer section of a report for one period, or null when no score names a touchpoint of
 * the report. Rows: perception gaps first, largest first; then the rest in touchpoint order.
 */
export function buildCustomerSection(
  report: { touchpoints: readonly { id: number; name: string }[]; cells: readonly ReportCell[] },
  period: string,
  scores: readonly CustomerScoreInput[],
): CustomerSection | null {
  const order = new Map(report.touchpoints.map((t, i) => [t.id, i]));
  const rows = scores.flatMap((s) => {
    const position = order.get(s.touchpointId);
    const touchpoint = report.touchpoints[position ?? -1];
    if (touchpoint === undefined) return [];
    return [
      compareRow(
        s,
        touchpoint.name,
        report.cells.filter((c) => c.touchpointId === s.touchpointId),
      ),
    ];
  });
  if (rows.length === 0) return null;
  const isGap = (r: CustomerComparisonRow) => r.verdict === 'company-higher';
  rows.sort(
    (a, b) =>
      Number(isGap(b)) - Number(isGap(a)) ||
      (isGap(a) ? (b.gap ?? 0) - (a.gap ?? 0) : 0) ||
      (order.get(a.touchpointId) ?? 0) - (order.get(b.touchpointId) ?? 0) ||
      a.metric.localeCompare(b.metric),
  );
  return { period, rows, closestOverall: closestOverall(rows) };
}
