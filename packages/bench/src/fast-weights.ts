import { endianness } from 'node:os';
import type { BenchInitKind, BenchTensorPlan } from './plan-bert-tensors.js';
import { tensorElements } from './plan-bert-tensors.js';

/** 2^32: maps a u32 to [0, 1). */
const U32_RANGE = 4294967296;
/** A uniform on [-a, a] has standard deviation a/sqrt(3): scale so each kind gets the std below. */
const UNIFORM_STD_TO_HALF_WIDTH = Math.sqrt(3);
/** Elements per produced chunk: 1 Mi floats (4 MiB) keeps the writer's memory flat whatever the tensor. */
export const WEIGHT_CHUNK_ELEMENTS = 1 << 20;

/**
 * Centre and spread per kind: transformers' initializer_range 0.02 for matrices, LayerNorm scales
 * near 1. Values only need to be finite and realistic in scale for latency; accuracy is not measured.
 */
const INIT: Readonly<Record<BenchInitKind, { mean: number; std: number }>> = {
  matrix: { mean: 0, std: 0.02 },
  'norm-weight': { mean: 1, std: 0.02 },
  bias: { mean: 0, std: 0.02 },
};

/** FNV-1a (32-bit) of the name mixed with the seed: each tensor has its own stream, independent of order. */
export function weightSeed(seed: number, name: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0) ^ Math.floor(seed / U32_RANGE)) >>> 0;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The tensor's little-endian float32 bytes, in chunks of at most WEIGHT_CHUNK_ELEMENTS, from a
 * mulberry32 stream (uniform values; a few ns per element, so bert-base is generated in seconds).
 */
export function* produceWeights(plan: BenchTensorPlan, seed: number): Generator<Uint8Array> {
  const { mean, std } = INIT[plan.init];
  const halfWidth = std * UNIFORM_STD_TO_HALF_WIDTH;
  let state = weightSeed(seed, plan.name);
  let left = tensorElements(plan);
  const littleEndianHost = endianness() === 'LE';
  while (left > 0) {
    const n = Math.min(left, WEIGHT_CHUNK_ELEMENTS);
    const values = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      // mulberry32
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const u = ((t ^ (t >>> 14)) >>> 0) / U32_RANGE;
      values[i] = mean + halfWidth * (2 * u - 1);
    }
    const bytes = new Uint8Array(values.buffer);
    if (!littleEndianHost) swap32(bytes);
    left -= n;
    yield bytes;
  }
}

/** safetensors is little-endian: swap each 4-byte group in place on big-endian hosts. */
function swap32(b: Uint8Array): void {
  for (let i = 0; i < b.length; i += 4) {
    const b0 = b[i]!;
    const b1 = b[i + 1]!;
    b[i] = b[i + 3]!;
    b[i + 1] = b[i + 2]!;
    b[i + 2] = b1;
    b[i + 3] = b0;
  }
}
