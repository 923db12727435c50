import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createThemeTagger, MAX_TERMS_PER_ANSWER, sanitizeText } from '../../../src/analytics/themes';
import { toSlots } from '../../../src/analytics/themes/lexicon-matcher';
import { analyse } from '../../../src/analytics/themes/wink-adapter';
import { runs } from '../../support/fuzz/scale';

const tagger = createThemeTagger();
const keys = new Set(tagger.themeKeys);

function expectWellFormed(result: { themes: string[]; terms: string[] }): void {
  expect(result.themes.every((t) => keys.has(t))).toBe(true);
  expect(new Set(result.themes).size).toBe(result.themes.length);
  expect(result.terms.length).toBeLessThanOrEqual(MAX_TERMS_PER_ANSWER);
  expect(new Set(result.terms).size).toBe(result.terms.length);
  for (const term of result.terms) {
    expect(term).toBe(term.toLowerCase());
    expect(term).toMatch(/^\p{L}[\p{L}\p{M}'’-]*$/u);
    expect(term.length).toBeLessThanOrEqual(40);
  }
}

/** Bits of hostile text: Slack markup, invisible and control characters, RTL, emoji, lexicon words. */
const nasty = fc.constantFrom(
  '<@U123ABC>',
  '<#C42|general>',
  '<!here>',
  '<https://example.com|fast link>',
  ':white_check_mark:',
  '*bold*',
  '_italic_',
  '~strike~',
  '```code```',
  '&gt; quote',
  '\u200b',
  '\u200d',
  '\u200f',
  '\u202e',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\r\n',
  '\ud83d',
  '\ude00',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇫🇷',
  'مرحبا',
  'שלום',
  '中文',
  'ﷺ',
  'fast',
  'no surprises',
  '24/7',
  'hassle-free',
  "don't",
  '—',
  '...',
  '%s',
  '__proto__',
  'constructor',
);

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc.array(nasty, { maxLength: 60 }).map((parts) => parts.join('')),
);

describe('createThemeTagger — hostile input', () => {
  it('never throws and returns only lexicon keys and bounded terms', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expectWellFormed(tagger.tag(text));
      }),
      { numRuns: runs(400) },
    );
  });

  it('gets there without relying on the safety net (the pipeline itself does not throw)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const tokens = analyse(sanitizeText(text));
        expect(toSlots(tokens).length).toBeLessThanOrEqual(tokens.length);
        for (const token of tokens) expect(analyse(token.normal)).toBeInstanceOf(Array);
      }),
      { numRuns: runs(200) },
    );
  });

  it('handles empty, whitespace-only and punctuation-only text', () => {
    for (const text of ['', '   ', '\n\n\t', '!!!???...', '\u200b\u200b', '\u0000']) {
      expect(tagger.tag(text)).toEqual({ themes: [], terms: [], language: 'en' });
    }
  });

  it('handles non-string input passed from untyped code', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(tagger.tag(value as unknown as string)).toEqual({ themes: [], terms: [], language: 'en' });
    }
  });

  it('analyses only the beginning of very long text, quickly', () => {
    const long = `${'lorem ipsum dolor '.repeat(600)} discount`;
    const started = performance.now();
    const result = tagger.tag(long);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.themes).toEqual([]);
    expectWellFormed(tagger.tag('x'.repeat(100_000)));
    expectWellFormed(tagger.tag('😀'.repeat(10_000)));
  });

  it('tags through invisible characters between words', () => {
    expect(tagger.tag('\u200fvery\u200b fast\u200e, \u202ekind\u202c').themes).toEqual(['speed', 'empathy']);
  });
});
