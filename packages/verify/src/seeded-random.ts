/**
 * A small deterministic PRNG (mulberry32: 32-bit state, full period 2^32) so that the same seed
 * always produces the same token ids on every platform. Not for cryptography.
 */
export interface SeededRandom {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi) (hi > lo). */
  int(lo: number, hi: number): number;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    next,
    int(lo, hi) {
      if (!(hi > lo)) throw new RangeError(`empty range [${lo}, ${hi})`);
      return lo + Math.floor(next() * (hi - lo));
    },
  };
}
