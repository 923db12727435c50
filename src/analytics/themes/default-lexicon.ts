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
      'fast', 'faster', 'quick', 'quickly', 'speed', 'speedy', 'rapid', 'rapidly', 'swift', 'swiftly',
      'prompt', 'promptly', 'immediate', 'immediately', 'instant', 'instantly', 'timely', 'asap',
      'second', 'minute', 'wait', 'delay', 'slow', 'queue', 'on hold', 'hold time', 'turnaround',
      'respond', 'response', 'responsive', 'responsiveness', 'response time', 'sla',
      'right away', 'straight away', 'same day', 'in no time', 'efficient', 'efficiently',
      'within an hour', 'within the hour', 'within a day', 'within 24 hour', 'waste time', 'waste their time',
      'waste of time',
      'hold music', 'wait time', 'min', 'millisecond', 'latency', 'next day', 'in an hour',
      'within a week', 'in a week', 'within the week', 'turn around', 'save time', 'save them time', 'slas',
      'next morning', 'same week', 'within 3 day', 'within 2 day', 'within two day', 'within a few day', 'within 48 hour', 'next business day', 'next working day',
      'waiting', 'first ring', 'within hour', 'within hours', 'out the door', 'time out', 'timeout',
    ] },
    { key: 'empathy', label: 'Empathy', terms: [
      'empathy', 'empathetic', 'empathic', 'empathise', 'empathize', 'compassion', 'compassionate',
      'care', 'caring', 'listen', 'understand', 'understanding', 'kind', 'kindness', 'friendly', 'warm', 'warmth',
      'respect', 'respectful', 'polite', 'courteous', 'patient', 'patience', 'human', 'humane', 'rude', 'robotic', 'robot',
      'feel heard', 'feel valued', 'feel understood', 'pay attention',
      'like people', 'like a person', 'like a human', 'like human',
      'patiently', 'kindly', 'sorry', 'apologise', 'apologize', 'apology', 'pressure', 'pressured', 'pushy',
      'talk down', 'welcome', 'welcoming', 'inclusive', 'genuine', 'genuinely', 'script', 'scripted', 'calm',
      'like adult', 'like an adult', 'dignity', 'look after', 'looked after', 'treat them like', 'freindly', 'frendly', 'firendly',
      'like an idiot', 'feel stupid', 'made to feel', 'rush them', 'hard sell',
    ] },
    { key: 'personalisation', label: 'Personalisation', terms: [
      'personal', 'personally', 'personalise', 'personalize', 'personalised', 'personalized',
      'personalisation', 'personalization', 'personal touch', 'tailor', 'tailored', 'bespoke',
      'customise', 'customize', 'customised', 'customized', 'individual', 'individually', 'individualised',
      'remember', 'recognise', 'recognize', 'name', 'by name', 'preference', 'purchase history',
      'relevant', 'recommendation', 'history', 'account manager', 'vip', 'handwritten', 'one size fit all',
      'know who they are', 'know their name', 'know their account', 'know them', 'not a number', 'just a number',
      'ticket number', 'made for them', 'dedicated', 'spam', 'canned', 'remember them',
      'know who they be', 'remember who they be', 'recognise who they be', 'built around them', 'written for them', 'meant for them', 'designed for them', 'their role',
      'insider', 'affect them',
      'around their', 'their industry', 'whole conversation', 'personal thank you',
    ] },
    { key: 'proactivity', label: 'Proactivity', terms: [
      'proactive', 'proactively', 'anticipate', 'anticipation', 'ahead', 'in advance', 'early', 'foresee',
      'predict', 'prevent', 'prevention', 'notify', 'notification', 'alert', 'warn', 'heads up', 'remind',
      'reminder', 'reach out', 'outreach', 'follow up', 'check in', 'keep them informed', 'keep them updated',
      'keep them posted', 'let them know', 'before they ask', 'before they notice', 'before they even notice',
      'before they call', 'before they complain', 'before it happen',
      'first to know', 'hear it from us', 'warning', 'status page', 'before customers notice', 'before it hit',
      'chase', 'text them', 'by sms', 'automatically', 'without them asking', 'tell them before',
      'before the customer', 'before the client', 'a text when', 'an email when', 'a message when', 'we tell them',
      'status update', 'flag delay',
    ] },
    { key: 'product_quality', label: 'Product quality', terms: [
      'quality', 'high quality', 'product quality', 'reliable', 'reliability', 'reliably', 'durable',
      'durability', 'robust', 'stable', 'stability', 'flawless', 'defect', 'defective', 'faulty', 'bug', 'buggy',
      'bug free', 'crash', 'glitch', 'broken', 'outage', 'uptime', 'well made', 'well built', 'built to last',
      'product work', 'app work', 'system work', 'software work', 'tool work', 'feature work', 'everything work',
      'just work', 'always work', 'work perfectly', 'work flawlessly', 'work as expect', 'fit for purpose',
      'great product', 'good product', 'best product',
      'stay up', 'solid', 'downtime', 'regression', 'not break', 'never break', 'nothing break', 'break down',
      'compatible', 'data loss', 'lose data', 'lost parcel', 'lost order', 'lost package', 'get lost', 'damaged',
      'damage', 'in one piece', 'order accuracy', 'warehouse accuracy', 'do what it say', 'do exactly what',
      'do what the demo',
      'undamaged', 'flaky', 'flakey', 'incident', 'work first time', 'work the first time',
      'never fail', 'not fail', 'intact', 'work offline', 'go missing', 'time out', 'timeout',
      'freeze', 'lose work',
    ] },
    { key: 'ease', label: 'Ease', terms: [
      'easy', 'easily', 'ease', 'simple', 'simplicity', 'simplify', 'effortless', 'effortlessly', 'effort',
      'hassle', 'hassle free', 'friction', 'frictionless', 'seamless', 'seamlessly', 'smooth', 'smoothly',
      'convenient', 'convenience', 'intuitive', 'straightforward', 'painless', 'complicated', 'complex',
      'confusing', 'difficult', 'user friendly', 'self service', 'self serve', 'one click', 'one stop',
      'stress free', 'hoop', 'repeat themselves', 'repeat themself', 'easy to understand',
      'jargon', 'plain language', 'one place', 'one tap', 'one number', 'single point of contact', 'clear enough',
      'no questions asked', 'whatever suit them', 'pass around', 'passed around', 'bounce around', 'back and forth',
      'explain it twice', 'say it twice', 'repeat it', 'handoff',
      'tell their story', 'repeat their story', 'transferred', 'get transferred', 'figure it out', 'without reading', 'fewer step', 'fewer click', 'less click', 'where you expect', 'suit them', 'payment option',
      'ask twice', 'bounce between', 'bounced', 'learning curve', 'sit through', 'two click', 'few click', 'in two click', 'fit around',
      'start from scratch', 'dead end', 'plain english', 'up and running',
    ] },
    { key: 'value', label: 'Value / price', terms: [
      'value', 'good value', 'price', 'pricing', 'cheap', 'cheaper', 'inexpensive', 'affordable', 'afford',
      'expensive', 'overpriced', 'free', 'discount', 'good deal', 'great deal', 'best deal', 'bargain', 'cost',
      'save', 'saving', 'coupon',
      'voucher', 'promo', 'promotion', 'special offer', 'offer', 'rebate', 'cashback', 'budget', 'fee',
      'value for money', 'save money', 'save them money', 'money back', 'payment plan', 'cost efficient',
      'cost effective',
      'worth', 'reward', 'loyalty', 'freebie',
      'payment option',
      'what they pay',       'perk',
    ] },
    { key: 'delight', label: 'Delight', terms: [
      'surprise', 'gift', 'delight', 'delightful', 'wow', 'joy', 'joyful', 'exceed', 'exceed expectation',
      'extra', 'extra mile', 'above and beyond', 'memorable', 'unforgettable', 'remarkable', 'amaze',
      'unexpected', 'bonus', 'smile', 'thrill', 'excite', 'excitement', 'magic', 'magical', 'special',
      'fun', 'enjoy', 'enjoyable', 'birthday', "can't wait", 'cannot wait', 'can not wait',
      'a treat', 'little treat', 'small treat', 'did not expect', "didn't expect", 'never expected', 'pleasure',
      'thank you card', 'thank you note', 'out of their way',
      'personal thank you',
    ] },
    { key: 'consistency', label: 'Consistency', terms: [
      'consistent', 'consistently', 'consistency', 'uniform', 'standardise', 'standardize',
      'coherent', 'omnichannel', 'every channel', 'all channel', 'any channel', 'across channel',
      'on time every time', 'right every time', 'every single time', 'every interaction', 'every touchpoint', 'no matter who', 'no matter which',
      'no matter where', 'whoever', 'everywhere', 'one voice', 'online or in store', 'online or offline',
      'same answer', 'same quality', 'same standard', 'same high standard', 'same price', 'same experience',
      'same service', 'same great service', 'work the same', 'feel the same', 'look the same', 'same everywhere',
      'the same whether', 'the same on', 'one company', 'wherever', 'across shift', 'across region',
      'across store', 'every store', 'every branch',
      'same company', 'same brand', 'every region', 'every location', 'every shop', 'every country',
    ] },
    { key: 'resolution', label: 'Resolution', terms: [
      'solve', 'resolve', 'resolution', 'solution', 'fix', 'first time', 'first contact', 'first call',
      'one call', 'one contact', 'fcr', 'sort out', 'get it sorted', 'root cause', 'ownership',
      'own the problem', 'own the issue', 'close the loop', 'end to end', 'refund', 'replace',
      'replacement', 'troubleshoot', 'escalate', 'escalation', 'workaround',
      'sorted', 'sort the problem', 'sort the issue', 'sort it', 'actually done', 'get it done', 'see it through',
      'deal with my issue', 'deal with their issue', 'deal with the issue', 'deal with the problem',
      'deal with their problem', 'repeat contact', 'credit note', 'on the spot',
      'someone who can',
      'real answer', 'go away and stay away', 'stay fixed',
    ] },
    { key: 'trust', label: 'Trust / promise', terms: [
      'trust', 'trustworthy', 'honest', 'honesty', 'transparent', 'transparency', 'promise', 'commit',
      'commitment', 'keep our word', 'dependable', 'integrity', 'accountable', 'accountability', 'credible',
      'guarantee', 'warranty', 'secure', 'security', 'privacy', 'safe', 'truth', 'truthful', 'upfront',
      'mislead', 'misleading', 'accurate', 'predictable', 'no surprise', 'no hidden', 'hidden fee',
      'hidden cost', 'hidden charge', 'no hidden fee', 'no hidden cost', 'small print', 'fine print', 'on time', 'expectation',
      'straight answer', 'no game', 'over promise', 'overpromise', 'what we sell', 'clear term', 'clear contract',
      'nasty surprise', 'unpleasant surprise', 'correct', 'correct first time', 'honour', 'admit',
      'own up', 'openly', 'bill twice', 'charged twice', 'double charge', 'overcharge',
      'actually meet', 'turn up in the window', 'turn up when', 'data loss',
      'bait and switch', 'leak', 'match the quote', 'charged for', 'no extra', 'tacked on', 'when we say', 'said we would', 'honoured',       'clickbait', 'surprised by the bill', 'surprised by the price', 'wrong item', 'wrong order', 'missed delivery', 'billed for', 'what they pay',       'stick to',
    ] },
    { key: 'availability', label: 'Availability', terms: [
      'available', 'availability', 'unavailable', '24/7', '24x7', '24 hour a day', '7 day a week', 'around the clock',
      'round the clock', 'anytime', 'any time', 'day or night', 'always there', 'always on', 'on call',
      'reachable', 'reach', 'contactable', 'opening hour', 'business hour', 'open late', 'weekend',
      'whenever', 'live chat', 'real person', 'real human', 'live agent', 'pick up the phone',
      'get hold of', 'chatbot', 'bot', 'a human', 'a person',
      'someone be there', 'always be there', 'return call', 'return their call', 'at night', 'middle of the night',
      'phone tree', 'get through',
      'bank holiday', 'public holiday', 'when they need us',
    ] },
  ],
};
