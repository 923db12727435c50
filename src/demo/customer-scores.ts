/**
 * The demo organisation's customer scores: two quarters, as a customer-score CSV (the same file an
 * admin would import). One perception gap is planted: Brand reputation, which the departments rate
 * about 3.6 while customers' NPS puts it near 2.8 (−12 on −100..100), far beyond the noise of both;
 * the other touchpoints sit near the departments' view. The first quarter's NPS was a little better.
 */
import type { TouchpointName } from './touchpoints';

/** One row of the demo file. */
export interface DemoCustomerScore {
  period: string;
  touchpoint: TouchpointName;
  metric: string;
  score: number;
  scale: string;
  n: number;
}

/** The planted gap's touchpoint: the demo report names it first. */
export const PLANTED_GAP_TOUCHPOINT: TouchpointName = 'Brand reputation';

/** The quarters the demo's pulses (January–February 2025, by default) follow. */
export const DEMO_PERIODS = ['2024-Q4', '2025-Q1'] as const;

const QUARTER = (period: string, brandNps: number, csat: number): DemoCustomerScore[] => [
  { period, touchpoint: PLANTED_GAP_TOUCHPOINT, metric: 'NPS', score: brandNps, scale: '-100..100', n: 1800 },
  { period, touchpoint: 'Customer support', metric: 'CSAT', score: csat, scale: '1..5', n: 950 },
  { period, touchpoint: 'Website & app', metric: 'reviews', score: 3.3, scale: '1..5', n: 420 },
  { period, touchpoint: 'Product & service quality', metric: 'CSAT', score: 66, scale: '0..100', n: 1200 },
  {
    period,
    touchpoint: 'Ease / friction across the journey',
    metric: 'CES',
    score: 4.1,
    scale: '1..7',
    n: 600,
  },
];

/** The demo's scores, both quarters. */
export function demoCustomerScores(): DemoCustomerScore[] {
  return [...QUARTER('2024-Q4', 4, 3.2), ...QUARTER('2025-Q1', -12, 3.3)];
}

/** The scores as the CSV `cx-align customers import` reads. */
export function demoCustomerCsv(): string {
  const lines = demoCustomerScores().map((s) =>
    [s.period, s.touchpoint, s.metric, s.score, s.scale, s.n].join(','),
  );
  return ['period,touchpoint,metric,score,scale,n', ...lines, ''].join('\n');
}
