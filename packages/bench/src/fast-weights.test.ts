import { sha256Bytes } from '@mlpack/core';
import { describe, expect, it } from 'vitest';
import { WEIGHT_CHUNK_ELEMENTS, produceWeights, weightSeed } from './fast-weights.js';
import type { BenchTensorPlan } from './plan-bert-tensors.js';

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function floats(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

describe('produceWeights', () => {
  const big: BenchTensorPlan = { name: 'embeddings.word_embeddings.weight', shape: [3000, 500], init: 'matrix' };

  it('yields exactly the tensor bytes in chunks of at most 4 MiB', () => {
    const chunks = [...produceWeights(big, 0)];
    expect(chunks.map((c) => c.length)).toEqual([WEIGHT_CHUNK_ELEMENTS * 4, (1_500_000 - WEIGHT_CHUNK_ELEMENTS) * 4]);
  });

  it('draws matrices with mean 0 and std 0.02 inside +-0.02*sqrt(3)', () => {
    const v = floats(concat([...produceWeights(big, 0)]));
    let sum = 0;
    let sq = 0;
    let maxAbs = 0;
    for (const x of v) {
      sum += x;
      sq += x * x;
      maxAbs = Math.max(maxAbs, Math.abs(x));
    }
    const mean = sum / v.length;
    expect(Math.abs(mean)).toBeLessThan(1e-4);
    expect(Math.sqrt(sq / v.length - mean * mean)).toBeCloseTo(0.02, 3);
    expect(maxAbs).toBeLessThanOrEqual(0.02 * Math.sqrt(3) + 1e-7);
    expect(maxAbs).toBeGreaterThan(0.0345);
  });

  it('centres LayerNorm scales on 1', () => {
    const v = floats(concat([...produceWeights({ name: 'embeddings.LayerNorm.weight', shape: [10000], init: 'norm-weight' }, 0)]));
    expect(v.reduce((a, x) => a + x, 0) / v.length).toBeCloseTo(1, 2);
    expect(Math.min(...v)).toBeGreaterThan(0.96);
  });

  it('is a pure function of (seed, name, shape)', () => {
    const a = sha256Bytes(concat([...produceWeights(big, 0)]));
    expect(sha256Bytes(concat([...produceWeights(big, 0)]))).toBe(a);
    expect(sha256Bytes(concat([...produceWeights(big, 1)]))).not.toBe(a);
    expect(sha256Bytes(concat([...produceWeights({ ...big, name: 'pooler.dense.weight' }, 0)]))).not.toBe(a);
    expect(weightSeed(0, 'a')).not.toBe(weightSeed(0, 'b'));
    expect(weightSeed(2 ** 40, 'a')).not.toBe(weightSeed(0, 'a'));
  });
});
