/**
 * The customers' columns of the CSV export: on every row of a touchpoint, its customers' score
 * (the metric with the most customers, see `headlineRows`) and how the company compares. Pure.
 */
import type { ReportModel } from '../../analytics/report/index';
import { headlineRows } from './rows';

export const CUSTOMER_CSV_COLUMNS = [
  'customer_period',
  'customer_metric',
  'customer_raw_score',
  'customer_scale',
  'customer_score',
  'customer_n',
  'company_mean',
  'company_minus_customers',
  'customer_verdict',
] as const;

const round = (x: number | null): number | null => (x === null ? null : Number(x.toFixed(4)));

/** The cells of those columns for a touchpoint (all blank without a score). */
export function customerCsvCells(model: ReportModel): (touchpointId: number) => (string | number | null)[] {
  const byTouchpoint = new Map(headlineRows(model.customers).map((r) => [r.touchpointId, r]));
  const period = model.customers?.period ?? null;
  return (touchpointId) => {
    const r = byTouchpoint.get(touchpointId);
    if (r === undefined) return CUSTOMER_CSV_COLUMNS.map(() => null);
    return [
      period,
      r.metric,
      r.rawScore,
      r.scale,
      round(r.customerScore),
      r.customerN,
      round(r.company?.mean ?? null),
      round(r.gap),
      r.verdict,
    ];
  };
}
