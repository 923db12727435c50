/**
 * A tiny seeded pseudo-random generator (mulberry32) and the draws the synthetic organisation
 * needs. Same seed, same organisation, on every machine.
 */

/** A source of uniform numbers in [0, 1) and the draws built on it. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** Index drawn with probability proportional to its weight; -1 when all weights are 0. */
  weighted(weights: readonly number[]): number;
  /** `count` lower-case hex characters. */
  hex(count: number): string;
}

/**
 * mulberry32 by Tommy Ettinger (public domain): a 32-bit state, period 2³², good enough for
 * synthetic data and much faster than a cryptographic generator.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A {@link Random} seeded with `seed`. */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const random: Random = {
    next,
    normal: () => {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('cannot pick from an empty list');
      return item;
    },
    weighted: (weights) => {
      const total = weights.reduce((acc, w) => acc + Math.max(0, w), 0);
      if (!(total > 0)) return -1;
      let target = next() * total;
      let last = -1;
      for (let i = 0; i < weights.length; i += 1) {
        const w = Math.max(0, weights[i] ?? 0);
        if (w === 0) continue;
        last = i;
        target -= w;
        if (target < 0) return i;
      }
      return last;
    },
    hex: (count) => {
      let out = '';
      while (out.length < count)
        out += Math.floor(next() * 0x100000000)
          .toString(16)
          .padStart(8, '0');
      return out.slice(0, count);
    },
  };
  return random;
}
