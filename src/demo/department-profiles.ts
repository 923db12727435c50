/**
 * The synthetic organisation's departments: their sizes and how each one sees customer experience.
 *
 * Planted on purpose (the tests check the report finds them, and only them):
 * - "Sales conversations": Sales rates it about 4.4, Customer Service about 2.1;
 * - "Customer support": Marketing rates it about 4.3, Customer Service about 2.3;
 * - "Website & app": Customer Service rates it about 2.4 in the first pulse, converging to the others
 *   by the last one (the trend improves);
 * - "Brand reputation": every department has the same true mean, so any gap is noise and must not
 *   be flagged;
 * - other leanings are at most 0.3 from the company picture (never a headline);
 * - Executive has 3 respondents, under the default threshold of 5.
 *
 * The Montréal office answers in French (Slack locale fr-CA, one in four fr-FR): part of Customer
 * Service, Sales and Operations, with the same leanings as their colleagues elsewhere, so French
 * definitions must be themed like English ones for the report to find the same picture.
 */
import type { TemplateTheme } from './definition-templates';
import type { TouchpointName } from './touchpoints';

/** How one department answers. */
export interface DepartmentProfile {
  name: string;
  /** Share of the respondents (ignored when `size` is set). */
  weight: number;
  /** A fixed number of respondents, whatever the organisation's size. */
  size?: number;
  /** Share of the department's roster that answers (the rest are invited and never answer). */
  responseRate: number;
  /** True mean ratings that differ from the company picture. */
  means?: Partial<Record<TouchpointName, number>>;
  /** True means that move to the company picture from the first pulse to the last. */
  driftingMeans?: Partial<Record<TouchpointName, number>>;
  /** Chances of "don't know" that differ from the base. */
  dontKnow?: Partial<Record<TouchpointName, number>>;
  /** Multipliers of how often a touchpoint is picked as a top 3. */
  priorities?: Partial<Record<TouchpointName, number>>;
  /** Weights of the themes its definitions draw on (others weigh 0.15). */
  themes: Partial<Record<TemplateTheme, number>>;
  /** Share of its people in the Montréal office, who answer in French (default none). */
  montreal?: number;
}

/** Departments that hardly see the in-person and sales touchpoints. */
const BACK_OFFICE_DONT_KNOW: Partial<Record<TouchpointName, number>> = {
  'In-person & events': 0.45,
  'Sales conversations': 0.35,
  Advertising: 0.2,
};

/** The nine default departments (DESIGN.md). */
export const DEFAULT_PROFILES: readonly DepartmentProfile[] = [
  {
    name: 'Marketing',
    weight: 0.11,
    responseRate: 0.85,
    means: { 'Customer support': 4.3, Advertising: 3.6, Content: 3.7 },
    priorities: { Advertising: 3, Content: 2.5, 'Brand reputation': 2.5 },
    themes: { personalisation: 3, delight: 3, consistency: 2.5, trust: 0.8 },
  },
  {
    name: 'Sales',
    weight: 0.17,
    responseRate: 0.75,
    means: { 'Sales conversations': 4.4, 'Product & service quality': 3.8 },
    priorities: { 'Sales conversations': 3, Advertising: 1.5, 'In-person & events': 2 },
    themes: { personalisation: 2, value: 2, trust: 2, proactivity: 1.5, delight: 1 },
    montreal: 0.25,
  },
  {
    name: 'Customer Service',
    weight: 0.26,
    responseRate: 0.9,
    means: { 'Sales conversations': 2.1, 'Customer support': 2.3, 'Ease / friction across the journey': 2.8 },
    driftingMeans: { 'Website & app': 2.4 },
    priorities: { 'Customer support': 3, 'Ease / friction across the journey': 2.5 },
    themes: { speed: 3, resolution: 3, empathy: 2.5, availability: 1.5 },
    montreal: 0.3,
  },
  {
    name: 'Product',
    weight: 0.12,
    responseRate: 0.8,
    means: { 'Product & service quality': 3.9, 'Website & app': 3.5 },
    dontKnow: { 'Sales conversations': 0.3 },
    priorities: { 'Product & service quality': 3, 'Website & app': 2 },
    themes: { product_quality: 3.5, ease: 3, speed: 0.8 },
  },
  {
    name: 'IT',
    weight: 0.09,
    responseRate: 0.7,
    means: { 'Website & app': 3.5 },
    dontKnow: BACK_OFFICE_DONT_KNOW,
    priorities: { 'Website & app': 3, 'Product & service quality': 1.5 },
    themes: { product_quality: 3, ease: 2, availability: 2, speed: 1 },
  },
  {
    name: 'Operations',
    weight: 0.13,
    responseRate: 0.8,
    means: { 'Ease / friction across the journey': 2.8 },
    dontKnow: { Advertising: 0.3 },
    priorities: { 'Ease / friction across the journey': 2.5, 'Product & service quality': 1.5 },
    themes: { speed: 2, ease: 2, consistency: 2, proactivity: 1.5 },
    montreal: 0.2,
  },
  {
    name: 'Finance',
    weight: 0.07,
    responseRate: 0.85,
    dontKnow: BACK_OFFICE_DONT_KNOW,
    priorities: { 'Company communications': 2, 'Product & service quality': 1.5 },
    themes: { value: 4, trust: 2 },
  },
  {
    name: 'HR',
    weight: 0.05,
    responseRate: 0.9,
    means: { 'Company communications': 3.4 },
    dontKnow: BACK_OFFICE_DONT_KNOW,
    priorities: { 'Company communications': 2.5, 'Brand reputation': 2 },
    themes: { empathy: 3, trust: 2, consistency: 1 },
  },
  {
    name: 'Executive',
    weight: 0,
    size: 3,
    responseRate: 0.75,
    priorities: { 'Brand reputation': 3, 'Product & service quality': 1.5 },
    themes: { trust: 2, delight: 1.5, value: 1.5, consistency: 1 },
  },
];
