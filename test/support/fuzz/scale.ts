/**
 * How hard the property tests search. CI runs them at scale 1 (a bounded time); a deeper search
 * before a release is `FUZZ_SCALE=20 npx vitest run test/stress test/analytics test/render`, which
 * multiplies every property test's runs and its time limit alike. fast-check prints the seed and
 * path of any counterexample, so a failure found either way can be replayed.
 */
import { z } from 'zod';

const scale = z.coerce
  .number()
  .positive()
  .max(1000)
  .catch(1)
  .parse(process.env.FUZZ_SCALE ?? 1);

/** `n` runs at scale 1, scaled by FUZZ_SCALE (at least one). */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * scale));
}

/** A test's time limit for `ms` at scale 1, scaled with the runs it has to do. */
export function fuzzTimeout(ms: number): number {
  return Math.round(ms * Math.max(1, scale));
}
