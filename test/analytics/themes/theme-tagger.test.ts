import { describe, expect, it } from 'vitest';
import { createThemeTagger, DEFAULT_LEXICON, MAX_TERMS_PER_ANSWER } from '../../../src/analytics/themes';

const tagger = createThemeTagger();

describe('createThemeTagger — seed example from the product brief', () => {
  it.each([
    ['Answer customer calls within 10 seconds', 'speed'],
    ['Give them a surprise gift', 'delight'],
    ['Give them free product', 'value'],
    ['Make sure our products work great', 'product_quality'],
    ['Give them a discount', 'value'],
  ])('%s → %s only', (text, theme) => {
    expect(tagger.tag(text).themes).toEqual([theme]);
  });
});

describe('createThemeTagger — realistic definitions', () => {
  it.each<[string, string[]]>([
    ['Support that actually solves the problem the first time', ['resolution']],
    ['Remember who they are and what they bought', ['personalisation']],
    ['Reach out before they even notice a problem', ['proactivity']],
    ['Same great service whether online or in store', ['consistency']],
    ['Someone is there 24/7 when they need help', ['availability']],
    ['Treat them like people, listen and care', ['empathy']],
    ['Do what we promised, no surprises on the bill', ['trust']],
    ['Nobody should wait more than two minutes on hold', ['speed']],
    ['Friendly, patient agents who genuinely understand their frustration', ['empathy']],
    ['Recommendations tailored to what they actually use', ['personalisation']],
    ['Let them know about an outage before they call us', ['proactivity', 'product_quality']],
    ['Products that are reliable and never break down', ['product_quality']],
    ['Buying and returning should be effortless', ['ease']],
    ['Fair prices and a loyalty discount for long-time customers', ['value']],
    ['Small unexpected touches that make them smile', ['delight']],
    ['They get the same answer no matter who they talk to', ['consistency']],
    ['One call, problem fixed, no escalations', ['resolution']],
    ['Be transparent about delivery dates and honest when we get it wrong', ['trust']],
    ['Customers can reach a real person any time, day or night', ['availability']],
    ['Never make them repeat themselves when they are transferred', ['ease']],
    ['A seamless checkout with no hidden fees', ['ease', 'trust']],
    ['Know their history so they do not have to explain everything again', ['personalisation']],
    ['Go above and beyond to exceed expectations', ['delight']],
    ['Our software is stable and bug-free', ['product_quality']],
    ['Fast, friendly and knows my name', ['speed', 'empathy', 'personalisation']],
    ['Quick replies and a refund without a fight', ['speed', 'resolution']],
  ])('%s → %j', (text, themes) => {
    expect(tagger.tag(text).themes).toEqual(themes);
  });

  it('does not tag generic CX words', () => {
    for (const text of [
      'A great customer experience',
      'Give customers good service and support',
      'Help them',
    ]) {
      expect(tagger.tag(text).themes).toEqual([]);
    }
  });

  it('uses "work" only in product phrases', () => {
    expect(tagger.tag('Our teams work hard together').themes).toEqual([]);
    expect(tagger.tag('The app just works').themes).toEqual(['product_quality']);
  });

  it('keeps the topic of a negated word ("not slow" is about speed)', () => {
    expect(tagger.tag('Not slow, never rude').themes).toEqual(['speed', 'empathy']);
    expect(tagger.tag("Don't make them wait").themes).toEqual(['speed']);
  });

  it('lets a longer phrase win over its words', () => {
    expect(tagger.tag('No surprises').themes).toEqual(['trust']);
    expect(tagger.tag('A hassle-free return').themes).toEqual(['ease']);
    expect(tagger.tag('Exceeds expectations').themes).toEqual(['delight']);
  });

  it('returns themes in lexicon order, each once', () => {
    const { themes } = tagger.tag('Cheap! Fast! Cheap and fast, a discount and a quick reply.');
    expect(themes).toEqual(['speed', 'value']);
  });

  it('ignores Slack markup, mentions, links and emoji', () => {
    const result = tagger.tag('<@U123ABC> *fast* and _kind_ :tada: 😀 <https://example.com|see this> a@b.co');
    expect(result.themes).toEqual(['speed', 'empathy']);
    expect(result.terms).toEqual([]);
  });
});

describe('createThemeTagger — terms outside the lexicon', () => {
  it('returns lower-case content lemmas that are not lexicon or generic words', () => {
    expect(tagger.tag('Answer customer calls within 10 seconds').terms).toEqual(['answer', 'call']);
    expect(tagger.tag('Remember who they are and what they bought').terms).toEqual(['buy']);
    expect(tagger.tag('Give them a surprise gift').terms).toEqual([]);
  });

  it('skips proper nouns, numbers, URLs, e-mails and stop words', () => {
    const { terms } = tagger.tag('We should phone Acme about the 42 tickets at https://x.io or ops@acme.com');
    expect(terms).toEqual(['phone', 'ticket']);
  });

  it('returns at most MAX_TERMS_PER_ANSWER unique terms', () => {
    const text = 'apples bananas cherries dates figs grapes kiwis lemons mangoes oranges pears plums apples';
    const { terms } = tagger.tag(text);
    expect(terms.length).toBe(MAX_TERMS_PER_ANSWER);
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('createThemeTagger — custom lexicon', () => {
  it('uses the given lexicon and its order', () => {
    const custom = createThemeTagger({
      themes: [
        { key: 'green', label: 'Sustainability', terms: ['recycle', 'carbon footprint', 'packaging'] },
        { key: 'speed', label: 'Speed', terms: ['fast'] },
      ],
    });
    expect(custom.themeKeys).toEqual(['green', 'speed']);
    expect(custom.tag('Fast delivery with less packaging and a lower carbon footprint').themes).toEqual([
      'green',
      'speed',
    ]);
    expect(custom.tag('Give them a discount').themes).toEqual([]);
  });

  it('defaults to the default lexicon', () => {
    expect(tagger.themeKeys).toEqual(DEFAULT_LEXICON.themes.map((t) => t.key));
  });
});

describe('createThemeTagger — paraphrases, absences and senses (issue 16)', () => {
  it.each<[string, string[]]>([
    ['No hold music', ['speed']],
    ['Not being passed around from team to team', ['ease']],
    ['I never have to repeat myself', ['ease']],
    ['- Quick quotes\n- Honest timelines', ['speed', 'trust']],
    ['Refunds processed without a fight', ['resolution']],
    ['Explaining charges patiently', ['empathy']],
  ])('%s → %j', (text, themes) => {
    expect(tagger.tag(text).themes).toEqual(themes);
  });

  it('matches personal pronouns as one class', () => {
    expect(tagger.tag('Keep me informed').themes).toEqual(['proactivity']);
    expect(tagger.tag('Keep us informed').themes).toEqual(['proactivity']);
  });

  it('reads common words in their other sense as no theme', () => {
    expect(tagger.tag('A product second to none').themes).toEqual([]);
    expect(tagger.tag('Feel free to call me').themes).toEqual([]);
    expect(tagger.tag('Every time we launch something').themes).toEqual([]);
    expect(tagger.tag('The same issue never happens twice').themes).toEqual([]);
    expect(tagger.tag('A tool that saves them time').themes).toEqual(['speed']);
    expect(tagger.tag("They can't wait for the next release").themes).toEqual(['delight']);
  });
});

describe('createThemeTagger — other languages (issue 16)', () => {
  it('returns the language with the tags, from the locale or detected', () => {
    expect(tagger.tag('Une réponse rapide, sans attente au téléphone')).toEqual({
      themes: ['speed'],
      terms: ['réponse', 'téléphone'],
      language: 'fr',
    });
    expect(tagger.tag('Rápido', { locale: 'es-ES' })).toMatchObject({ themes: ['speed'], language: 'es' });
    expect(tagger.tag('Answer fast').language).toBe('en');
  });

  it('reads short English answers as English, and short answers with foreign words as theirs', () => {
    for (const text of [
      'Wow moments',
      'Dark mode lol',
      'fast',
      'uptime 99.99%',
      'They know who I am when I ring',
    ]) {
      expect(tagger.tag(text).language).toBe('en');
    }
    expect(tagger.tag('Wow moments').themes).toEqual(['delight']);
    expect(tagger.tag('Ni idea').language).toBe('es');
    expect(tagger.tag('Não sei').language).toBe('pt');
    expect(tagger.tag('Rápido').language).toBe('es');
  });

  it('never themes an answer in a language without a lexicon', () => {
    for (const text of [
      'Risposta veloce e personale gentile, senza attese al telefono',
      'Snel en vriendelijk geholpen worden',
      'Molto veloce',
      'Tempo di attesa, zero',
    ]) {
      expect(tagger.tag(text)).toEqual({ themes: [], terms: [], language: 'xx' });
    }
    expect(tagger.tag('fast and friendly', { locale: 'ja-JP' })).toEqual({
      themes: [],
      terms: [],
      language: 'xx',
    });
  });

  it('an English-only lexicon change does not move other languages', () => {
    const other = [
      'Pas de frais cachés',
      'Schnelle Antworten ohne Warteschleife',
      'Envío gratis y rápido',
      'Não sei',
    ];
    const changed = createThemeTagger({
      themes: DEFAULT_LEXICON.themes.map((t) => ({
        ...t,
        terms: t.key === 'speed' ? ['sluggish'] : [...t.terms, 'frais'],
      })),
    });
    for (const text of other) expect(changed.tag(text)).toEqual(tagger.tag(text));
    expect(changed.tag('Answer fast').themes).not.toEqual(tagger.tag('Answer fast').themes);
  });
});
