/**
 * Report benchmark: time and peak memory to load the aggregates and build the report for 10,000 and
 * 100,000 respondents × 10 touchpoints (seeding is done first and not timed), and the theme tagger's
 * throughput. Each measurement runs in its own child process so its peak RSS is its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createThemeTagger } from '../src/analytics/themes/index';
import { generateOrganisation } from '../src/demo/generate-organisation';
import type { BenchRow } from './bench-row';

const ROOT = resolve(import.meta.dirname, '..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const WORKER = resolve(ROOT, 'bench/report-worker.ts');
/** Report sizes (respondents in one pulse). */
export const REPORT_SIZES = [10_000, 100_000];
/** Measurements per size; the median is reported. */
const RUNS = 3;
/** The goal from the brief: the report of 100,000 respondents builds in under a second. */
const GOAL_MS = 1000;

interface Measure {
  loadMs: number;
  buildMs: number;
  totalMs: number;
  cpuMs: number;
  rssBeforeMb: number;
  maxRssMb: number;
  heapDeltaMb: number;
}

function worker<T>(args: string[]): T {
  const out = execFileSync(TSX, [WORKER, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as T;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const k = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));

async function reportRows(size: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cx-align-bench-'));
  try {
    const path = join(dir, 'bench.db');
    const seeded = worker<{ seedMs: number; answers: number }>(['seed', path, String(size)]);
    const runs = Array.from({ length: RUNS }, () => worker<Measure>(['measure', path]));
    const total = median(runs.map((r) => r.totalMs));
    const load = median(runs.map((r) => r.loadMs));
    const build = median(runs.map((r) => r.buildMs));
    const cpu = median(runs.map((r) => r.cpuMs));
    const peak = median(runs.map((r) => r.maxRssMb));
    const base = median(runs.map((r) => r.rssBeforeMb));
    return [
      {
        name: `report ${k(size)} respondents: load + build`,
        value: `${total.toFixed(0)} ms`,
        note: `load ${load.toFixed(0)} ms + build ${build.toFixed(1)} ms (CPU ${cpu.toFixed(0)} ms), median of ${RUNS} cold processes${size >= 100_000 ? `; goal < ${GOAL_MS} ms: ${total < GOAL_MS ? 'met' : 'NOT met'}` : ''}`,
      },
      {
        name: `report ${k(size)} respondents: peak RSS`,
        value: `${peak.toFixed(0)} MB`,
        note: `${(peak - base).toFixed(0)} MB above the process before loading (maxRSS); heap +${median(runs.map((r) => r.heapDeltaMb)).toFixed(1)} MB`,
      },
      {
        name: `seed ${k(size)} respondents (not timed above)`,
        value: `${(seeded.seedMs / 1000).toFixed(1)} s`,
        note: `${seeded.answers} answers × 10 touchpoints, one transaction, tagged with the real tagger`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sentences per second through the real tagger, on distinct synthetic definitions (no cache). */
function taggerRows(): BenchRow[] {
  const org = generateOrganisation({ seed: 7, respondents: 6000, pulses: 1 });
  const sentences = [...new Set((org.pulses[0]?.answers ?? []).map((a) => a.definition))];
  const tagger = createThemeTagger();
  tagger.tag('Warm up the model.');
  const started = performance.now();
  for (const sentence of sentences) tagger.tag(sentence);
  const seconds = (performance.now() - started) / 1000;
  return [
    {
      name: 'theme tagging throughput',
      value: `${Math.round(sentences.length / seconds)} sentences/s`,
      note: `${sentences.length} distinct synthetic definitions, wink-nlp lemmas + lexicon`,
    },
  ];
}

/** The report benchmark's rows. */
export async function benchReport(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of REPORT_SIZES) rows.push(...(await reportRows(size)));
  rows.push(...taggerRows());
  return rows;
}
