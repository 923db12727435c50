/**
 * `cx-align report [--pulse N | --last N] [--format text|json|csv] [--threshold N]`: the alignment
 * report in the terminal, from the database at DATABASE_PATH (environment or .env; default
 * ./data/cx-align.db).
 *
 * Exit codes: 0 the report was printed, or there is nothing to report yet (no database or no
 * pulse: it says to run `npm run demo`); 1 the pulse asked for does not exist; 2 bad flags (one
 * friendly line and the usage, never a stack trace).
 */

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  DEFAULT_ANONYMITY_THRESHOLD,
  MIN_ANONYMITY_THRESHOLD,
  type ReportModel,
} from '../analytics/report/index';
import { DEFAULT_DATABASE_PATH, databasePathFrom } from '../config/load-config';
import { closeDb, openDb } from '../db/open-db';
import { readAnonymityThreshold } from '../db/repositories/report-repository';
import { renderCsvReport } from '../render/csv-report';
import { renderTextReport } from '../render/text-report';
import { loadReport } from '../services/report-loader';
import { loadEnvFile } from './env-file';

export const REPORT_USAGE = `Usage: cx-align report [--pulse N | --last N] [--format text|json|csv] [--threshold N]

  --pulse N       the report of pulse N
  --last N        the last N pulses pooled (default: the latest pulse)
  --format F      text (default), json (the report model) or csv (aggregates per department and touchpoint)
  --threshold N   anonymity threshold, at least ${MIN_ANONYMITY_THRESHOLD} (default: the admin's setting, else ${DEFAULT_ANONYMITY_THRESHOLD})

Reads the database at DATABASE_PATH (default ${DEFAULT_DATABASE_PATH}).`;

export const NO_PULSES_YET = 'No pulses yet — run `npm run demo` to see an example.';

/** Where a command writes, and the environment it reads. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The process's own streams, environment and working directory. */
export function processIo(): CommandIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  };
}

const wholeNumber = (flag: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${flag} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${flag} must be at least ${min}`).max(max, `${flag} must be at most ${max}`));

export const formatSchema = z.enum(['text', 'json', 'csv'], { error: '--format must be text, json or csv' });

const flagsSchema = z
  .object({
    pulse: wholeNumber('--pulse', 1, 999_999_999).optional(),
    last: wholeNumber('--last', 1, 100).optional(),
    format: formatSchema.default('text'),
    threshold: wholeNumber('--threshold', MIN_ANONYMITY_THRESHOLD, 100).optional(),
    help: z.boolean().optional(),
  })
  .refine((f) => f.pulse === undefined || f.last === undefined, 'use either --pulse or --last, not both');

export type ReportFlags = z.infer<typeof flagsSchema>;

/** Parses flags with `parseArgs` then zod: the flags, or one friendly line. */
export function parseReportFlags(
  args: string[],
): { ok: true; flags: ReportFlags } | { ok: false; problem: string } {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        pulse: { type: 'string' },
        last: { type: 'string' },
        format: { type: 'string' },
        threshold: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, problem: message ?? 'bad arguments' };
  }
  const parsed = flagsSchema.safeParse(values);
  if (parsed.success) return { ok: true, flags: parsed.data };
  return { ok: false, problem: parsed.error.issues[0]?.message ?? 'bad arguments' };
}

/** The report in the chosen format. */
export function renderReport(model: ReportModel, format: ReportFlags['format']): string {
  if (format === 'json') return `${JSON.stringify(model, null, 2)}\n`;
  return format === 'csv' ? renderCsvReport(model) : renderTextReport(model);
}

/** Runs `cx-align report …`; returns the exit code. */
export function runReportCommand(args: string[], io: CommandIo = processIo()): number {
  const parsed = parseReportFlags(args);
  if (!parsed.ok) {
    io.stderr(`${parsed.problem}\n\n${REPORT_USAGE}\n`);
    return 2;
  }
  const { flags } = parsed;
  if (flags.help) {
    io.stdout(`${REPORT_USAGE}\n`);
    return 0;
  }
  loadEnvFile(io.cwd);
  const path = resolve(io.cwd, databasePathFrom(io.env));
  if (!existsSync(path)) {
    io.stdout(`${NO_PULSES_YET}\n`);
    return 0;
  }
  const db = openDb(path);
  try {
    const threshold =
      flags.threshold ??
      Math.max(MIN_ANONYMITY_THRESHOLD, readAnonymityThreshold(db) ?? DEFAULT_ANONYMITY_THRESHOLD);
    const model = loadReport(
      db,
      flags.pulse === undefined ? { last: flags.last ?? 1 } : { pulseId: flags.pulse },
      threshold,
    );
    if (model === null) {
      if (flags.pulse === undefined) io.stdout(`${NO_PULSES_YET}\n`);
      else io.stderr(`Pulse ${flags.pulse} does not exist. Run \`cx-align report\` for the latest pulse.\n`);
      return flags.pulse === undefined ? 0 : 1;
    }
    if (model.threshold > threshold)
      io.stderr(
        `Shown at a threshold of ${model.threshold}, the one its people answered under: --threshold can raise it, never lower it.\n`,
      );
    io.stdout(renderReport(model, flags.format));
    return 0;
  } finally {
    closeDb(db);
  }
}
