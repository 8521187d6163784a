import { describe, expect, it } from 'vitest';
import type { RopeConfig } from './rope-config.js';
import { applyRope, ropeInverseFrequencies, ropeTables } from './rotary-embedding.js';

const rope = (o: Partial<RopeConfig> = {}): RopeConfig => ({ theta: 10000, rotaryDim: 4, maxPositions: 16, scaling: { type: 'default' }, ...o });

describe('ropeInverseFrequencies', () => {
  it('default: theta^(-2k/dim)', () => {
    expect([...ropeInverseFrequencies(rope(), 3)]).toEqual([1, 1 / 100]);
    expect([...ropeInverseFrequencies(rope({ theta: 16, rotaryDim: 8 }), 0)]).toEqual([1, 1 / 2, 1 / 4, 1 / 8]);
  });

  it('linear divides every frequency by the factor', () => {
    expect([...ropeInverseFrequencies(rope({ scaling: { type: 'linear', factor: 4 } }), 3)]).toEqual([1 / 4, 1 / 400]);
  });

  it('dynamic: unchanged up to max_position_embeddings, then base · (f·L/max − (f − 1))^(dim/(dim−2))', () => {
    const r = rope({ scaling: { type: 'dynamic', factor: 2 } });
    expect([...ropeInverseFrequencies(r, 15)]).toEqual([1, 1 / 100]); // seq_len 16 = max: no change
    // seq_len 24: base 10000 · (2·24/16 − 1)^(4/2) = 10000 · 4 = 40000
    const inv = ropeInverseFrequencies(r, 23);
    expect(inv[0]).toBe(1);
    expect(inv[1]).toBeCloseTo(1 / 200, 15);
  });

  it('llama3 keeps high frequencies, divides low ones by the factor and blends the middle band', () => {
    // theta 16, dim 8: inv = 1, 1/2, 1/4, 1/8 → wavelengths 2π, 4π, 8π, 16π (6.28, 12.6, 25.1, 50.3)
    // original 64, low 2 → 32, high 8 → 8: 6.28 kept; 12.6 and 25.1 blended; 50.3 divided
    const inv = ropeInverseFrequencies(
      rope({ theta: 16, rotaryDim: 8, scaling: { type: 'llama3', factor: 4, lowFreqFactor: 2, highFreqFactor: 8, originalMaxPositions: 64 } }),
      0,
    );
    const blend = (f: number): number => {
      const s = (64 / ((2 * Math.PI) / f) - 2) / (8 - 2);
      return ((1 - s) * f) / 4 + s * f;
    };
    expect(inv[0]).toBe(1);
    expect(inv[1]).toBeCloseTo(blend(1 / 2), 15);
    expect(inv[2]).toBeCloseTo(blend(1 / 4), 15);
    expect(inv[3]).toBe(1 / 8 / 4);
    // the blend really is between the two: (64/12.566 − 2)/6 = 0.5155
    expect(inv[1]).toBeCloseTo((1 - 0.5155) * 0.125 + 0.5155 * 0.5, 3);
  });
});

describe('ropeTables / applyRope', () => {
  it('rotates pairs (d, d + half) by position × inv_freq, leaving the unrotated tail alone', () => {
    const t = ropeTables(rope({ rotaryDim: 2 }), Float64Array.from([0, 3]));
    expect(t.width).toBe(2);
    // one head of 4 dims, 2 rotated (phi3-style partial rotary): [x0, x1 | x2, x3]
    const x = Float64Array.from([1, 2, 5, 6, 1, 2, 5, 6]);
    applyRope(x, 2, 1, 4, t);
    expect([...x.subarray(0, 4)]).toEqual([1, 2, 5, 6]); // position 0: identity
    expect(x[4]).toBeCloseTo(Math.cos(3) - 2 * Math.sin(3), 15);
    expect(x[5]).toBeCloseTo(2 * Math.cos(3) + Math.sin(3), 15);
    expect([x[6], x[7]]).toEqual([5, 6]);
  });

  it('uses the rotate_half layout (first half with second half), not interleaved pairs', () => {
    const t = ropeTables(rope(), Float64Array.from([1]));
    const x = Float64Array.from([1, 0, 0, 0]);
    applyRope(x, 1, 1, 4, t);
    // dim 0 pairs with dim 2 at frequency 1: (cos 1, 0, sin 1, 0)
    expect(x[0]).toBeCloseTo(Math.cos(1), 15);
    expect(x[1]).toBe(0);
    expect(x[2]).toBeCloseTo(Math.sin(1), 15);
    expect(x[3]).toBe(0);
  });

  it('dynamic scaling is decided by the largest position id of the call', () => {
    const r = rope({ scaling: { type: 'dynamic', factor: 2 } });
    const small = ropeTables(r, Float64Array.from([5]));
    const withFar = ropeTables(r, Float64Array.from([5, 23]));
    expect(withFar.cos[1]).not.toBeCloseTo(small.cos[1]!, 6);
    expect(withFar.cos[1]).toBeCloseTo(Math.cos(5 / 200), 14);
  });
});
