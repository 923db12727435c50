/**
 * The demo's Montréal office (issue 16): people with a French Slack locale whose definitions, seeded
 * into a real SQLite file, are tagged in French and counted in the definitions section as themed,
 * never as "not themed (language)".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createThemeTagger } from '../../src/analytics/themes/index';
import { seedOrganisation } from '../../src/db/repositories/seed-repository';
import { FRENCH_TEMPLATES } from '../../src/demo/definition-templates-fr';
import { generateOrganisation, type SyntheticOrganisation } from '../../src/demo/generate-organisation';
import { loadReport } from '../../src/services/report-loader';
import { freshDb } from '../support/test-db';

describe('the Montréal office', () => {
  let ctx: ReturnType<typeof freshDb>;
  let org: SyntheticOrganisation;
  beforeEach(() => {
    ctx = freshDb();
    org = generateOrganisation({ seed: 42, respondents: 400, pulses: 1 });
    seedOrganisation(ctx.db, org);
  });
  afterEach(() => ctx.cleanup());

  it('has French-speaking people (fr-CA and fr-FR) in some departments only', () => {
    const french = org.people.filter((p) => p.locale.startsWith('fr'));
    const departments = new Set(french.map((p) => org.departments[p.department]?.name));
    expect(new Set(french.map((p) => p.locale))).toEqual(new Set(['fr-CA', 'fr-FR']));
    expect(departments.size).toBeGreaterThan(0);
    expect(departments.size).toBeLessThan(org.departments.length);
  });

  it('stores their answers as French, nearly all of them themed', () => {
    const rows = ctx.db.$client
      .prepare(
        `select a.language, count(distinct a.id) as answers, count(distinct t.answer_id) as themed
         from answers a left join answer_themes t on t.answer_id = a.id group by a.language`,
      )
      .all() as { language: string; answers: number; themed: number }[];
    const fr = rows.find((r) => r.language === 'fr');
    const frenchAnswers = (org.pulses[0]?.answers ?? []).filter((a) =>
      org.people[a.person]?.locale.startsWith('fr'),
    ).length;
    expect(fr?.answers).toBe(frenchAnswers);
    expect(frenchAnswers).toBeGreaterThan(20);
    // the only French answers without a theme are the vague ones (one in twenty is drawn vague)
    expect(fr?.themed ?? 0).toBeGreaterThan(0.85 * frenchAnswers);
    expect(rows.some((r) => r.language === 'xx')).toBe(false);
  });

  it('counts them in the definitions section, themed and with French frequent words', () => {
    const model = loadReport(ctx.db, { last: 1 }, 5);
    const shown = model?.definitions.byDepartment ?? [];
    const withFrench = shown.filter((d) => d.coverage?.languages.some((l) => l.language === 'fr'));
    expect(withFrench.length).toBeGreaterThan(0);
    for (const d of withFrench) {
      const fr = d.coverage?.languages.find((l) => l.language === 'fr');
      expect(fr?.themed ?? 0).toBeGreaterThan(0);
      expect(d.coverage?.notThemedLanguage).toBe(0);
      expect(d.coverage?.tagged).toBe(d.answers);
    }
    expect((model?.definitions.termsByLanguage ?? []).some((t) => t.language === 'fr')).toBe(true);
  });
});

describe('the French definition templates', () => {
  const tagger = createThemeTagger();
  it('each clause is tagged in French with its own theme, after every opener', () => {
    for (const [theme, clauses] of Object.entries(FRENCH_TEMPLATES.clauses)) {
      for (const clause of clauses)
        for (const opener of FRENCH_TEMPLATES.openers) {
          const tags = tagger.tag(`${opener} ${clause}.`, { locale: 'fr-CA' });
          expect(tags.language, clause).toBe('fr');
          expect(tags.themes, `${opener} ${clause}`).toContain(theme);
        }
    }
  });

  it('the vague answers and the openers carry no theme', () => {
    for (const text of [...FRENCH_TEMPLATES.vague, ...FRENCH_TEMPLATES.openers])
      expect(tagger.tag(text, { locale: 'fr-FR' }).themes, text).toEqual([]);
  });
});
