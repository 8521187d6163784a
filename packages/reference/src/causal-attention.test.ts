import { describe, expect, it } from 'vitest';
import { appendToCache, causalAttention } from './causal-attention.js';

/** One head of dim 1: keys all 0 (equal scores) so weights are uniform over the visible keys; values 1, 2, 3, … */
function uniformCase(total: number): { k: Float64Array; v: Float64Array } {
  return { k: new Float64Array(total), v: Float64Array.from({ length: total }, (_, j) => j + 1) };
}

describe('causalAttention', () => {
  const shape = (seq: number, past = 0) => ({ batch: 1, seq, past, numHeads: 1, numKvHeads: 1, headDim: 1 });

  it('query i sees keys 0..i (mean of the visible values)', () => {
    const { k, v } = uniformCase(4);
    const ctx = causalAttention(new Float64Array(4), k, v, new Uint8Array(4).fill(1), shape(4), { scale: 1, window: null });
    expect([...ctx]).toEqual([1, 1.5, 2, 2.5]);
  });

  it('sliding window: key j visible to query q only when q - window < j', () => {
    const { k, v } = uniformCase(5);
    const ctx = causalAttention(new Float64Array(5), k, v, new Uint8Array(5).fill(1), shape(5), { scale: 1, window: 2 });
    expect([...ctx]).toEqual([1, 1.5, 2.5, 3.5, 4.5]);
  });

  it('queries after a past sit at cache index past + i', () => {
    const { k, v } = uniformCase(5);
    const ctx = causalAttention(new Float64Array(2), k, v, new Uint8Array(5).fill(1), shape(2, 3), { scale: 1, window: null });
    expect([...ctx]).toEqual([2.5, 3]);
  });

  it('masked keys get weight 0; a row with no visible key is uniform over every key', () => {
    const { k, v } = uniformCase(4);
    const ctx = causalAttention(new Float64Array(4), k, v, Uint8Array.from([0, 0, 1, 1]), shape(4), { scale: 1, window: null });
    expect([...ctx]).toEqual([2.5, 2.5, 3, 3.5]);
  });

  it('softmax of scaled scores, and GQA: query head h reads kv head floor(h / group)', () => {
    // 4 query heads, 2 kv heads of dim 1; 2 tokens. kv head 0 keys [0, 1] values [10, 20]; kv head 1 keys [0, -1] values [1, 3].
    const keys = Float64Array.from([0, 1, 0, -1]);
    const values = Float64Array.from([10, 20, 1, 3]);
    const q = Float64Array.from([0, 0, 0, 0, 1, 2, 1, 2]); // token 1: heads 0..3 = 1, 2, 1, 2
    const ctx = causalAttention(
      q,
      keys,
      values,
      Uint8Array.from([1, 1]),
      { batch: 1, seq: 2, past: 0, numHeads: 4, numKvHeads: 2, headDim: 1 },
      { scale: 0.5, window: null },
    );
    const mix = (s0: number, s1: number, a: number, b: number): number => (Math.exp(s0) * a + Math.exp(s1) * b) / (Math.exp(s0) + Math.exp(s1));
    expect([...ctx.subarray(0, 4)]).toEqual([10, 10, 1, 1]);
    expect(ctx[4]).toBeCloseTo(mix(0, 0.5, 10, 20), 14);
    expect(ctx[5]).toBeCloseTo(mix(0, 1, 10, 20), 14);
    expect(ctx[6]).toBeCloseTo(mix(0, -0.5, 1, 3), 14);
    expect(ctx[7]).toBeCloseTo(mix(0, -1, 1, 3), 14);
  });
});

describe('appendToCache', () => {
  it('puts the past first, then the new tokens, per batch row and kv head', () => {
    // b 1, 2 kv heads of dim 1, past 1, 2 new tokens: fresh is [token][head]
    const out = appendToCache(Float64Array.from([100, 200]), Float64Array.from([1, 2, 3, 4]), { batch: 1, seq: 2, past: 1, numKvHeads: 2, headDim: 1 });
    expect([...out]).toEqual([100, 1, 3, 200, 2, 4]);
  });
});
