/**
 * Theme-tagging benchmark: the real tagger on the labelled set of test/fixtures/themes, split into
 * the `dev` part the lexicon is tuned on and the held-out `test` part it never is. Prints micro
 * precision/recall/F1 and the untagged share for English and for the other languages together,
 * per-theme precision and recall on the held-out part, and tagging throughput (sentences/s).
 *
 * Standalone: `npx tsx bench/themes-bench.ts` prints the rows; `--misses` prints instead every
 * wrong tag of the dev part (never the test part), which is how the lexicon is curated.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createThemeTagger,
  scoreTags,
  type TagScores,
  type ThemeTagger,
} from '../src/analytics/themes/index';
import { generateOrganisation } from '../src/demo/generate-organisation';
import { type LabelledFixture, labelledSplit } from '../test/fixtures/themes/index';
import type { BenchRow } from './bench-row';

const pct = (v: number | null): string => (v === null ? 'n/a' : `${(100 * v).toFixed(1)}%`);
const two = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(2));

/** The tagger's themes for one labelled answer (no locale hint: the language is detected). */
function tagged(tagger: ThemeTagger, answer: LabelledFixture): string[] {
  return tagger.tag(answer.text).themes;
}

function score(tagger: ThemeTagger, answers: readonly LabelledFixture[]): TagScores {
  const scored = answers.map((a) => ({ expected: a.themes, actual: tagged(tagger, a) }));
  return scoreTags(scored, tagger.themeKeys);
}

function groupRows(tagger: ThemeTagger, split: 'dev' | 'test'): BenchRow[] {
  const answers = labelledSplit(split);
  const groups: [string, LabelledFixture[]][] = [
    ['English', answers.filter((a) => a.language === 'en')],
    ['fr/de/es/pt', answers.filter((a) => a.language !== 'en')],
  ];
  return groups.map(([name, group]) => {
    const s = score(tagger, group);
    return {
      name: `themes ${split === 'test' ? 'held-out' : 'dev'} ${name}: micro-F1`,
      value: two(s.microF1),
      note: `P ${two(s.microPrecision)} R ${two(s.microRecall)}; ${pct(s.untaggedShare)} of ${s.themed} themed answers got none; ${group.length} answers`,
    };
  });
}

function perThemeRow(tagger: ThemeTagger): BenchRow {
  const s = score(tagger, labelledSplit('test'));
  const parts = s.perTheme.map((t) => `${t.theme} ${two(t.precision)}/${two(t.recall)}`);
  return {
    name: 'themes held-out per theme (P/R)',
    value: `${s.perTheme.length} themes`,
    note: parts.join(', '),
  };
}

/** Sentences per second (best round) on the report bench's distinct synthetic definitions, and on the labelled set. */
function throughputRows(tagger: ThemeTagger): BenchRow[] {
  const org = generateOrganisation({ seed: 7, respondents: 6000, pulses: 1 });
  // the English offices only (not Montréal's French answers), as the figure has always been measured
  const english = (org.pulses[0]?.answers ?? []).filter((a) => org.people[a.person]?.locale === 'en-US');
  const synthetic = [...new Set(english.map((a) => a.definition))];
  const labelled = [...labelledSplit('dev'), ...labelledSplit('test')].map((a) => a.text);
  tagger.tag('Warm up the model.');
  // The best of several rounds: the machine is shared, and a slow round measures the neighbours.
  const rate = (sentences: readonly string[], rounds: number): number => {
    let best = 0;
    for (let r = 0; r < rounds; r += 1) {
      const started = performance.now();
      for (const s of sentences) tagger.tag(s);
      best = Math.max(best, sentences.length / ((performance.now() - started) / 1000));
    }
    return Math.round(best);
  };
  return [
    {
      name: 'themes tagging throughput (synthetic)',
      value: `${rate(synthetic, 5)} sentences/s`,
      note: `${synthetic.length} distinct synthetic English definitions, best of 5 rounds`,
    },
    {
      name: 'themes tagging throughput (labelled)',
      value: `${rate(labelled, 10)} sentences/s`,
      note: `${labelled.length} labelled answers in 5 languages, best of 10 rounds`,
    },
  ];
}

/** The theme benchmark's rows. */
export async function benchThemes(): Promise<BenchRow[]> {
  const tagger = createThemeTagger();
  return [
    ...groupRows(tagger, 'dev'),
    ...groupRows(tagger, 'test'),
    perThemeRow(tagger),
    ...throughputRows(tagger),
  ];
}

/** Every wrong tag of the dev part, one line each: what to look at when curating the lexicon. */
function printDevMisses(): void {
  const tagger = createThemeTagger();
  for (const answer of labelledSplit('dev')) {
    const actual = tagged(tagger, answer);
    const missing = answer.themes.filter((t) => !actual.includes(t));
    const extra = actual.filter((t) => !answer.themes.includes(t));
    if (missing.length + extra.length === 0) continue;
    const text = JSON.stringify(answer.text);
    process.stdout.write(
      `${answer.language} ${text}  missing: ${missing.join(' ')}  extra: ${extra.join(' ')}\n`,
    );
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (process.argv.includes('--misses')) printDevMisses();
  else {
    benchThemes()
      .then((rows) => {
        for (const r of rows) process.stdout.write(`${r.name} | ${r.value} | ${r.note ?? ''}\n`);
      })
      .catch((error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exitCode = 1;
      });
  }
}
