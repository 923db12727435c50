// `npm start`'s prestart (and the tests' global setup): builds dist/ when it is missing or older
// than src/, else does nothing. It emits without type-checking; `npm test` and `npm run build` check.

import { build } from './build.mjs';
import { buildState } from './build-state.mjs';

const state = buildState();
if (state !== 'fresh') {
  process.stderr.write(`dist/ is ${state}: building…\n`);
  try {
    const { files, ms } = build({ check: false });
    process.stderr.write(`built ${files} files into dist/ in ${ms} ms\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
