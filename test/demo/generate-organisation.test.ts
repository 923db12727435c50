import { describe, expect, it } from 'vitest';
import { createThemeTagger } from '../../src/analytics/themes/index';
import { CLAUSES } from '../../src/demo/definition-templates';
import { DEFAULT_PROFILES } from '../../src/demo/department-profiles';
import { departmentSizes, generateOrganisation } from '../../src/demo/generate-organisation';
import { createRandom } from '../../src/demo/prng';
import { DEFAULT_TOUCHPOINTS } from '../../src/demo/touchpoints';

describe('generateOrganisation', () => {
  it('is the same organisation for the same seed, and another one for another seed', () => {
    const a = generateOrganisation({ seed: 5, respondents: 150, pulses: 2 });
    const b = generateOrganisation({ seed: 5, respondents: 150, pulses: 2 });
    const c = generateOrganisation({ seed: 6, respondents: 150, pulses: 2 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('has the nine default departments, the ten default touchpoints and an Executive team of 3', () => {
    const org = generateOrganisation({ seed: 1, respondents: 400, pulses: 1 });
    expect(org.departments.map((d) => d.name)).toEqual(DEFAULT_PROFILES.map((p) => p.name));
    expect(org.touchpoints).toEqual([...DEFAULT_TOUCHPOINTS]);
    const executive = org.departments.findIndex((d) => d.name === 'Executive');
    expect(org.people.filter((p) => p.department === executive && p.answers)).toHaveLength(3);
    const sizes = new Set(org.departments.map((_, d) => org.people.filter((p) => p.department === d).length));
    expect(sizes.size).toBeGreaterThan(5); // departments of different sizes
  });

  it('shares respondents by weight, exactly', () => {
    const sizes = departmentSizes(DEFAULT_PROFILES, 1000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(sizes.at(-1)).toBe(3);
  });

  it('gives realistic answers: ratings 1–5 or "don\'t know", 1–3 distinct priorities, pseudonyms that are not Slack ids', () => {
    const org = generateOrganisation({ seed: 9, respondents: 300, pulses: 1 });
    const answers = org.pulses[0]?.answers ?? [];
    const ratings = answers.flatMap((a) => a.ratings);
    expect(ratings.every((r) => r === null || (Number.isInteger(r) && r >= 1 && r <= 5))).toBe(true);
    expect(ratings.filter((r) => r === null).length).toBeGreaterThan(0);
    for (const a of answers) {
      expect(a.priorities.length).toBeGreaterThanOrEqual(1);
      expect(new Set(a.priorities).size).toBe(a.priorities.length);
      expect(a.definition.length).toBeGreaterThan(10);
    }
    for (const p of org.people) {
      expect(p.respondent).toMatch(/^[0-9a-f]{32}$/);
      expect(p.respondent).not.toContain(p.slackUserId);
    }
    const delivered = org.pulses[0]?.deliveries ?? [];
    expect(delivered).toHaveLength(org.people.length);
  });

  it('plants the divergences: Sales rates Sales conversations far above Customer Service', () => {
    const org = generateOrganisation({ seed: 11, respondents: 2000, pulses: 1 });
    const t = org.touchpoints.indexOf('Sales conversations');
    const meanOf = (name: string) => {
      const d = org.departments.findIndex((x) => x.name === name);
      const values = (org.pulses[0]?.answers ?? [])
        .filter((a) => a.department === d)
        .flatMap((a) => a.ratings[t] ?? []);
      return values.reduce((x, y) => x + y, 0) / values.length;
    };
    expect(meanOf('Sales')).toBeGreaterThan(4);
    expect(meanOf('Customer Service')).toBeLessThan(2.5);
  });
});

describe('definition templates', () => {
  it('each clause is tagged with its own theme by the real tagger', () => {
    const tagger = createThemeTagger();
    for (const [theme, clauses] of Object.entries(CLAUSES)) {
      for (const clause of clauses)
        expect(tagger.tag(`Great CX is when we ${clause}.`).themes, clause).toContain(theme);
    }
  });
});

describe('mulberry32', () => {
  it('draws uniform numbers in [0, 1) and respects weights', () => {
    const random = createRandom(123);
    const draws = Array.from({ length: 10_000 }, () => random.next());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((a, b) => a + b, 0) / draws.length).toBeCloseTo(0.5, 1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10_000; i += 1) {
      const k = random.weighted([1, 0, 3]);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeCloseTo(3, 0);
    expect(counts[1]).toBe(0);
    expect(random.weighted([0, 0])).toBe(-1);
  });
});
