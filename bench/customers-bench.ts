/**
 * Customer-score import benchmark: 100,000 valid rows through `importCustomerScores` into a real
 * SQLite file (csv-parse, zod per row, one transaction), split into parse + check and the store.
 * Standalone: `npx tsx bench/customers-bench.ts`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_TOUCHPOINTS } from '../src/constants/defaults';
import { createCustomerScoreRepository } from '../src/db/repositories/customer-score-repository';
import { createTouchpointRepository } from '../src/db/repositories/touchpoint-repository';
import { importCustomerScores } from '../src/services/customers/index';
import { freshDb } from '../test/support/test-db';
import type { BenchRow } from './bench-row';

const ROWS = 100_000;
const METRICS = ['CSAT', 'CES', 'NPS', 'reviews', 'stars'];

function csvOf(rows: number): string {
  const lines = ['period,touchpoint,metric,score,scale,n'];
  for (let i = 0; lines.length <= rows; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    for (const t of DEFAULT_TOUCHPOINTS)
      for (const m of METRICS) lines.push(`${day},${t},${m},${i % 11},0..10,${100 + (i % 50)}`);
  }
  return `${lines.slice(0, rows + 1).join('\n')}\n`;
}

export async function benchCustomers(): Promise<BenchRow[]> {
  const fresh = freshDb();
  try {
    createTouchpointRepository(fresh.db).insertMany(DEFAULT_TOUCHPOINTS);
    const scores = createCustomerScoreRepository(fresh.db);
    const touchpoints = createTouchpointRepository(fresh.db);
    let storeMs = 0;
    const deps = {
      touchpoints: () => touchpoints.listActive(),
      upsertAll: (rows: Parameters<typeof scores.upsertAll>[0]) => {
        const started = performance.now();
        const result = scores.upsertAll(rows);
        storeMs = performance.now() - started;
        return result;
      },
      clock: () => new Date(),
    };
    const text = csvOf(ROWS);
    const started = performance.now();
    const result = importCustomerScores(deps, text, 'bench.csv');
    const totalMs = performance.now() - started;
    if (!result.ok) throw new Error(result.errors.slice(0, 3).join('; '));
    return [
      {
        name: 'customers import 100k rows',
        value: `${(totalMs / 1000).toFixed(2)} s`,
        note: 'csv-parse + zod per row + one transaction',
      },
      {
        name: 'customers import: store',
        value: `${(storeMs / 1000).toFixed(2)} s`,
        note: 'the upsert transaction alone',
      },
    ];
  } finally {
    fresh.cleanup();
  }
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href)
  for (const row of await benchCustomers())
    process.stdout.write(`${row.name}: ${row.value} (${row.note ?? ''})\n`);
