/**
 * The languages beside English (issue 16): absences tag the theme they are about, words outside the
 * lexicon are reported per language, and text in a language with no lexicon gets neither.
 */
import { describe, expect, it } from 'vitest';
import {
  createTaggerWithExtras,
  createThemeTagger,
  UNKNOWN_LANGUAGE,
} from '../../../src/analytics/themes/index';

const tagger = createThemeTagger();

describe('absences in fr/de/es/pt name the theme they are about', () => {
  it.each([
    ['fr', 'Un service sans attente', 'speed'],
    ['fr', 'Pas besoin de rappeler', 'resolution'],
    ['fr', 'Ne jamais avoir à rappeler le service client', 'resolution'],
    ['de', 'Ohne Warteschleife', 'speed'],
    ['de', 'Nicht weitergeleitet werden', 'ease'],
    ['de', 'Nie nochmal anrufen müssen', 'resolution'],
    ['es', 'Sin esperas', 'speed'],
    ['es', 'No tener que volver a llamar', 'resolution'],
    ['pt', 'Sem espera', 'speed'],
    ['pt', 'Não precisar ligar de novo', 'resolution'],
  ])('%s "%s" → %s', (locale, text, theme) => {
    expect(tagger.tag(text, { locale })).toMatchObject({ themes: [theme], language: locale });
  });

  it('keeps an idiomatic absence apart from the word it negates', () => {
    expect(tagger.tag('Aucune surprise sur la facture', { locale: 'fr' }).themes).toEqual(['trust']);
    expect(tagger.tag('Une surprise dans la boîte', { locale: 'fr' }).themes).toEqual(['delight']);
  });
});

describe('frequent words outside the lexicon, per language', () => {
  it.each([
    [
      'fr',
      'Des conseillers compétents qui maîtrisent leur dossier',
      ['conseillers', 'compétents', 'maîtrisent', 'dossier'],
    ],
    ['de', 'Kompetente Berater mit Fachwissen', ['kompetente', 'berater', 'fachwissen']],
    ['es', 'Asesores competentes que dominan su tema', ['asesores', 'competentes', 'dominan', 'tema']],
    [
      'pt',
      'Atendentes competentes que dominam o assunto',
      ['atendentes', 'competentes', 'dominam', 'assunto'],
    ],
  ])('%s: content words as written, lower-cased', (locale, text, terms) => {
    expect(tagger.tag(text, { locale }).terms).toEqual(terms);
  });

  it('leaves out stop-words, generic CX words and the words a lexicon term matched', () => {
    const tags = tagger.tag('Le client a une réponse rapide et un service très efficace', { locale: 'fr' });
    expect(tags.themes).toEqual(['speed']);
    expect(tags.terms).toEqual(['réponse']);
    expect(tagger.tag('Der Kunde ist immer zufrieden', { locale: 'de' }).terms).toEqual(['zufrieden']);
  });

  it('returns one word per stem, at most ten', () => {
    expect(
      tagger.tag('Compétent, compétents, compétente, dossier, dossiers', { locale: 'fr' }).terms,
    ).toEqual(['compétent', 'dossier']);
    const many = 'alpha bravo charlie delta echoes foxtrot golfe hotel india juliett kilo lima';
    expect(tagger.tag(many, { locale: 'es' }).terms).toHaveLength(10);
  });

  it('a word an admin adds to a language leaves that language’s terms', () => {
    const text = 'Des conseillers compétents';
    const after = createTaggerWithExtras({ fr: { empathy: ['compétent'] } });
    expect(after.tag(text, { locale: 'fr' })).toEqual({
      themes: ['empathy'],
      terms: ['conseillers'],
      language: 'fr',
    });
    expect(tagger.tag(text, { locale: 'fr' }).themes).toEqual([]);
  });
});

describe('close languages confused on short answers', () => {
  it('tries the runner-up language when the detected one finds no theme', () => {
    expect(tagger.tag('Nada de cobros duplicados')).toMatchObject({ themes: ['trust'], language: 'es' });
  });

  it('never second-guesses a locale', () => {
    expect(tagger.tag('Nada de cobros duplicados', { locale: 'pt-BR' })).toMatchObject({
      themes: [],
      language: 'pt',
    });
  });
});

describe('plain a–z text that the English check took for English', () => {
  it('is read in the language eld sees when the English lexicon finds nothing', () => {
    // "do" is an English function word and every letter is a–z, so the quick check said English
    expect(tagger.tag('Mandar mensagem avisando do atraso')).toMatchObject({
      themes: ['proactivity'],
      language: 'pt',
    });
  });

  it('stays English when English carries a theme or nothing else does, and with a locale', () => {
    expect(tagger.tag('Answer every call fast')).toMatchObject({ themes: ['speed'], language: 'en' });
    expect(tagger.tag('Happy customers who come back and tell their friends')).toMatchObject({
      themes: [],
      language: 'en',
    });
    expect(tagger.tag('Mandar mensagem avisando do atraso', { locale: 'en-GB' })).toMatchObject({
      themes: [],
      language: 'en',
    });
  });
});

describe('a language with no lexicon', () => {
  it.each([
    ['Italian', 'Una risposta veloce e gentile, senza attese al telefono quando chiamo'],
    ['Japanese', '迅速で丁寧な対応、待ち時間なし'],
    ['Russian', 'Быстрый и вежливый ответ без ожидания'],
  ])('%s gets no theme and no term, and is counted as not themed (language)', (_name, text) => {
    expect(tagger.tag(text)).toEqual({ themes: [], terms: [], language: UNKNOWN_LANGUAGE });
  });

  it('Japanese from a Japanese locale too, whatever its Latin words', () => {
    expect(tagger.tag('fast and friendly 迅速', { locale: 'ja-JP' })).toEqual({
      themes: [],
      terms: [],
      language: UNKNOWN_LANGUAGE,
    });
  });
});
