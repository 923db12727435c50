/**
 * Per department, how much of a definitions finding rests on tagged text: answers themed and "not
 * themed (language)", and theme shares over the tagged answers only.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/analytics/report/index';
import { poolInputs } from '../../../src/analytics/report/pool';
import { type LiteralDepartment, literalInput } from './fixtures';

const departments: LiteralDepartment[] = [
  { id: 1, name: 'Montréal', respondents: 10, themes: { speed: 4, empathy: 2 } },
  { id: 2, name: 'London', respondents: 6, themes: { speed: 3 } },
];
const languageCounts = [
  // Montréal: 6 French answers (5 themed), 4 in a language with no lexicon
  { departmentId: 1, language: 'fr', answers: 6, themed: 5 },
  { departmentId: 1, language: 'xx', answers: 4, themed: 0 },
  { departmentId: 2, language: 'en', answers: 6, themed: 3 },
];

describe('definition coverage', () => {
  it('counts themed and not-themed-(language) answers, and takes shares over the tagged ones', () => {
    const model = buildReport({ ...literalInput(departments), languageCounts }, { threshold: 5 });
    const montreal = model.definitions.byDepartment.find((d) => d.department === 'Montréal');
    expect(montreal?.coverage).toEqual({
      tagged: 6,
      themed: 5,
      notThemedLanguage: 4,
      languages: [
        { language: 'fr', answers: 6, themed: 5 },
        { language: 'xx', answers: 4, themed: 0 },
      ],
    });
    // 4 of the 6 tagged answers, not 4 of 10: the answers it cannot read do not lower the share
    expect(montreal?.themes.map((t) => [t.key, t.share])).toEqual([
      ['speed', 4 / 6],
      ['empathy', 2 / 6],
    ]);
  });

  it('moves no share and no similarity when answers in an unread language are added', () => {
    const without = buildReport(
      { ...literalInput(departments), languageCounts: languageCounts.filter((r) => r.language !== 'xx') },
      { threshold: 5 },
    );
    const withOthers = buildReport({ ...literalInput(departments), languageCounts }, { threshold: 5 });
    const shares = (m: typeof without) => m.definitions.byDepartment.map((d) => d.themes);
    expect(shares(withOthers)).toEqual(shares(without));
    expect(withOthers.definitions.meanSimilarity).toBe(without.definitions.meanSimilarity);
  });

  it('renders results frozen before languages were counted, with shares over all answers', () => {
    const model = buildReport(literalInput(departments), { threshold: 5 });
    const montreal = model.definitions.byDepartment.find((d) => d.department === 'Montréal');
    expect(montreal?.coverage).toBeUndefined();
    expect(montreal?.themes[0]?.share).toBe(0.4);
  });

  it('pools language counts only when every pulse has them', () => {
    const a = { ...literalInput(departments), languageCounts };
    expect(poolInputs([a, a]).languageCounts).toContainEqual({
      departmentId: 1,
      language: 'fr',
      answers: 12,
      themed: 10,
    });
    expect(poolInputs([a, literalInput(departments)]).languageCounts).toBeUndefined();
  });

  it('lists frequent words outside the lexicon per language, English first', () => {
    const input = literalInput(departments);
    const termCounts = [
      { departmentId: 1, term: 'courriel', count: 3, language: 'fr' },
      { departmentId: 1, term: 'email', count: 2 },
    ];
    const model = buildReport({ ...input, termCounts, languageCounts }, { threshold: 5 });
    expect(model.definitions.termsByLanguage).toEqual([
      { language: 'en', terms: [{ term: 'email', count: 2 }] },
      { language: 'fr', terms: [{ term: 'courriel', count: 3 }] },
    ]);
  });
});
