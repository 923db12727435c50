/**
 * `npm run demo [-- --seed N --respondents N --pulses N --format text|json|csv]`: builds the
 * synthetic organisation in a temporary database (removed afterwards) and prints its report. Needs
 * no Slack workspace and no .env.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_ANONYMITY_THRESHOLD } from '../analytics/report/index';
import { closeDb, type Db, openDb } from '../db/open-db';
import { createCustomerScoreRepository } from '../db/repositories/customer-score-repository';
import { seedOrganisation } from '../db/repositories/seed-repository';
import { createTouchpointRepository } from '../db/repositories/touchpoint-repository';
import { demoCustomerCsv } from '../demo/customer-scores';
import { generateOrganisation } from '../demo/generate-organisation';
import { importCustomerScores } from '../services/customers/index';
import { loadReport } from '../services/report-loader';
import { type CommandIo, formatSchema, processIo, renderReport } from './report-command';

export const DEMO_USAGE = `Usage: npm run demo [-- --seed N --respondents N --pulses N --format text|json|csv]

  --seed N          the synthetic organisation's seed (default 42): same seed, same report
  --respondents N   people who answer each pulse, 20 to 200000 (default 400)
  --pulses N        pulses, every two weeks, 1 to 12 (default 3)
  --format F        text (default), json or csv`;

const wholeNumber = (flag: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${flag} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${flag} must be at least ${min}`).max(max, `${flag} must be at most ${max}`));

const flagsSchema = z.object({
  seed: wholeNumber('--seed', 0, 4_294_967_295).default(42),
  respondents: wholeNumber('--respondents', 20, 200_000).default(400),
  pulses: wholeNumber('--pulses', 1, 12).default(3),
  format: formatSchema.default('text'),
  help: z.boolean().optional(),
});

function parseDemoFlags(args: string[]) {
  try {
    const { values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        seed: { type: 'string' },
        respondents: { type: 'string' },
        pulses: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const parsed = flagsSchema.safeParse(values);
    return parsed.success
      ? { ok: true as const, flags: parsed.data }
      : { ok: false as const, problem: parsed.error.issues[0]?.message ?? 'bad arguments' };
  } catch (error) {
    return {
      ok: false as const,
      problem: (error instanceof Error ? error.message : String(error)).split('\n')[0],
    };
  }
}

/** The demo's customer scores, through the same import an admin runs. */
function importDemoCustomers(db: Db, at: Date): void {
  const scores = createCustomerScoreRepository(db);
  const touchpoints = createTouchpointRepository(db);
  const result = importCustomerScores(
    {
      touchpoints: () => touchpoints.listActive(),
      upsertAll: (rows) => scores.upsertAll(rows),
      clock: () => at,
    },
    demoCustomerCsv(),
    'demo',
  );
  if (!result.ok) throw new Error(`the demo's customer scores did not import: ${result.errors.join('; ')}`);
}

/** Runs the demo; returns the exit code (2 for bad flags). */
export function runDemoCommand(args: string[], io: CommandIo = processIo()): number {
  const parsed = parseDemoFlags(args);
  if (!parsed.ok) {
    io.stderr(`${parsed.problem ?? 'bad arguments'}\n\n${DEMO_USAGE}\n`);
    return 2;
  }
  const { flags } = parsed;
  if (flags.help) {
    io.stdout(`${DEMO_USAGE}\n`);
    return 0;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cx-align-demo-'));
  const db = openDb(join(dir, 'demo.db'));
  try {
    io.stderr(
      `Synthetic organisation: seed ${flags.seed}, ${flags.respondents} respondents, ${flags.pulses} pulse(s), ` +
        'in a temporary database that is deleted afterwards.\n\n',
    );
    const org = generateOrganisation({
      seed: flags.seed,
      respondents: flags.respondents,
      pulses: flags.pulses,
    });
    seedOrganisation(db, org);
    const newest = org.pulses.at(-1);
    const at = new Date(newest?.closedAt ?? newest?.closesAt ?? Date.now());
    importDemoCustomers(db, at);
    // the newest pulse may still be open: it maps to a customer period at its planned close
    const model = loadReport(db, { last: 1 }, DEFAULT_ANONYMITY_THRESHOLD, { now: at });
    if (model === null) throw new Error('the synthetic organisation has no pulse');
    io.stdout(renderReport(model, flags.format));
    return 0;
  } finally {
    closeDb(db);
    rmSync(dir, { recursive: true, force: true });
  }
}
