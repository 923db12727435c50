/** What a fresh install starts with (DESIGN.md); admins edit all of it in Slack. */
export const DEFAULT_DEPARTMENTS = [
  'Marketing',
  'Sales',
  'Customer Service',
  'Product',
  'IT',
  'Operations',
  'Finance',
  'HR',
  'Executive',
];

export const DEFAULT_TOUCHPOINTS = [
  'Advertising',
  'Content',
  'Website & app',
  'In-person & events',
  'Company communications',
  'Sales conversations',
  'Product & service quality',
  'Customer support',
  'Ease / friction across the journey',
  'Brand reputation',
] as const;

/** The second-prompt bank, asked in turn; `{customer}`/`{customers}` take the configured word. */
export const DEFAULT_PROMPTS = [
  'Who is our ideal, highest-value {customer}?',
  'How do our {customers} like to be treated?',
  'What do we promise our {customers}, in your words?',
];

/** Reports show quotes (of consenting answers, scrubbed) unless an admin turns them off. */
export const DEFAULT_SHOW_QUOTES = true;

/** Single- and multi-channel guests are left off the roster unless an admin includes them. */
export const DEFAULT_INCLUDE_GUESTS = false;

/** Reports and digests are written in English unless an admin picks another language. */
export const DEFAULT_REPORT_LANGUAGE = 'en';

/** People may pick their own department unless an admin requires a mapped or assigned one. */
export const DEFAULT_REQUIRE_MAPPED_DEPARTMENTS = false;
