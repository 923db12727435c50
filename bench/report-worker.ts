/**
 * Child process of the report benchmark, so each measurement has its own peak RSS:
 *   tsx bench/report-worker.ts seed <db> <respondents>   → seeds one pulse, prints {"seedMs": …}
 *   tsx bench/report-worker.ts measure <db>              → loads and builds the report of pulse 1
 * and prints one JSON line of figures.
 */
import { buildReport } from '../src/analytics/report/index';
import { DEFAULT_LEXICON } from '../src/analytics/themes/index';
import { closeDb, openDb } from '../src/db/open-db';
import { loadReportAggregates } from '../src/db/repositories/report-repository';
import { seedOrganisation } from '../src/db/repositories/seed-repository';
import { generateOrganisation } from '../src/demo/generate-organisation';

const MB = 1024 * 1024;
const [mode, path, size] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: report-worker.ts seed|measure <db> [respondents]');

if (mode === 'seed') {
  const org = generateOrganisation({ seed: 42, respondents: Number(size), pulses: 1 });
  const db = openDb(path);
  const started = performance.now();
  seedOrganisation(db, org);
  const seedMs = performance.now() - started;
  closeDb(db);
  process.stdout.write(`${JSON.stringify({ seedMs, answers: org.pulses[0]?.answers.length ?? 0 })}\n`);
} else {
  const db = openDb(path);
  const themes = DEFAULT_LEXICON.themes.map((t) => ({ key: t.key, label: t.label }));
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const aggregates = loadReportAggregates(db, [1], { minRaters: 5 });
  const loaded = performance.now();
  const model = buildReport({ ...aggregates, themes }, { threshold: 5 });
  const built = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  const heapAfter = process.memoryUsage().heapUsed;
  closeDb(db);
  process.stdout.write(
    `${JSON.stringify({
      loadMs: loaded - started,
      buildMs: built - loaded,
      totalMs: built - started,
      cpuMs: (cpu.user + cpu.system) / 1000,
      rssBeforeMb: rssBefore / MB,
      maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
      heapDeltaMb: (heapAfter - heapBefore) / MB,
      respondents: model.totals.respondents,
    })}\n`,
  );
}
