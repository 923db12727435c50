#!/usr/bin/env node
// `npx cx-align …`: runs the compiled CLI (dist/, `npm run build`) when it is a current build of
// src/, else the TypeScript through tsx, so a checkout works with or without a build.
import { pathToFileURL } from 'node:url';
import { buildState, DIST_MAIN } from '../scripts/build-state.mjs';

if (buildState() === 'fresh') {
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(DIST_MAIN).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
