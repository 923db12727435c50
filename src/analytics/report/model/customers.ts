/** The customers' own scores beside the departments' ratings (see `../customers.ts`). */

/** One department's mean rating of a compared touchpoint (a shown cell only). */
export interface CustomerDepartmentMean {
  departmentId: number;
  department: string;
  mean: number;
  n: number;
}

/** How the company's view of a touchpoint compares with the customers' score. */
export type CustomerVerdict = 'company-higher' | 'customers-higher' | 'close' | 'unclear';

/** One touchpoint and metric of the customers' period, beside the departments' view. */
export interface CustomerComparisonRow {
  touchpointId: number;
  touchpoint: string;
  metric: string;
  /** As imported, on its own scale (`scale`, worst..best). */
  rawScore: number;
  scale: string;
  /** On 1–5. */
  customerScore: number;
  /** Customers behind the score: shown as given, no anonymity threshold (they are not employees). */
  customerN: number;
  /** Customers' 95% margin on 1–5 under the widest spread the scale allows (see the rule). */
  customerMargin: number;
  /** Shown departments' ratings pooled; null when no shown department rated it. */
  company: { mean: number; n: number; ciLow: number | null; ciHigh: number | null } | null;
  /** company.mean − customerScore; null without a company mean. */
  gap: number | null;
  verdict: CustomerVerdict;
  /** Each shown department's mean (cells under the threshold are left out). */
  departments: CustomerDepartmentMean[];
  /** The department whose mean is nearest the customers' score; null without one. */
  closest: CustomerDepartmentMean | null;
}

/** The customer section of a report, for the period the pulse maps to. */
export interface CustomerSection {
  /** The period compared (see `analytics/customers/period.ts`). */
  period: string;
  /** Perception gaps first (largest gap first), then the other rows by touchpoint order. */
  rows: CustomerComparisonRow[];
  /** The department nearest the customers over the compared touchpoints, null when none rated half. */
  closestOverall: {
    departmentId: number;
    department: string;
    meanDistance: number;
    touchpoints: number;
  } | null;
}
