import { describe, expect, it } from 'vitest';
import { FLOAT32_MIN, maskBias, selfAttention } from './self-attention.js';
import { seededRandom } from './__fixtures__/random-models.js';

describe('maskBias', () => {
  it('is (1 - mask) * float32 min', () => {
    expect(FLOAT32_MIN).toBe(-3.4028234663852886e38);
    expect([...maskBias(new Float64Array([1, 0, 0.5]))]).toEqual([-0, FLOAT32_MIN, 0.5 * FLOAT32_MIN]);
  });
});

describe('selfAttention', () => {
  it('one head, hand example: softmax(q k^T / sqrt(d)) v', () => {
    // seq 2, d 1: q = [1, 0], k = [0, 2], v = [10, 20]; scale 1
    const ctx = selfAttention(new Float64Array([1, 0]), new Float64Array([0, 2]), new Float64Array([10, 20]), 1, 2, 1, 1, new Float64Array(2));
    const p1 = Math.exp(2) / (1 + Math.exp(2)); // row 0 scores [0, 2]
    expect(ctx[0]).toBeCloseTo(10 * (1 - p1) + 20 * p1, 13);
    expect(ctx[1]).toBeCloseTo(15, 13); // row 1 scores [0, 0] → mean
  });

  it('scales scores by 1/sqrt(head_dim)', () => {
    // d = 4, q = k rows: scores = 4/2 = 2 for the matching key, 0 otherwise
    const q = new Float64Array([1, 1, 1, 1, 0, 0, 0, 0]);
    const k = new Float64Array([1, 1, 1, 1, 0, 0, 0, 0]);
    const v = new Float64Array([1, 1, 1, 1, 0, 0, 0, 0]);
    const ctx = selfAttention(q, k, v, 1, 2, 1, 4, new Float64Array(2));
    const p = Math.exp(2) / (Math.exp(2) + 1);
    expect(ctx[0]).toBeCloseTo(p, 14);
  });

  it('masked keys get zero weight and padded queries still produce outputs', () => {
    const rand = seededRandom(7);
    const seq = 4;
    const width = 6; // 2 heads × 3
    const q = Float64Array.from({ length: seq * width }, rand);
    const k = Float64Array.from({ length: seq * width }, rand);
    const v = Float64Array.from({ length: seq * width }, rand);
    const bias = maskBias(new Float64Array([1, 1, 1, 0]));
    const a = selfAttention(q, k, v, 1, seq, 2, 3, bias);
    const v2 = v.slice();
    for (let i = 3 * width; i < 4 * width; i++) v2[i] = 1e6; // change only the masked key's values
    const b = selfAttention(q, k, v2, 1, seq, 2, 3, bias);
    expect([...b]).toEqual([...a]);
    // the padded query row (3) attends to keys 0..2 and is a real, finite output
    expect(a.subarray(3 * width).every((x) => Number.isFinite(x) && x !== 0)).toBe(true);
  });

  it('keeps batch rows and heads independent', () => {
    const rand = seededRandom(9);
    const seq = 3;
    const width = 4;
    const one = (n: number) => Float64Array.from({ length: n }, rand);
    const q = one(2 * seq * width);
    const k = one(2 * seq * width);
    const v = one(2 * seq * width);
    const both = selfAttention(q, k, v, 2, seq, 2, 2, new Float64Array(2 * seq));
    const second = selfAttention(q.slice(seq * width), k.slice(seq * width), v.slice(seq * width), 1, seq, 2, 2, new Float64Array(seq));
    expect([...both.subarray(seq * width)]).toEqual([...second]);
  });

  it('a fully masked row attends uniformly (as transformers does)', () => {
    const ctx = selfAttention(new Float64Array([3, -1]), new Float64Array([1, 2]), new Float64Array([4, 8]), 1, 2, 1, 1, maskBias(new Float64Array([0, 0])));
    expect([...ctx]).toEqual([6, 6]);
  });
});
