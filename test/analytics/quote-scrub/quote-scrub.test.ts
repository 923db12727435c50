import { describe, expect, it } from 'vitest';
import { nameMatcher, scrubContacts, scrubQuote } from '../../../src/analytics/quote-scrub/index';

describe('scrubContacts: e-mail addresses', () => {
  it.each([
    ['Write to anna.smith@example.com any time', 'Write to [contact] any time'],
    ['Mail anna+cx@example.co.uk.', 'Mail [contact].'],
    ['josé.núñez@empresa.es helps', '[contact] helps'],
    ["o'brien@firm.ie knows", '[contact] knows'],
    ['anna [at] example [dot] com', '[contact]'],
    ['<mailto:anna@example.com|anna@example.com> said so', '[contact] said so'],
  ])('%s', (input, expected) => expect(scrubContacts(input)).toBe(expected));
});

describe('scrubContacts: phone numbers in international formats', () => {
  it.each([
    '+44 20 7946 0958',
    '+1 (555) 123-4567',
    '(555) 123-4567',
    '555-123-4567',
    '555.123.4567',
    '+49 30 1234567',
    '+49-30-1234567',
    '+33 1 23 45 67 89',
    '0033 1 23 45 67 89',
    '+91 98765 43210',
    '020 7946 0958',
    '+351 912 345 678',
    '+55 11 91234-5678',
    '07700900123',
  ])('%s', (phone) => expect(scrubContacts(`Call ${phone} for help`)).toBe('Call [contact] for help'));

  it.each([
    'Answer within 10 seconds, 24/7, 365 days a year',
    'We grew from 2019-2024 and again in 2023 2024',
    'Dates like 2024-01-15 or 15/01/2024 stay',
    'Ratings of 4 5 and 3 are fine',
    'A 1,000,000 customer milestone',
    'NPS went from 32 to 45',
  ])('leaves numbers that are no phone: %s', (text) => expect(scrubContacts(text)).toBe(text));
});

describe('scrubContacts: links and Slack markup', () => {
  it.each([
    ['See https://example.com/cases?id=4.', 'See [link].'],
    ['Our page www.acme.io/team, then', 'Our page [link], then'],
    ['anna.dev/cv has it', '[link] has it'],
    ['Ask <@U012ABCDEF> or <@W0123ABC|anna>', 'Ask [name] or [name]'],
    ['Post in <#C0123ABC|cs-team> please', 'Post in [link] please'],
    ['<!here>, <!channel> and <!subteam^S012|@support>', '[name], [name] and [name]'],
    ['<https://intranet.acme/x|the wiki>', '[link]'],
    ['<tel:+442079460958|call me>', '[contact]'],
    ['Ping @anna.smith or @jo', 'Ping [name] or [name]'],
  ])('%s', (input, expected) => expect(scrubContacts(input)).toBe(expected));

  it('leaves plain prose alone', () => {
    const text = 'Fast, friendly answers; e.g. fix it first time. Website & app should just work!';
    expect(scrubContacts(text)).toBe(text);
  });
});

describe('scrubQuote: the names of people on the roster', () => {
  const roster = nameMatcher([
    'Anna Schmidt',
    'José Núñez',
    'Jean-Pierre Dubois',
    "Siobhan O'Brien",
    'Will Grace',
    'van der Berg',
    'jo',
  ]);

  it.each([
    ['Anna answered within the hour', '[name] answered within the hour'],
    ['ANNA and anna and Anna', '[name] and [name] and [name]'],
    ["Anna's team fixed it", "[name]'s team fixed it"],
    ['Anna’s team fixed it', '[name]’s team fixed it'],
    ['Like Anna Schmidt did', 'Like [name] did'],
    ['Jose Nunez and josé núñez', '[name] and [name]'],
    ['Jean-Pierre always calls back', '[name] always calls back'],
    ["O'Brien and Siobhan", '[name] and [name]'],
    ['Dubois-style care', '[name]-style care'],
  ])('%s', (input, expected) => expect(scrubQuote(input, roster)).toBe(expected));

  it('matches whole words only', () => {
    expect(scrubQuote('Annabel and Schmidtke and banana', roster)).toBe('Annabel and Schmidtke and banana');
  });

  it('a name that is also a common word is matched only when capitalised', () => {
    expect(scrubQuote('We will show grace under pressure', roster)).toBe('We will show grace under pressure');
    expect(scrubQuote('Ask Will, or Grace', roster)).toBe('Ask [name], or [name]');
  });

  it('skips particles and one-letter parts, and keeps its own marks', () => {
    const names = nameMatcher(['J. van der Berg', 'Name Link']);
    expect(scrubQuote('The van and the der stay, Berg goes', names)).toBe(
      'The van and the der stay, [name] goes',
    );
    expect(scrubQuote('Email <mailto:x@y.com|x> now', names)).toBe('Email [contact] now');
  });

  it('scrubs contacts first, so an address holding a name becomes one mark', () => {
    expect(scrubQuote('anna.schmidt@acme.com or Anna on +44 20 7946 0958', roster)).toBe(
      '[contact] or [name] on [contact]',
    );
  });

  it('without names, only contacts change', () => {
    expect(scrubQuote('Anna at anna@x.io')).toBe('Anna at [contact]');
  });
});
