/**
 * Generators of hostile input for the stress tests: text a person (or an attacker with a signed
 * request) could send, and the checks every answer the app gives must pass.
 */
import fc from 'fast-check';

/** Strings that have broken Slack apps before: injection, mentions, invisible and bidi characters. */
export const HOSTILE_SNIPPETS: readonly string[] = [
  "'; DROP TABLE answers; --",
  '1 OR 1=1',
  "Robert'); DELETE FROM settings; --",
  '<!channel>',
  '<!here>',
  '<!here|x>',
  '<!everyone>',
  '<!subteam^S0123ABC|@leaders>',
  '<@U123>',
  '<@W0ABCDEF|the boss>',
  '<#C0123ABC|general>',
  '<https://evil.example|click me>',
  '<!date^1392734382^{date}|x>',
  '*bold*',
  '_italic_',
  '~strike~',
  '`code`',
  '```block```',
  '> quote',
  '&amp;',
  '&lt;!channel&gt;',
  '\u202Eevil\u202C',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B[31mred',
  '\r\n',
  '\t',
  '\u2028',
  '👩‍👩‍👧‍👦',
  '🇬🇧',
  '🔥💯',
  'Z̴̡̪a̷l̸g̶o̵',
  'ﬁne',
  'ｔｏｕｃｈｐｏｉｎｔ',
  'ｄｅｐｔ',
  'مرحبا',
  '日本語',
  '\\',
  '"',
  "'",
  // a template placeholder that must stay text
  `$${'{'}process.exit(1)}`,
  '{{7*7}}',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '9007199254740993',
  '1e309',
  '%s%s%n',
  '../../etc/passwd',
];

/** Words the command parser knows, so generated text often reaches the services. */
export const COMMAND_WORDS: readonly string[] = [
  'report',
  'latest',
  'touchpoint',
  'tp',
  'dept',
  'department',
  'team',
  'trend',
  'trends',
  'export',
  'csv',
  'pulse',
  'now',
  'config',
  'settings',
  'setup',
  'help',
  '?',
  'HELP',
  'Dept',
  'TOUCHPOINT',
];

const snippet = fc.constantFrom(...HOSTILE_SNIPPETS);

/** One "word": a snippet, a command word, or a short random string. */
const word = fc.oneof(
  { weight: 3, arbitrary: snippet },
  { weight: 2, arbitrary: fc.constantFrom(...COMMAND_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** Text that repeats a piece until it is `length` characters long (huge input). */
export const hugeText = (min: number, max: number) =>
  fc
    .tuple(
      fc.oneof(snippet, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 })),
      fc.integer({ min, max }),
    )
    .map(([piece, length]) =>
      (piece === '' ? 'x' : piece).repeat(Math.ceil(length / Math.max(1, piece.length))),
    )
    .map((s) => s.slice(0, max));

/**
 * Hostile text up to `maxLength` characters (and sometimes a huge one up to `hugeMax`): any unicode,
 * lone surrogates, control and zero-width characters, bidi marks, emoji, injections, mentions.
 */
export function hostileText(maxLength = 200, hugeMax = 4200): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.array(word, { maxLength: 10 }).map((ws) => ws.join(' ')) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    {
      weight: 1,
      arbitrary: fc.string({
        unit: fc.constantFrom(' ', '\u200B', '\u202E', '\n', '\t', '\u0000', 'a'),
        maxLength: 12,
      }),
    },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: hugeText(Math.min(1000, hugeMax), hugeMax) },
  );
}

/** Text that reads as error output: the app must never produce it. */
export const STACK_TRACE =
  /\bat [\w.<>$]+ \(|node_modules|\.[cm]?[tj]s:\d+|\b(?:Type|Reference|Syntax|Range|Zod|Sqlite)Error\b|Error:|SQLITE_|undefined is not|Cannot read propert/;

/** Whether generated input itself looks like error output (then an echo of it proves nothing). */
export const looksLikeErrorOutput = (text: string): boolean => STACK_TRACE.test(text);

/** Slack mentions and links that must never be sent unescaped in an answer to user text. */
export const RAW_MENTION = /<!(?:channel|here|everyone|subteam)|<@[A-Z0-9]|<#[A-Z0-9]|<https?:|<mailto:/i;

/** Every string inside a JSON value. */
export function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) yield* strings(v);
}

/**
 * Every string Slack renders as text inside a JSON value: leaves out an input's `initial_value`
 * (the person's own words put back in the editable field they typed them in; a plain-text input
 * never turns `<@U1>` into a mention) and `private_metadata` (never shown).
 */
export function* renderedStrings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* renderedStrings(item);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      if (k !== 'initial_value' && k !== 'private_metadata') yield* renderedStrings(v);
}
