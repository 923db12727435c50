import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * On a first start, writes `.env` from `.env.example` with a freshly generated pseudonym secret,
 * so the only values left to fill in are the ones Slack gives. Returns the path when it wrote one.
 */
export function ensureEnvFile(cwd: string): string | null {
  const target = resolve(cwd, '.env');
  const example = resolve(PROJECT_ROOT, '.env.example');
  if (existsSync(target) || !existsSync(example)) return null;
  const secret = randomBytes(32).toString('hex');
  const text = readFileSync(example, 'utf8').replace(
    /^CX_ALIGN_PSEUDONYM_SECRET=.*$/m,
    `CX_ALIGN_PSEUDONYM_SECRET=${secret}`,
  );
  writeFileSync(target, text, { mode: 0o600 });
  return target;
}

/** Loads `.env` from the working directory into process.env; variables already set win. */
export function loadEnvFile(cwd: string): void {
  loadDotenv({ path: resolve(cwd, '.env'), quiet: true });
}
