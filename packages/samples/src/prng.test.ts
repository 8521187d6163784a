import { describe, expect, it } from 'vitest';
import { NormalSampler, fnv1a32, mulberry32, tensorSeed } from './prng.js';

describe('prng', () => {
  it('mulberry32 is deterministic and seed-sensitive', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 8 }, () => a());
    expect(Array.from({ length: 8 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 8 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
  });

  it('FNV-1a matches the published test vectors', () => {
    // From the FNV reference test suite (32-bit FNV-1a).
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('tensor seeds depend on seed and name only', () => {
    expect(tensorSeed(1, 'a.weight')).toBe(tensorSeed(1, 'a.weight'));
    expect(tensorSeed(1, 'a.weight')).not.toBe(tensorSeed(2, 'a.weight'));
    expect(tensorSeed(1, 'a.weight')).not.toBe(tensorSeed(1, 'a.bias'));
    // Seeds above 2^32 are not truncated onto small ones.
    expect(tensorSeed(2 ** 32 + 1, 'x')).not.toBe(tensorSeed(1, 'x'));
    expect(() => tensorSeed(1.5, 'x')).toThrow(RangeError);
  });

  it('draws standard normals (mean 0, variance 1, symmetric tails)', () => {
    const s = new NormalSampler(7);
    const n = 200_000;
    let sum = 0;
    let sq = 0;
    let beyond2 = 0;
    let nonFinite = 0;
    for (let i = 0; i < n; i++) {
      const z = s.normal();
      if (!Number.isFinite(z)) nonFinite++;
      sum += z;
      sq += z * z;
      if (Math.abs(z) > 2) beyond2++;
    }
    expect(nonFinite).toBe(0);
    const mean = sum / n;
    const variance = sq / n - mean * mean;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
    // P(|Z| > 2) = 0.0455 for a normal; a uniform or broken transform lands far from it.
    expect(beyond2 / n).toBeGreaterThan(0.042);
    expect(beyond2 / n).toBeLessThan(0.049);
  });
});
