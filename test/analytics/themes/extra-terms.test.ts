/**
 * Admins' extra lexicon terms are per language: an English addition moves no other language's
 * tags, and a language with no lexicon never gets a theme, whatever is added.
 */
import { describe, expect, it } from 'vitest';
import { createTaggerWithExtras, createThemeTagger } from '../../../src/analytics/themes/index';
import { LABELLED_ANSWERS } from '../../fixtures/themes/index';

const others = LABELLED_ANSWERS.filter((a) => a.language !== 'en');
const english = LABELLED_ANSWERS.filter((a) => a.language === 'en');

describe('extra lexicon terms', () => {
  it('an English-only change does not move any other language’s results', () => {
    const before = createThemeTagger();
    // words that are also French, German, Spanish or Portuguese, added to English themes
    const after = createTaggerWithExtras({
      en: {
        speed: ['rapide', 'schnell', 'rápido'],
        trust: ['confiance', 'vertrauen', 'confiança'],
        ease: ['simple', 'facile'],
      },
    });
    expect(others.length).toBeGreaterThan(50);
    for (const a of others)
      expect(after.tag(a.text, { locale: a.language })).toEqual(before.tag(a.text, { locale: a.language }));
    // …while it does move English: the change is real
    expect(after.tag('a rapide answer').themes).toContain('speed');
    expect(before.tag('a rapide answer').themes).not.toContain('speed');
    expect(english.length).toBeGreaterThan(0);
  });

  it('an addition for one language applies to it only', () => {
    const after = createTaggerWithExtras({ fr: { delight: ['coup de cœur'] } });
    expect(after.tag('Un vrai coup de cœur pour la marque', { locale: 'fr-CA' }).themes).toEqual(['delight']);
    expect(
      createThemeTagger().tag('Un vrai coup de cœur pour la marque', { locale: 'fr-CA' }).themes,
    ).toEqual([]);
  });

  it('an unknown language never gets a theme, even with terms added under its code', () => {
    const after = createTaggerWithExtras({
      it: { speed: ['veloce', 'risposta'] },
      en: { speed: ['veloce'] },
    });
    // detected, with no locale: an Italian sentence is Italian, not Spanish
    expect(after.tag('Una risposta veloce e gentile, senza attese al telefono quando chiamo')).toMatchObject({
      themes: [],
      language: 'xx',
    });
    expect(after.tag('Een snel antwoord', { locale: 'nl-NL' })).toMatchObject({ themes: [], language: 'xx' });
    expect(after.tag('Una risposta veloce e gentile, senza attese al telefono', { locale: 'it-IT' })).toEqual(
      {
        themes: [],
        terms: [],
        language: 'xx',
      },
    );
  });
});
