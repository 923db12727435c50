/**
 * `npm run bench`: runs every benchmark module and prints one table (name | value | note).
 * To add a benchmark, export an async function returning BenchRow[] and list it in BENCHES.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchAck } from './ack-bench';
import type { BenchModule, BenchRow } from './bench-row';
import { benchCloseAck } from './close-ack-bench';
import { benchColdStart } from './cold-start-bench';
import { benchCustomers } from './customers-bench';
import { benchFanout } from './fanout-bench';
import { benchReport } from './report-bench';
import { benchThemes } from './themes-bench';

/** Every benchmark, in the order its rows are printed. */
export const BENCHES: { name: string; run: BenchModule }[] = [
  { name: 'report', run: benchReport },
  { name: 'ack', run: benchAck },
  { name: 'ack during a close', run: () => benchCloseAck() },
  { name: 'fan-out', run: () => benchFanout() },
  { name: 'cold start', run: benchColdStart },
  { name: 'themes', run: benchThemes },
  { name: 'customers', run: benchCustomers },
];

/** Formats rows as a plain table with a header. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header: BenchRow = { name: 'name', value: 'value', note: 'note' };
  const all = [header, ...rows];
  const nameWidth = Math.max(...all.map((r) => r.name.length));
  const valueWidth = Math.max(...all.map((r) => r.value.length));
  const line = (r: BenchRow) =>
    `${r.name.padEnd(nameWidth)} | ${r.value.padStart(valueWidth)} | ${r.note ?? ''}`.trimEnd();
  return [
    line(header),
    `${'-'.repeat(nameWidth)}-|-${'-'.repeat(valueWidth)}-|-${'-'.repeat(4)}`,
    ...rows.map(line),
  ].join('\n');
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  const started = performance.now();
  for (const bench of BENCHES) {
    process.stderr.write(
      `running ${bench.name}… (${((performance.now() - started) / 1000).toFixed(0)} s in)\n`,
    );
    try {
      rows.push(...(await bench.run()));
    } catch (error) {
      rows.push({
        name: bench.name,
        value: 'failed',
        note: error instanceof Error ? error.message.split('\n')[0] : String(error),
      });
    }
  }
  process.stdout.write(`${formatTable(rows)}\n`);
  process.stderr.write(`npm run bench took ${((performance.now() - started) / 60_000).toFixed(1)} min\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
