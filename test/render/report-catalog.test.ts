/**
 * The report catalog in every language: the same keys as English, every sentence filled in with
 * every value English shows and the same Slack markup, and every Block Kit view within Slack's
 * limits in every language (French and German run longest) with the same figures as in English.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/analytics/report/index';
import { createThemeTagger } from '../../src/analytics/themes/index';
import { DEFAULT_PROFILES, type DepartmentProfile } from '../../src/demo/department-profiles';
import { generateOrganisation } from '../../src/demo/generate-organisation';
import { REPORT_CATALOG, REPORT_LANGUAGES, reportMessagesFor } from '../../src/render/i18n/report/index';
import * as render from '../../src/render/slack-report/index';
import { allViews, blockProblems, messageProblems, mrkdwnTexts, seededModels } from './slack-report/support';

const EN = REPORT_CATALOG.en;
const OTHERS = REPORT_LANGUAGES.filter((l) => l !== 'en');

type Leaf = { path: string; value: unknown };

/** Every leaf of a catalog (strings, functions, booleans), with its dotted path. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path === '' ? k : `${path}.${k}`));
  return [{ path, value }];
}

/** Distinct sample arguments, none of them 0 or 1 (so every plural and "any" branch shows them). */
const samples = (n: number): number[] => Array.from({ length: n }, (_, i) => 37 + i * 11);

/** What a leaf says: a string as it is, a function called with the samples. */
function say(value: unknown): string {
  if (typeof value === 'function')
    return String((value as (...a: number[]) => unknown)(...samples(value.length)));
  return String(value);
}

/** The Slack markup a sentence carries: emoji codes, code spans, entities. */
const markup = (text: string): string[] =>
  [...text.matchAll(/:[a-z_]+:|`[^`]+`|&[a-z]+;/g)].map((m) => m[0]).sort();

describe('the report catalog', () => {
  it.each(OTHERS)('%s has every key of English, each of the same kind', (lang) => {
    const own = new Map(leaves(REPORT_CATALOG[lang]).map((l) => [l.path, l.value]));
    const english = leaves(EN);
    expect([...own.keys()].sort()).toEqual(english.map((l) => l.path).sort());
    for (const { path, value } of english) {
      expect(typeof own.get(path), path).toBe(typeof value);
      if (typeof value === 'function')
        expect((own.get(path) as () => unknown).length, path).toBe(value.length);
    }
  });

  it.each(OTHERS)('%s says every value English shows, with the same markup, in words of its own', (lang) => {
    const own = new Map(leaves(REPORT_CATALOG[lang]).map((l) => [l.path, l.value]));
    let translated = 0;
    const sentences = leaves(EN).filter((l) => typeof l.value !== 'boolean' && l.path !== 'code');
    for (const { path, value } of sentences) {
      const en = say(value);
      const theirs = say(own.get(path));
      expect(theirs.trim(), path).not.toBe('');
      expect(theirs, path).not.toMatch(/undefined|NaN|\[object/);
      for (const n of samples(typeof value === 'function' ? value.length : 0))
        if (en.includes(String(n))) expect(theirs, `${path} drops ${n}`).toContain(String(n));
      expect(markup(theirs), path).toEqual(markup(en));
      if (theirs !== en) translated += 1;
    }
    // all but a handful of words that are the same in both (e.g. "Prioridades", "n/d")
    expect(translated).toBeGreaterThan(sentences.length * 0.95);
  });

  it('gives English for a language it does not have', () => {
    expect(reportMessagesFor('xx')).toBe(EN);
    expect(reportMessagesFor(null)).toBe(EN);
    expect(reportMessagesFor('fr')).toBe(REPORT_CATALOG.fr);
  });
});

function profileAt(i: number): DepartmentProfile {
  const profile = DEFAULT_PROFILES[i % DEFAULT_PROFILES.length];
  if (profile === undefined) throw new Error('no default profiles');
  return profile;
}

describe('every Block Kit view in every report language', () => {
  let models: ReportModel[];
  beforeAll(() => {
    const org = generateOrganisation({
      seed: 11,
      respondents: 600,
      pulses: 2,
      departments: Array.from({ length: 20 }, (_, i) => ({
        ...profileAt(i),
        name: `Dept ${i} ${'with a long name & more '.repeat(3)}`,
        weight: 1,
      })),
    });
    org.touchpoints = org.touchpoints.map((t) => `${t} & ${'a long touchpoint description '.repeat(4)}`);
    models = seededModels(org, 3, createThemeTagger()).models;
  }, 60_000);

  it.each(REPORT_LANGUAGES)('%s stays within the limits (sections ≤ 3000, headers ≤ 150, …)', (lang) => {
    for (const model of models)
      for (const { name, message, maxBlocks } of allViews(model, render, lang))
        expect(
          maxBlocks === 50 ? messageProblems(message) : blockProblems(message.blocks, maxBlocks),
          `${lang} ${name}`,
        ).toEqual([]);
  });

  it.each(OTHERS)('%s shows the same figures as English', (lang) => {
    const decimals = (texts: Iterable<string>) =>
      [...texts].flatMap((t) => [...t.matchAll(/\d+\.\d+/g)].map((m) => m[0])).sort();
    for (const model of models) {
      const en = render.renderReportMessage(model);
      const theirs = render.renderReportMessage(model, { lang });
      expect(decimals(mrkdwnTexts(theirs.blocks))).toEqual(decimals(mrkdwnTexts(en.blocks)));
      expect(decimals(mrkdwnTexts(theirs.blocks)).length).toBeGreaterThan(10);
    }
  });
});
