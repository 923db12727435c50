import { describe, expect, it } from 'vitest';
import {
  createThemeTagger,
  DEFAULT_LEXICON,
  GENERIC_CX_WORDS,
  parseLexicon,
} from '../../../src/analytics/themes';

describe('DEFAULT_LEXICON', () => {
  it('is valid and already normalised', () => {
    const parsed = parseLexicon(DEFAULT_LEXICON);
    expect(parsed).toEqual({ ok: true, lexicon: DEFAULT_LEXICON });
  });

  it('has the 12 themes of the design, each with 15–80 terms', () => {
    expect(DEFAULT_LEXICON.themes.map((t) => t.key)).toEqual([
      'speed',
      'empathy',
      'personalisation',
      'proactivity',
      'product_quality',
      'ease',
      'value',
      'delight',
      'consistency',
      'resolution',
      'trust',
      'availability',
    ]);
    // The bound was 50 before the lexicon grew from the labelled set (issue 16, bench/themes-bench.ts).
    for (const theme of DEFAULT_LEXICON.themes) {
      expect(theme.terms.length).toBeGreaterThanOrEqual(15);
      expect(theme.terms.length).toBeLessThanOrEqual(80);
    }
  });

  it('contains no generic word as a single-word term', () => {
    const singles = DEFAULT_LEXICON.themes.flatMap((t) => t.terms).filter((t) => !t.includes(' '));
    expect(singles.filter((t) => GENERIC_CX_WORDS.has(t))).toEqual([]);
    for (const word of ['customer', 'great', 'experience', 'give', 'product', 'work', 'help']) {
      expect(singles).not.toContain(word);
    }
  });

  it('tags none of the generic words', () => {
    const tagger = createThemeTagger();
    for (const word of GENERIC_CX_WORDS) expect(tagger.tag(word).themes).toEqual([]);
  });
});

describe('parseLexicon', () => {
  const valid = { themes: [{ key: 'speed', label: ' Speed ', terms: ['  Fast ', 'First   Contact'] }] };

  it('accepts a valid lexicon and normalises labels and terms', () => {
    expect(parseLexicon({ ...valid, extra: true })).toEqual({
      ok: true,
      lexicon: { themes: [{ key: 'speed', label: 'Speed', terms: ['fast', 'first contact'] }] },
    });
  });

  it.each<[string, unknown, string]>([
    ['null', null, ''],
    ['a string', 'speed: fast', ''],
    ['no themes', { themes: [] }, 'themes: the lexicon needs at least one theme'],
    ['themes not an array', { themes: {} }, 'themes:'],
    ['a bad key', { themes: [{ key: 'Speed!', label: 'S', terms: ['fast'] }] }, 'themes.0.key:'],
    ['an empty label', { themes: [{ key: 's', label: '  ', terms: ['fast'] }] }, 'themes.0.label:'],
    ['no terms', { themes: [{ key: 's', label: 'S', terms: [] }] }, 'themes.0.terms:'],
    ['an empty term', { themes: [{ key: 's', label: 'S', terms: ['fast', ' '] }] }, 'themes.0.terms.1:'],
    ['a non-string term', { themes: [{ key: 's', label: 'S', terms: [3] }] }, 'themes.0.terms.0:'],
    ['a punctuation-only term', { themes: [{ key: 's', label: 'S', terms: ['!!'] }] }, 'letter or a digit'],
    ['a long phrase', { themes: [{ key: 's', label: 'S', terms: ['a b c d e f'] }] }, 'at most 5 words'],
    ['a too long term', { themes: [{ key: 's', label: 'S', terms: ['x'.repeat(61)] }] }, 'themes.0.terms.0:'],
    [
      'a duplicate term',
      { themes: [{ key: 's', label: 'S', terms: ['fast', 'FAST'] }] },
      'duplicate term "fast"',
    ],
    [
      'a duplicate key',
      {
        themes: [
          { key: 's', label: 'S', terms: ['fast'] },
          { key: 's', label: 'T', terms: ['slow'] },
        ],
      },
      'duplicate theme key "s"',
    ],
  ])('rejects %s', (_name, input, message) => {
    const result = parseLexicon(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors.join('\n')).toContain(message);
    }
  });

  it('reports every problem, not only the first', () => {
    const result = parseLexicon({ themes: [{ key: '', label: '', terms: [''] }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThanOrEqual(3);
  });

  it('allows a term in several themes', () => {
    const lexicon = {
      themes: [
        { key: 'value', label: 'Value', terms: ['refund'] },
        { key: 'resolution', label: 'Resolution', terms: ['refund'] },
      ],
    };
    const result = parseLexicon(lexicon);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(createThemeTagger(result.lexicon).tag('A quick refund').themes).toEqual(['value', 'resolution']);
  });
});
