import { describe, expect, it } from 'vitest';
import { CATALOG, LANGUAGES, languageOf, type Messages, messagesFor } from '../../src/render/i18n';

type Leaf = { path: string; value: unknown };

/** Every leaf of a catalog, by its dotted path. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value }];
}

/** A leaf's text: a string as is, an array joined, a placeholder function called with sample values. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'function') return String(value('Sample', 'Samples'));
  return '';
}

const english = leaves(CATALOG.en);

describe('the message catalog', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English key, of the same kind', (lang) => {
    const theirs = new Map(leaves(CATALOG[lang]).map((l) => [l.path, l.value]));
    expect([...theirs.keys()].sort()).toEqual(english.map((l) => l.path).sort());
    for (const { path, value } of english) {
      const other = theirs.get(path);
      expect(typeof other, path).toBe(typeof value);
      if (typeof value === 'function' && typeof other === 'function')
        expect(other.length, path).toBe(value.length);
      if (Array.isArray(value)) expect((other as unknown[]).length, path).toBe(value.length);
    }
  });

  it.each(LANGUAGES)('%s: every message, placeholders filled, is non-empty text', (lang) => {
    for (const { path, value } of leaves(CATALOG[lang]))
      expect(textOf(value).trim().length, `${lang} ${path}`).toBeGreaterThan(0);
  });

  it('fills placeholders with the values given', () => {
    for (const lang of LANGUAGES) {
      const m: Messages = CATALOG[lang];
      expect(m.dm.privacy(7)).toContain('7');
      expect(m.modal.countsIn('Finance')).toContain('Finance');
      expect(m.errors.tooLong(1234)).toContain('1234');
    }
  });

  it('translates: no other language repeats the English sentences', () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en'))
      expect(CATALOG[lang].dm.inviteLead('customer')).not.toBe(CATALOG.en.dm.inviteLead('customer'));
  });

  it.each([
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['pt-BR', 'pt'],
    ['pt_PT', 'pt'],
    ['es-419', 'es'],
    ['es-ES', 'es'],
    ['de-DE', 'de'],
    ['en-GB', 'en'],
    ['ja-JP', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('the Slack locale %s reads in %s', (locale, lang) => {
    expect(languageOf(locale)).toBe(lang);
    expect(messagesFor(locale)).toBe(CATALOG[lang as (typeof LANGUAGES)[number]]);
  });
});
