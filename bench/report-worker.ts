/**
 * Child process of the report benchmark, one measurement per process so its peak RSS is its own:
 *   seed <db> <respondents> <pulses> closed|open   seeds the synthetic organisation (its newest pulse
 *                                                  closed or open) and a leader
 *   closed <db>   the leader's `/cx-alignment` report: the latest closed pulse's snapshot, through the
 *                 report service Slack calls (loader, report model, Slack message)
 *   trend <db>    the leader's `/cx-alignment trend`, the same way
 *   pooled <db>   every closed pulse's snapshot pooled into one report (loadReport, `last`, closed only)
 *   raw <db>      pulse 1's aggregates read from its answers and its model built (an open pulse's
 *                 path, the CLI's; what a close freezes)
 *   close <db>    closes the open pulse: status, frozen results and deliveries in one transaction
 * Each prints one JSON line: the first (cold) call, a second (warm) one, CPU and memory.
 */

import { buildReport } from '../src/analytics/report/index';
import { DEFAULT_LEXICON } from '../src/analytics/themes/index';
import { createContainer } from '../src/app/container';
import { closeDb, type Db, openDb } from '../src/db/open-db';
import { createPulseRepository } from '../src/db/repositories/pulse-repository';
import { loadReportAggregates } from '../src/db/repositories/report-repository';
import { seedOrganisation } from '../src/db/repositories/seed-repository';
import { generateOrganisation } from '../src/demo/generate-organisation';
import { loadReport } from '../src/services/report-loader';
import { benchConfig, benchLogger } from './bench-bot';

const MB = 1024 * 1024;
const ADMIN = 'UADMIN001';
const BENCH_LEADER = 'ULEADER01';
const THRESHOLD = 5;

/** What one measurement prints. */
export interface Measure {
  ms: number;
  warmMs: number;
  cpuMs: number;
  rssBeforeMb: number;
  maxRssMb: number;
  /** What was built, to check the work was real (respondents, pulses, bytes…). */
  check: Record<string, number>;
}

const containerOf = (db: Db, path: string) =>
  createContainer({ config: benchConfig('http://127.0.0.1:9/api/', path, ADMIN), db, logger: benchLogger() });

function seed(db: Db, path: string, respondents: number, pulses: number, newest: string) {
  const org = generateOrganisation({ seed: 42, respondents, pulses });
  const last = org.pulses.length - 1;
  const shaped = {
    ...org,
    pulses: org.pulses.map((p, i) =>
      i === last
        ? {
            ...p,
            status: newest === 'open' ? ('open' as const) : ('closed' as const),
            closedAt: newest === 'open' ? null : p.closesAt,
          }
        : p,
    ),
  };
  const started = performance.now();
  seedOrganisation(db, shaped);
  const seedMs = performance.now() - started;
  containerOf(db, path).settings.update({ leaders: { users: [BENCH_LEADER], usergroup: null } }, ADMIN);
  const answers = shaped.pulses.reduce((sum, p) => sum + p.answers.length, 0);
  return { seedMs, answers, people: org.people.length };
}

/** Times `work` twice in this process: the first call cold, the second warm. */
async function measure(
  work: () => unknown,
  check: () => Promise<Record<string, number>> | Record<string, number>,
): Promise<Measure> {
  const rssBefore = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  let started = performance.now();
  await work();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  started = performance.now();
  await work();
  const warmMs = performance.now() - started;
  return {
    ms,
    warmMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssBeforeMb: rssBefore / MB,
    maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    check: await check(),
  };
}

const themes = DEFAULT_LEXICON.themes.map((t) => ({ key: t.key, label: t.label }));

function run(mode: string, db: Db, path: string): Promise<Measure> {
  const container = containerOf(db, path);
  const count = (sql: string) => Number(db.$client.prepare(sql).pluck().get());
  if (mode === 'closed' || mode === 'trend') {
    const reply = () =>
      mode === 'closed' ? container.reports.report(BENCH_LEADER) : container.reports.trend(BENCH_LEADER);
    return measure(reply, async () => {
      const model = container.reports.latest();
      return {
        respondents: model?.totals.respondents ?? 0,
        trendPulses: model?.trend.length ?? 0,
        replyBytes: JSON.stringify(await reply()).length,
      };
    });
  }
  if (mode === 'pooled') {
    const pulses = count(`select count(*) from pulses where status = 'closed'`);
    const pooled = () => loadReport(db, { last: pulses }, THRESHOLD, { closedOnly: true });
    return measure(pooled, () => ({ pulses: pooled()?.window.pulseIds.length ?? 0 }));
  }
  if (mode === 'raw') {
    const raw = () =>
      buildReport(
        { ...loadReportAggregates(db, [1], { minRaters: THRESHOLD }), themes },
        { threshold: THRESHOLD },
      );
    return measure(raw, () => ({ respondents: raw().totals.respondents }));
  }
  if (mode === 'close') {
    const id = count(`select id from pulses where status = 'open' order by id desc limit 1`);
    const repo = createPulseRepository(db);
    return measure(
      () => repo.close(id, new Date()),
      () => ({ snapshotBytes: count(`select length(results) from pulse_results where pulse_id = ${id}`) }),
    );
  }
  throw new Error(`unknown mode ${mode}`);
}

const [mode, path, ...rest] = process.argv.slice(2);
if (mode === undefined || path === undefined) throw new Error('usage: report-worker.ts <mode> <db> …');
const db = openDb(path);
const out =
  mode === 'seed'
    ? Promise.resolve(seed(db, path, Number(rest[0]), Number(rest[1] ?? 1), rest[2] ?? 'closed'))
    : run(mode, db, path);
out
  .then((figures) => {
    closeDb(db);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
