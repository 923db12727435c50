/**
 * Report benchmark. For 10,000, 100,000 and 1,000,000 respondents × 10 touchpoints in one closed
 * pulse: the leader's report of it (its frozen snapshot, through the report service Slack calls),
 * and the same pulse's aggregates read from its answers (the open pulse's path, and what a close
 * freezes). Then `trend` over 52 closed pulses, every snapshot pooled, closing a pulse of 100,000
 * answers, and the theme tagger's throughput. Seeding is not timed; each measurement runs in its
 * own child process (report-worker.ts) so its peak RSS is its own.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createThemeTagger } from '../src/analytics/themes/index';
import { generateOrganisation } from '../src/demo/generate-organisation';
import type { BenchRow } from './bench-row';
import type { Measure } from './report-worker';
import { k, median } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const WORKER = resolve(ROOT, 'bench/report-worker.ts');
/** Report sizes (respondents in one pulse). */
export const REPORT_SIZES = [10_000, 100_000, 1_000_000];
/** Measurements per figure; the median is reported. */
const RUNS = 3;
/** Goals of issue 12. */
const GOAL = { closedReportMs: 50, trendMs: 100, closeMs: 5000 };
const TREND_PULSES = 52;
const TREND_RESPONDENTS = 2000;
const CLOSE_ANSWERS = 100_000;

type Seeded = { seedMs: number; answers: number; people: number };

function worker<T>(args: string[]): T {
  const out = execFileSync(TSX, [WORKER, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as T;
}

/** RUNS cold processes of one mode; `fresh` gives each its own database (for the close). */
function runs(mode: string, path: string, fresh?: (run: number) => string): Measure[] {
  return Array.from({ length: RUNS }, (_, run) => worker<Measure>([mode, fresh ? fresh(run) : path]));
}

const met = (ms: number, goal: number) => `goal < ${goal} ms: ${ms < goal ? 'met' : 'NOT met'}`;
const mid = (ms: Measure[], pick: (m: Measure) => number) => median(ms.map(pick));
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/** A timed row: the first call in a fresh process, with the warm second call and peak RSS in the note. */
function timedRow(name: string, measures: Measure[], goal: number | undefined, extra: string): BenchRow {
  const cold = mid(measures, (m) => m.ms);
  const warm = mid(measures, (m) => m.warmMs);
  const peak = mid(measures, (m) => m.maxRssMb);
  const base = mid(measures, (m) => m.rssBeforeMb);
  return {
    name,
    value: `${fmt(cold)} ms`,
    note: [
      `first call in a fresh process (CPU ${fmt(mid(measures, (m) => m.cpuMs))} ms); again in the same process ${fmt(warm)} ms`,
      `peak RSS ${peak.toFixed(0)} MB (+${(peak - base).toFixed(0)} MB); median of ${RUNS} processes`,
      extra,
      goal === undefined ? '' : `${met(warm, goal)} warm, ${cold < goal ? 'met' : 'not met'} cold`,
    ]
      .filter(Boolean)
      .join('; '),
  };
}

const seedRow = (name: string, seeded: Seeded, note: string): BenchRow => ({
  name: `seed ${name} (not timed above)`,
  value: `${(seeded.seedMs / 1000).toFixed(1)} s`,
  note: `${seeded.answers.toLocaleString('en-GB')} answers × 10 touchpoints, ${seeded.people.toLocaleString('en-GB')} people invited; ${note}`,
});

function withDb<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'cx-align-bench-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sizeRows(size: number): BenchRow[] {
  return withDb((dir) => {
    const path = join(dir, 'bench.db');
    const seeded = worker<Seeded>(['seed', path, String(size), '1', 'closed']);
    const closed = runs('closed', path);
    const raw = runs('raw', path);
    const shown = closed[0]?.check.respondents ?? 0;
    return [
      timedRow(
        `closed-pulse report, ${k(size)} respondents`,
        closed,
        GOAL.closedReportMs,
        `the leader's /cx-alignment reply: snapshot read, model built, Slack message (${shown.toLocaleString('en-GB')} respondents shown)`,
      ),
      timedRow(
        `open-pulse aggregates, ${k(size)} respondents`,
        raw,
        undefined,
        'read from the answers and built (the CLI on an open pulse; what a close freezes); Slack never shows this',
      ),
      seedRow(
        `${k(size)} respondents`,
        seeded,
        'one transaction, prepared statements, the real tagger; results frozen',
      ),
    ];
  });
}

function trendRows(): BenchRow[] {
  return withDb((dir) => {
    const path = join(dir, 'bench.db');
    const pulses = String(TREND_PULSES);
    const seeded = worker<Seeded>(['seed', path, String(TREND_RESPONDENTS), pulses, 'closed']);
    const trend = runs('trend', path);
    const pooled = runs('pooled', path);
    return [
      timedRow(
        `trend, ${TREND_PULSES} closed pulses`,
        trend,
        GOAL.trendMs,
        `the leader's /cx-alignment trend reply (charts the newest ${trend[0]?.check.trendPulses ?? 0})`,
      ),
      timedRow(
        `all ${TREND_PULSES} closed pulses pooled`,
        pooled,
        GOAL.trendMs,
        `loadReport { last: ${TREND_PULSES} }, closed only: every snapshot read, anonymised and pooled`,
      ),
      seedRow(
        `${TREND_PULSES} pulses × ${k(TREND_RESPONDENTS)} respondents`,
        seeded,
        'every pulse closed and frozen',
      ),
    ];
  });
}

function closeRows(): BenchRow[] {
  return withDb((dir) => {
    const seededPath = join(dir, 'seeded.db');
    const seeded = worker<Seeded>(['seed', seededPath, String(CLOSE_ANSWERS), '1', 'open']);
    const fresh = (run: number) => {
      const copy = join(dir, `close-${run}.db`);
      copyFileSync(seededPath, copy);
      return copy;
    };
    const closes = runs('close', seededPath, fresh);
    const ms = mid(closes, (m) => m.ms);
    return [
      {
        name: `close a pulse of ${seeded.answers.toLocaleString('en-GB')} answers`,
        value: `${fmt(ms)} ms`,
        note: `the close transaction: status, freezeResults (${((closes[0]?.check.snapshotBytes ?? 0) / 1024).toFixed(0)} KB snapshot), deliveries cancelled; median of ${RUNS} fresh copies; peak RSS ${mid(closes, (m) => m.maxRssMb).toFixed(0)} MB; ${met(ms, GOAL.closeMs)}`,
      },
      seedRow(`open pulse, ${k(CLOSE_ANSWERS)} respondents`, seeded, 'left open for the close'),
    ];
  });
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
export async function benchReport(sizes: readonly number[] = REPORT_SIZES): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) rows.push(...sizeRows(size));
  rows.push(...trendRows(), ...closeRows(), ...taggerRows());
  return rows;
}
