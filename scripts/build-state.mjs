// Whether dist/ is a current build of src/: shared by ensure-build.mjs, bin/cx-align.mjs and the
// vitest global setup. A build writes dist/.built last, so a half-written dist/ counts as missing.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');
export const STAMP = join(DIST, '.built');
export const DIST_MAIN = join(DIST, 'main.js');

/** What a build is made from: the sources and the files that say how they compile. */
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** 'missing' (no complete build), 'stale' (a source is newer than the build) or 'fresh'. */
export function buildState(root = ROOT) {
  const stamp = join(root, 'dist', '.built');
  if (!existsSync(stamp) || !existsSync(join(root, 'dist', 'main.js'))) return 'missing';
  // no src/ (an install of the built files alone): the build is all there is
  if (!existsSync(join(root, 'src'))) return 'fresh';
  const built = statSync(stamp).mtimeMs;
  const inputs = INPUTS.map((p) => join(root, p)).filter((p) => existsSync(p));
  return Math.max(...inputs.map(newestMtime)) > built ? 'stale' : 'fresh';
}
