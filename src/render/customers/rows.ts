/** Picks among the customers' rows of a report. Pure. */
import type { CustomerComparisonRow, CustomerSection } from '../../analytics/report/index';

/**
 * One row per touchpoint for one-value views (the heatmap, the CSV columns): the metric with the
 * most customers behind it (ties: the metric first by name).
 */
export function headlineRows(section: CustomerSection | null | undefined): CustomerComparisonRow[] {
  const best = new Map<number, CustomerComparisonRow>();
  for (const row of section?.rows ?? []) {
    const current = best.get(row.touchpointId);
    if (
      current === undefined ||
      row.customerN > current.customerN ||
      (row.customerN === current.customerN && row.metric.localeCompare(current.metric) < 0)
    )
      best.set(row.touchpointId, row);
  }
  return [...best.values()];
}

/** The heatmap's customers' row of a report, or undefined without customer scores. */
export function customerHeatmapRow(
  section: CustomerSection | null | undefined,
): { label: string; cells: { touchpoint: string; mean: number; n: number }[] } | undefined {
  const rows = headlineRows(section);
  if (section == null || rows.length === 0) return undefined;
  return {
    label: `Customers (${section.period})`,
    cells: rows.map((r) => ({ touchpoint: r.touchpoint, mean: r.customerScore, n: r.customerN })),
  };
}
