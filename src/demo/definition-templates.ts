/**
 * Sentence parts for synthetic "what does a great customer experience look like?" answers. Each
 * clause is written so the real theme tagger finds its theme (a test checks it); words outside the
 * lexicon (checkout, onboarding, invoice…) give the report frequent terms to show.
 */

/** Theme keys of the default lexicon that the templates cover. */
export type TemplateTheme =
  | 'speed'
  | 'empathy'
  | 'personalisation'
  | 'proactivity'
  | 'product_quality'
  | 'ease'
  | 'value'
  | 'delight'
  | 'consistency'
  | 'resolution'
  | 'trust'
  | 'availability';

/** Verb phrases per theme, to follow an opener such as "Great CX is when we…". */
export const CLAUSES: Readonly<Record<TemplateTheme, readonly string[]>> = {
  speed: [
    'answer every call within 10 seconds',
    'reply to every email the same day',
    'never keep anyone waiting on hold',
    'respond quickly to every ticket',
  ],
  empathy: [
    'listen and show that we really care',
    'treat every caller with patience and respect',
    'make people feel heard',
    'are friendly and warm when an order goes wrong',
  ],
  personalisation: [
    "remember each client's name and preferences",
    'tailor every offer to their purchase history',
    'send personalised recommendations',
    'treat them as individuals, not ticket numbers',
  ],
  proactivity: [
    'reach out before they notice a problem',
    'warn them about delivery delays in advance',
    'follow up after every order',
    'anticipate what they need at renewal',
  ],
  product_quality: [
    'make sure our products work flawlessly',
    'ship reliable software without bugs',
    'build hardware that is built to last',
    'keep the quality high in every release',
  ],
  ease: [
    'make ordering effortless',
    'keep checkout simple and intuitive',
    'remove friction from onboarding',
    'make self service easy on the website',
  ],
  value: [
    'give them a fair price for the contract',
    'offer a discount to long-standing accounts',
    'make every invoice feel worth the money',
    'reward loyalty with cashback',
  ],
  delight: [
    'surprise them with a small gift',
    'go above and beyond to wow them',
    'create memorable moments at every event',
    'send a birthday card to every account',
  ],
  consistency: [
    'deliver the same experience across every channel',
    'speak with one voice everywhere',
    'are consistent no matter who they talk to',
    'keep our brand message consistent every time',
  ],
  resolution: [
    'solve the problem on the first contact',
    'fix the root cause of every complaint',
    'own the issue until it is resolved',
    'handle refunds without an escalation',
  ],
  trust: [
    'keep every promise we make',
    'are honest and transparent with them',
    'never mislead them with fine print',
    'keep our word on delivery dates',
  ],
  availability: [
    'are available on live chat at night',
    'pick up the phone at any time',
    'are reachable on weekends',
    'offer help around the clock',
  ],
};

/** Openers that the clauses follow. */
export const OPENERS: readonly string[] = [
  'Great CX is when we',
  'For me, great CX is that we',
  'Customers should see that we',
  'It is when we',
  'We',
];

/** Answers that name no theme at all (people do write these). */
export const VAGUE_ANSWERS: readonly string[] = [
  'A great experience for everyone involved, from start to finish.',
  'Happy customers who come back and tell their friends about us.',
  'Doing our job well and making the business grow.',
];

/** The sentence parts of one language: clauses by theme, openers, vague answers and its "and". */
export interface DefinitionTemplates {
  readonly clauses: Readonly<Record<TemplateTheme, readonly string[]>>;
  readonly openers: readonly string[];
  readonly vague: readonly string[];
  readonly and: string;
}

/** The English templates (every office but Montréal). */
export const ENGLISH_TEMPLATES: DefinitionTemplates = {
  clauses: CLAUSES,
  openers: OPENERS,
  vague: VAGUE_ANSWERS,
  and: 'and',
};
