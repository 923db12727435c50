import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, sanitizeText } from '../../../src/analytics/themes';

describe('sanitizeText', () => {
  it('removes Slack mentions, channels and emoji short-codes, and keeps link labels', () => {
    expect(
      sanitizeText('<@U1> see <#C1|general> <!here> :tada: <https://x.io|the docs> <https://y.io>'),
    ).toBe('see the docs');
  });

  it('removes mrkdwn markers and decodes Slack entities', () => {
    expect(sanitizeText('*fast* _and_ ~slow~ `code` &amp; &lt;3')).toBe('fast and slow code & <3');
    expect(sanitizeText('> quoted\n&gt; also quoted')).toBe('quoted . also quoted');
  });

  it('turns line breaks into sentence breaks and strips invisible characters', () => {
    expect(sanitizeText('- fast\n- kind')).toBe('- fast . - kind');
    expect(sanitizeText('a\u200bb\u200fc\u0000d\ufeff')).toBe('a b c d');
  });

  it('caps length and never leaves a lone surrogate', () => {
    const out = sanitizeText(`${'a'.repeat(MAX_INPUT_CHARS - 1)}😀😀`);
    expect(out.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    expect(out).not.toMatch(/[\uD800-\uDFFF]/);
    expect(sanitizeText('x\ud83d y \ude00')).toBe('x y');
  });

  it('returns an empty string for non-strings', () => {
    expect(sanitizeText(undefined)).toBe('');
    expect(sanitizeText(12)).toBe('');
  });
});
