#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ensureEnvFile, loadEnvFile } from './cli/env-file';
import { databasePathFrom, loadConfig, secretsOf } from './config/load-config';
import { closeDb, openDb } from './db/open-db';
import { createLogger, type Logger } from './logging/logger';

const USAGE = `Usage: cx-align <command>

Commands:
  start     run the Slack bot (Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT)
  migrate   create or upgrade the database at DATABASE_PATH
  report    the alignment report in the terminal: [--pulse N | --last N] [--format text|json|csv] [--threshold N]
  export    the report's aggregates as CSV on standard output: [--pulse N | --last N] [--threshold N]
  followups the follow-ups on divergences: overdue, open and resolved
  customers the customers' own scores per touchpoint: import FILE.csv | list [--period P]
  backup    a consistent online copy of the database: backup FILE
  demo      the report of a synthetic organisation, no Slack needed: [--seed N] [--respondents N] [--format …]
  help      this text`;

function fail(lines: string[], code = 1): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(code);
}

async function start(): Promise<void> {
  const wrote = ensureEnvFile(process.cwd());
  const created = wrote ? `Created ${wrote} from .env.example with a fresh pseudonym secret.` : null;
  loadEnvFile(process.cwd());
  const result = loadConfig(process.env);
  if (!result.ok) {
    fail([
      ...(created ? [created] : []),
      'CX Align cannot start until these settings are fixed (in .env or the environment):',
      ...result.problems.map((p) => `  - ${p}`),
      'See README.md, "Create the Slack app", for a step-by-step guide.',
    ]);
  }
  const { config } = result;
  const logger = createLogger({
    level: config.logLevel,
    secrets: secretsOf(config),
    ...(config.logFormat ? { format: config.logFormat } : {}),
  });
  if (created) logger.info(created);
  const { startBot } = await import('./app/bot');
  const bot = await startBot(config, logger);
  logger.info(
    bot.mode === 'http'
      ? `CX Align is listening on port ${bot.port} at /slack/events (HTTP mode)`
      : 'CX Align is connected to Slack (Socket Mode)',
  );
  stopOnSignals(bot, logger);
}

/** The exit code of a process ended by `signal` (128 + its number): 130 for SIGINT, 143 for SIGTERM. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/** Past this the stop is abandoned: systemd and most managers kill at 10 s. */
const STOP_DEADLINE_MS = 9_500;

/**
 * SIGTERM or SIGINT stops the bot cleanly and exits 0 (see app/shutdown.ts). A second signal
 * while it stops exits at once with 130 (SIGINT) or 143 (SIGTERM), as if killed by it.
 */
function stopOnSignals(bot: { stop(): Promise<void> }, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: keyof typeof SIGNAL_EXIT) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now (code ${SIGNAL_EXIT[signal]}) without waiting`);
      process.exit(SIGNAL_EXIT[signal]);
    }
    stopping = true;
    logger.info(`${signal} received: stopping (a second signal exits at once)`);
    setTimeout(() => {
      logger.error(`the stop took over ${STOP_DEADLINE_MS} ms: exiting (code 1)`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    bot.stop().then(
      () => {
        logger.info('stopped cleanly: exiting (code 0)');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('stop failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
}

function migrateCommand(): void {
  loadEnvFile(process.cwd());
  const path = databasePathFrom(process.env);
  const db = openDb(path);
  closeDb(db);
  process.stdout.write(`Database at ${path} is up to date.\n`);
}

async function main(argv: string[]): Promise<void> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  const [command = 'help'] = positionals;
  switch (command) {
    case 'start':
      return start();
    case 'migrate':
      return migrateCommand();
    case 'report':
      process.exitCode = (await import('./cli/report-command')).runReportCommand(
        argv.slice(argv.indexOf(command) + 1),
      );
      return;
    case 'export':
      process.exitCode = (await import('./cli/report-command')).runReportCommand([
        ...argv.slice(argv.indexOf(command) + 1),
        '--format',
        'csv',
      ]);
      return;
    case 'followups':
      process.exitCode = (await import('./cli/followups-command')).runFollowUpsCommand(
        argv.slice(argv.indexOf(command) + 1),
      );
      return;
    case 'customers':
      process.exitCode = (await import('./cli/customers-command')).runCustomersCommand(
        argv.slice(argv.indexOf(command) + 1),
      );
      return;
    case 'demo':
      process.exitCode = (await import('./cli/demo-command')).runDemoCommand(
        argv.slice(argv.indexOf(command) + 1),
      );
      return;
    case 'backup': {
      const { runBackupCommand } = await import('./cli/backup-command');
      const { processIo } = await import('./cli/report-command');
      process.exitCode = await runBackupCommand(argv.slice(argv.indexOf(command) + 1), processIo());
      return;
    }
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      fail([`Unknown command "${command}".`, USAGE], 2);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  fail([`CX Align stopped: ${message}`]);
});
