import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { normalise, parseScale } from '../../src/analytics/customers/scale';
import { runCustomersCommand } from '../../src/cli/customers-command';
import { DEFAULT_TOUCHPOINTS } from '../../src/constants/defaults';
import { createCustomerScoreRepository } from '../../src/db/repositories/customer-score-repository';
import { createTouchpointRepository } from '../../src/db/repositories/touchpoint-repository';
import { freshDb } from '../support/test-db';

let cleanup = () => {};
afterEach(() => cleanup());

const HEADER = 'period,touchpoint,metric,score,scale,n';
const NOW = new Date('2026-12-01T09:00:00Z');
const TOUCHPOINTS: readonly string[] = DEFAULT_TOUCHPOINTS;

function setUp() {
  const fresh = freshDb();
  cleanup = fresh.cleanup;
  createTouchpointRepository(fresh.db).insertMany(TOUCHPOINTS);
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: (t: string) => out.push(t),
    stderr: (t: string) => err.push(t),
    env: { DATABASE_PATH: fresh.path },
    cwd: fresh.dir,
  };
  const scores = createCustomerScoreRepository(fresh.db);
  const run = (name: string, lines: readonly string[]) => {
    writeFileSync(join(fresh.dir, name), `${lines.join('\n')}\n`);
    out.length = 0;
    err.length = 0;
    const code = runCustomersCommand(['import', name], io, () => NOW);
    return { code, out: out.join(''), err: err.join('') };
  };
  return { fresh, run, scores, io, out };
}

const support = TOUCHPOINTS.find((t) => t.includes('support')) ?? 'Customer support';
const [first = 'Advertising', second = 'Content'] = TOUCHPOINTS;

describe('cx-align customers import', () => {
  it('imports valid rows, normalises each onto 1–5 and prints the rule', () => {
    const { run, scores } = setUp();
    const rows = [
      `2026-Q3,${support},CSAT,4.2,1..5,812`,
      `2026-Q3,${support},NPS,-20,-100..100,640`,
      `2026-Q3,${first},reviews,7.5,0-10,95`,
    ];
    const result = run('ok.csv', [HEADER, ...rows]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Imported 3 customer scores (3 new, 0 replaced) for 2026-Q3');
    expect(result.out).toContain('1 + 4·(nps + 100)/200');
    const stored = new Map(scores.list().map((r) => [r.metric, r]));
    expect(stored.get('CSAT')?.normalised).toBeCloseTo(4.2, 10);
    expect(stored.get('NPS')?.normalised).toBeCloseTo(1 + (4 * 80) / 200, 10);
    expect(stored.get('reviews')?.normalised).toBeCloseTo(1 + (4 * 7.5) / 10, 10);
    expect(stored.get('reviews')?.source).toBe('ok.csv');
    // importing the same key again replaces it
    const again = run('again.csv', [HEADER, `2026-Q3,${support},CSAT,3.9,1..5,900`]);
    expect(again.out).toContain('(0 new, 1 replaced)');
    expect(scores.list().find((r) => r.metric === 'CSAT')?.n).toBe(900);
  });

  it('a scale written high to low means lower is better', () => {
    const scale = parseScale('7..1');
    expect(scale).not.toBeNull();
    if (scale === null) return;
    expect(normalise(1, scale)).toBe(5);
    expect(normalise(7, scale)).toBe(1);
  });

  it('refuses a header with wrong columns and imports nothing', () => {
    const { run, scores } = setUp();
    const result = run('cols.csv', [
      'period,touchpoint,metric,value,scale,n,extra',
      `2026-Q3,${support},CSAT,4,1..5,10,x`,
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      "line 1: the header must name the columns period, touchpoint, metric, score, scale, n (any order); missing 'score'; unknown 'value', 'extra'",
    );
    expect(scores.count()).toBe(0);
  });

  it('reports every bad line, with a suggestion for a misspelt touchpoint, and imports nothing', () => {
    const { run, scores } = setUp();
    const misspelt = `${support.slice(0, 3)}${support.slice(4)}`;
    const result = run('bad.csv', [
      HEADER,
      `2026-Q3,${first},CSAT,4.1,1..5,300`,
      `2026-Q3,${misspelt},CSAT,4.1,1..5,300`,
      `2026-Q3,${second},CSAT,6,1..5,300`,
      `2026-Q3,${second},NPS,120,-100..100,300`,
      `2026-Q9,${second},CES,3,1..7,300`,
      `2026-Q3,${second},CES,3,1..7,0`,
      `2026-Q3,${second},CES,3,seven,20`,
      `2026-Q3,${first},CSAT,4.4,1..5,280`,
      `2026-Q3,${first}`,
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Nothing was imported from bad.csv: 8 problems.');
    expect(result.err).toContain(`line 3: unknown touchpoint '${misspelt}'; did you mean '${support}'?`);
    expect(result.err).toContain('line 4: score 6 is off its scale 1..5');
    expect(result.err).toContain('line 5: score 120 is off its scale -100..100');
    expect(result.err).toContain("line 6: period '2026-Q9' is not one of");
    expect(result.err).toContain('line 7: n must be a whole number of customers, at least 1');
    expect(result.err).toContain("line 8: scale 'seven' is not worst..best");
    expect(result.err).toContain(
      `line 9: duplicate of line 2 (CSAT of '${first}' in 2026-Q3 is there twice)`,
    );
    expect(result.err).toContain('line 10: 2 values, the header has 6');
    expect(scores.count()).toBe(0);
  });

  it('imports 100,000 rows in a few seconds, and none when the last one fails', () => {
    const { run, scores } = setUp();
    const rows: string[] = [];
    for (let i = 0; rows.length < 100_000; i++) {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      for (const t of TOUCHPOINTS)
        for (const m of ['CSAT', 'CES', 'NPS', 'reviews', 'stars'])
          rows.push(`${day},${t},${m},3.5,1..5,${100 + (i % 50)}`);
    }
    rows.length = 100_000;
    const bad = run('big-bad.csv', [HEADER, ...rows, `2030-01-01,${first},CSAT,9,1..5,10`]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('1 problem');
    expect(bad.err).toContain('line 100002: score 9 is off its scale 1..5');
    expect(scores.count()).toBe(0);
    const started = performance.now();
    const good = run('big.csv', [HEADER, ...rows]);
    const seconds = (performance.now() - started) / 1000;
    expect(good.code).toBe(0);
    expect(scores.count()).toBe(100_000);
    console.info(`customers import: 100,000 rows in ${seconds.toFixed(2)} s`);
    // about 4 s on an idle 2-core machine; the bound only catches a quadratic slip on a busy one
    expect(seconds).toBeLessThan(30);
  }, 120_000);

  it('says so when the database has no touchpoints yet', () => {
    const { run, fresh, scores } = setUp();
    fresh.db.$client.exec('delete from touchpoints');
    const result = run('early.csv', [HEADER, `2026-Q3,${support},CSAT,4.2,1..5,812`]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('the database has no touchpoints yet');
    expect(scores.count()).toBe(0);
  });

  it('lists the stored scores, one period on request', () => {
    const { run, io, out } = setUp();
    run('two.csv', [HEADER, `2026-Q3,${support},CSAT,4.2,1..5,812`, `2026-Q2,${support},CSAT,3.1,1..5,700`]);
    out.length = 0;
    expect(runCustomersCommand(['list', '--period', '2026-Q2'], io)).toBe(0);
    const text = out.join('');
    expect(text).toContain('Customer scores (1)');
    expect(text).toContain('3.1 on 1..5');
    expect(text).not.toContain('2026-Q3');
  });
});
