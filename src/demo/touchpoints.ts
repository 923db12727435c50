/**
 * The default touchpoints (DESIGN.md) and the company-wide picture the synthetic organisation
 * starts from.
 */

import { DEFAULT_TOUCHPOINTS } from '../constants/defaults';

export { DEFAULT_TOUCHPOINTS };

/** One of the default touchpoints. */
export type TouchpointName = (typeof DEFAULT_TOUCHPOINTS)[number];

/** The true mean rating (1–5) of each touchpoint for a department with no leaning of its own. */
export const BASE_MEANS: Readonly<Record<TouchpointName, number>> = {
  Advertising: 3.3,
  Content: 3.5,
  'Website & app': 3.3,
  'In-person & events': 3.6,
  'Company communications': 3.1,
  'Sales conversations': 3.4,
  'Product & service quality': 3.6,
  'Customer support': 3.3,
  'Ease / friction across the journey': 3.0,
  'Brand reputation': 3.6,
};

/** How often each touchpoint is picked as a top 3 by a department with no leaning of its own. */
export const BASE_PRIORITY: Readonly<Record<TouchpointName, number>> = {
  Advertising: 1,
  Content: 1,
  'Website & app': 1.5,
  'In-person & events': 0.7,
  'Company communications': 0.6,
  'Sales conversations': 1.2,
  'Product & service quality': 2.5,
  'Customer support': 2,
  'Ease / friction across the journey': 1.8,
  'Brand reputation': 1.2,
};

/** Spread of one person's rating around their department's mean, before rounding to 1–5. */
export const RATING_SD = 0.85;
/** Chance of "don't know" for a touchpoint a department has no particular view on. */
export const BASE_DONT_KNOW = 0.05;
