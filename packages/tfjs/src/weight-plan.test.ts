import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConstantInitializer, TensorInitializer } from '@mlpack/graph';
import { GraphBuilder, affineWeightStorage, storeWeightsAsFloat16 } from '@mlpack/graph';
import type { WeightSet } from '@mlpack/safetensors';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { writeWeights } from './__fixtures__/weights-file.js';
import { encodeWeight, manifestEntry, planInitializer, planValues } from './weight-plan.js';

let dir: string;
let weights: WeightSet;
let inits: Map<string, TensorInitializer | ConstantInitializer>;
let inits16: Map<string, TensorInitializer | ConstantInitializer>;
let inits8: Map<string, TensorInitializer | ConstantInitializer>;

beforeAll(async () => {
  dir = await makeTempDir('mlpack-tfjs-plan-');
  weights = await writeWeights(dir, [
    { name: 'w', dtype: 'F32', shape: [2, 2], values: [1, -2, 0.5, 65504] },
    { name: 'h', dtype: 'F16', shape: [2], values: [0x3c00, 0xc000] },
    { name: 'ids', dtype: 'I64', shape: [2], values: [-3, 2 ** 31 - 1] },
  ]);
  const g = new GraphBuilder({ name: 'plan' });
  const x = g.input('x', 'float32', [2, 2]);
  const y = g.add(g.matMul(x, g.weight(weights.get('w')!, { transpose: true })), g.constant('float32', [2], [3, 4]));
  const z = g.add(y, g.cast(g.weight(weights.get('h')!, { dtype: 'float16' }), 'float32'));
  g.output('z', z);
  g.output('k', g.add(g.weight(weights.get('ids')!), g.constant('int64', [], [7])));
  const graph = g.build();
  inits = new Map(graph.initializers.map((i) => [i.name, i]));
  inits16 = new Map(storeWeightsAsFloat16(graph).initializers.map((i) => [i.name, i]));
  inits8 = new Map(affineWeightStorage(graph, { dtype: 'uint8' }).initializers.map((i) => [i.name, i]));
});

afterAll(async () => {
  await weights.close();
  await removeTempDir(dir);
});

const u16 = (b: Uint8Array): number[] => Array.from(new Uint16Array(b.buffer, b.byteOffset, b.length / 2));
const i32 = (b: Uint8Array): number[] => Array.from(new Int32Array(b.buffer, b.byteOffset, b.length / 4));
const f32 = (b: Uint8Array): number[] => Array.from(new Float32Array(b.buffer, b.byteOffset, b.length / 4));

describe('planInitializer / encodeWeight', () => {
  it('float32 file weight: transposed bytes as float32, or float16 bits in float16 mode', async () => {
    const w = inits.get('w.T')!;
    const p32 = planInitializer(w, 'w.T');
    expect(manifestEntry(p32)).toEqual({ name: 'w.T', shape: [2, 2], dtype: 'float32' });
    expect(f32(await encodeWeight(p32))).toEqual([1, 0.5, -2, 65504]);
    const p16 = planInitializer(inits16.get('w.T.f16')!, 'w.T.f16');
    expect(manifestEntry(p16)).toEqual({ name: 'w.T.f16', shape: [2, 2], dtype: 'float32', quantization: { dtype: 'float16' } });
    expect(p16.byteLength).toBe(8);
    // 1 → 0x3c00, 0.5 → 0x3800, -2 → 0xc000, 65504 (float16 max) → 0x7bff.
    expect(u16(await encodeWeight(p16))).toEqual([0x3c00, 0x3800, 0xc000, 0x7bff]);
  });

  it('float16 weights are stored as they are, quantized', async () => {
    const p = planInitializer(inits.get('h.f16')!, 'h.f16');
    expect(manifestEntry(p)).toEqual({ name: 'h.f16', shape: [2], dtype: 'float32', quantization: { dtype: 'float16' } });
    expect(u16(await encodeWeight(p))).toEqual([0x3c00, 0xc000]);
  });

  it('inline float32 constants stay float32 in float16 mode', async () => {
    const c = [...inits16.values()].find((i) => i.kind === 'constant' && i.dtype === 'float32')!;
    const p = planInitializer(c, c.name);
    expect(p.float16).toBe(false);
    expect(f32(await encodeWeight(p))).toEqual([3, 4]);
  });

  it('affine uint8 storage: codes with a scale and min that make 0 exact (value = code · scale + min)', async () => {
    const p = planInitializer(inits8.get('w.T')!, 'w.T');
    expect(p.byteLength).toBe(4);
    const codes = Array.from(await encodeWeight(p));
    const { quantization } = manifestEntry(p) as { quantization: { dtype: string; scale: number; min: number } };
    expect(quantization.dtype).toBe('uint8');
    // Transposed [1, 0.5, -2, 65504]: range [-2, 65504] over 255 codes.
    expect(quantization.scale).toBeCloseTo(65506 / 255, 2);
    const back = codes.map((q) => q * quantization.scale + quantization.min);
    expect(back[3]).toBeCloseTo(65504, -2);
    // The zero point is exact: a code maps to exactly 0.
    expect(Number.isInteger(-quantization.min / quantization.scale)).toBe(true);
    expect(Math.abs(back[2]! - -2)).toBeLessThanOrEqual(quantization.scale / 2 + 1e-9);
    // A constant keeps its float32 storage.
    const c = [...inits8.values()].find((i) => i.kind === 'constant' && i.dtype === 'float32')!;
    expect(manifestEntry(planInitializer(c, c.name)).quantization).toBeUndefined();
  });

  it('int64 weights and constants become int32', async () => {
    const p = planInitializer(inits.get('ids')!, 'ids');
    expect(manifestEntry(p)).toEqual({ name: 'ids', shape: [2], dtype: 'int32' });
    expect(i32(await encodeWeight(p))).toEqual([-3, 2 ** 31 - 1]);
    const c = [...inits.values()].find((i) => i.kind === 'constant' && i.dtype === 'int64')!;
    expect(i32(await encodeWeight(planInitializer(c, c.name)))).toEqual([7]);
  });

  it('lowering constants encode float32 / int32 / bool', async () => {
    expect(f32(await encodeWeight(planValues('a', 'DT_FLOAT', [2], [0.25, -1])))).toEqual([0.25, -1]);
    expect(i32(await encodeWeight(planValues('b', 'DT_INT32', [3], [0, -1, 5])))).toEqual([0, -1, 5]);
    expect(Array.from(await encodeWeight(planValues('c', 'DT_BOOL', [3], [1, 0, 1])))).toEqual([1, 0, 1]);
    expect(planValues('d', 'DT_INT32', [0], []).byteLength).toBe(0);
  });
});
