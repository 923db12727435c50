/**
 * The default CX theme lexicon, the starting point admins edit.
 *
 * Design rules for the terms:
 * - Terms are lemmas ("wait", "surprise") or short lemma phrases ("first time"); inflections are found
 *   by lemmatisation, so "waiting", "surprises" and "solved" need no entry.
 * - Themes are topics, not sentiment: "slow", "rude", "bug" and "hidden fee" name their theme as well
 *   as "fast", "kind", "reliable" and "transparent" do.
 * - Ambiguous words are only used inside phrases: "work" ("products work great" vs "staff work hard"),
 *   "time" ("first time", "on time"), "reach" ("reach out"), "repeat" ("repeat themselves").
 * - Generic words never tag anything: "customer", "experience", "great", "good", "service",
 *   "support", "help", "give", "make", "product", "problem", "answer".
 * - Phrases beat single words and consume them: "no surprise" is trust (not delight), "hassle free"
 *   is ease (not value), "exceed expectation" is delight (not trust), "first contact" is resolution.
 */
import type { ThemeLexicon } from './lexicon';

/** The default lexicon: 12 themes, in the order reports show them. */
// biome-ignore format: one line per group of related terms is easier to review than one term per line
export const DEFAULT_LEXICON: ThemeLexicon = {
  themes: [
    { key: 'speed', label: 'Speed', terms: [
      'fast', 'faster', 'quick', 'quicker', 'quickly', 'speed', 'speedy', 'rapid', 'rapidly', 'swift', 'swiftly',
      'prompt', 'promptly', 'immediate', 'immediately', 'instant', 'instantly', 'timely', 'asap',
      'second', 'minute', 'wait', 'delay', 'slow', 'queue', 'on hold', 'hold time', 'turnaround',
      'respond', 'response', 'responsive', 'responsiveness', 'response time', 'sla',
      'right away', 'straight away', 'same day', 'in no time', 'efficient', 'efficiently',
      'within an hour', 'within the hour', 'within a day', 'within 24 hour', 'waste time', 'waste their time',
      'waste of time',
    ] },
    { key: 'empathy', label: 'Empathy', terms: [
      'empathy', 'empathetic', 'empathic', 'empathise', 'empathize', 'compassion', 'compassionate',
      'care', 'caring', 'listen', 'understand', 'understanding', 'kind', 'kindness', 'friendly', 'warm', 'warmth',
      'respect', 'respectful', 'polite', 'courteous', 'patient', 'patience', 'human', 'humane', 'rude', 'robotic', 'robot',
      'feel heard', 'feel valued', 'feel understood', 'pay attention',
      'like people', 'like a person', 'like a human', 'like human',
    ] },
    { key: 'personalisation', label: 'Personalisation', terms: [
      'personal', 'personally', 'personalise', 'personalize', 'personalised', 'personalized',
      'personalisation', 'personalization', 'personal touch', 'tailor', 'tailored', 'bespoke',
      'customise', 'customize', 'customised', 'customized', 'individual', 'individually', 'individualised',
      'remember', 'recognise', 'recognize', 'name', 'by name', 'preference', 'purchase history',
      'relevant', 'recommendation', 'history', 'account manager', 'vip', 'handwritten', 'one size fit all',
    ] },
    { key: 'proactivity', label: 'Proactivity', terms: [
      'proactive', 'proactively', 'anticipate', 'anticipation', 'ahead', 'in advance', 'early', 'foresee',
      'predict', 'prevent', 'prevention', 'notify', 'notification', 'alert', 'warn', 'heads up', 'remind',
      'reminder', 'reach out', 'outreach', 'follow up', 'check in', 'keep them informed', 'keep them updated',
      'keep them posted', 'let them know', 'before they ask', 'before they notice', 'before they even notice',
      'before they call', 'before they complain', 'before it happen',
    ] },
    { key: 'product_quality', label: 'Product quality', terms: [
      'quality', 'high quality', 'product quality', 'reliable', 'reliability', 'reliably', 'durable',
      'durability', 'robust', 'stable', 'stability', 'flawless', 'defect', 'defective', 'faulty', 'bug', 'buggy',
      'bug free', 'crash', 'glitch', 'broken', 'outage', 'uptime', 'well made', 'well built', 'built to last',
      'product work', 'app work', 'system work', 'software work', 'tool work', 'feature work', 'everything work',
      'just work', 'always work', 'work perfectly', 'work flawlessly', 'work as expect', 'fit for purpose',
      'great product', 'good product', 'best product',
    ] },
    { key: 'ease', label: 'Ease', terms: [
      'easy', 'easily', 'ease', 'simple', 'simplicity', 'simplify', 'effortless', 'effortlessly', 'effort',
      'hassle', 'hassle free', 'friction', 'frictionless', 'seamless', 'seamlessly', 'smooth', 'smoothly',
      'convenient', 'convenience', 'intuitive', 'straightforward', 'painless', 'complicated', 'complex',
      'confusing', 'difficult', 'user friendly', 'self service', 'self serve', 'one click', 'one stop',
      'stress free', 'hoop', 'repeat themselves', 'repeat themself', 'easy to understand',
    ] },
    { key: 'value', label: 'Value / price', terms: [
      'value', 'good value', 'price', 'pricing', 'cheap', 'cheaper', 'inexpensive', 'affordable', 'afford',
      'expensive', 'overpriced', 'free', 'discount', 'deal', 'bargain', 'cost', 'save', 'saving', 'coupon',
      'voucher', 'promo', 'promotion', 'special offer', 'rebate', 'cashback', 'money', 'budget', 'fee',
      'worth', 'reward', 'loyalty', 'freebie',
    ] },
    { key: 'delight', label: 'Delight', terms: [
      'surprise', 'gift', 'delight', 'delightful', 'wow', 'joy', 'joyful', 'exceed', 'exceed expectation',
      'extra', 'extra mile', 'above and beyond', 'memorable', 'unforgettable', 'remarkable', 'amaze',
      'unexpected', 'bonus', 'smile', 'thrill', 'excite', 'excitement', 'magic', 'magical', 'special',
      'fun', 'enjoy', 'enjoyable', 'birthday',
    ] },
    { key: 'consistency', label: 'Consistency', terms: [
      'consistent', 'consistently', 'consistency', 'same', 'uniform', 'standardise', 'standardize',
      'coherent', 'omnichannel', 'every channel', 'all channel', 'any channel', 'across channel',
      'every time', 'each time', 'every interaction', 'every touchpoint', 'no matter who', 'no matter which',
      'no matter where', 'whoever', 'everywhere', 'one voice', 'online or in store', 'online or offline',
    ] },
    { key: 'resolution', label: 'Resolution', terms: [
      'solve', 'resolve', 'resolution', 'solution', 'fix', 'first time', 'first contact', 'first call',
      'one call', 'one contact', 'fcr', 'sort out', 'get it sorted', 'root cause', 'ownership',
      'own the problem', 'own the issue', 'close the loop', 'end to end', 'refund', 'replace',
      'replacement', 'troubleshoot', 'escalate', 'escalation', 'workaround',
    ] },
    { key: 'trust', label: 'Trust / promise', terms: [
      'trust', 'trustworthy', 'honest', 'honesty', 'transparent', 'transparency', 'promise', 'commit',
      'commitment', 'keep our word', 'dependable', 'integrity', 'accountable', 'accountability', 'credible',
      'guarantee', 'warranty', 'secure', 'security', 'privacy', 'safe', 'truth', 'truthful', 'upfront',
      'mislead', 'misleading', 'accurate', 'predictable', 'no surprise', 'no hidden', 'hidden fee',
      'hidden cost', 'hidden charge', 'no hidden fee', 'no hidden cost', 'no hidden charge', 'small print', 'fine print', 'on time', 'expectation',
    ] },
    { key: 'availability', label: 'Availability', terms: [
      'available', 'availability', 'unavailable', '24/7', '24x7', '24 hour a day', '7 day a week', 'around the clock',
      'round the clock', 'anytime', 'any time', 'day or night', 'always there', 'always on', 'on call',
      'reachable', 'reach', 'contactable', 'opening hour', 'business hour', 'open late', 'weekend',
      'whenever', 'live chat', 'real person', 'real human', 'live agent', 'pick up the phone',
    ] },
  ],
};
