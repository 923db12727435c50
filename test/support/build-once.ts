/**
 * Vitest global setup: builds dist/ once before any test file runs, when it is missing or older
 * than src/ (the tests that start the compiled app, and bin/cx-align.mjs, which runs a current
 * build). The same script as `npm start`'s prestart.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  const out = spawnSync(process.execPath, [resolve(root, 'scripts/ensure-build.mjs')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (out.status !== 0) throw new Error(`building dist/ failed:\n${out.stderr}`);
}
