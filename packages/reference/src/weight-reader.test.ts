import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { f32ToF16, openWeights, writeSafetensors } from '@mlpack/safetensors';
import { describe, expect, it } from 'vitest';
import { WeightReader } from './weight-reader.js';
import { MemorySource } from './__fixtures__/memory-source.js';

const word = { shape: [2, 2], data: new Float32Array([1, 2, 3, 4]) };

describe('WeightReader', () => {
  it('finds base tensors with the family prefix', async () => {
    const r = new WeightReader(new MemorySource({ 'bert.embeddings.word_embeddings.weight': word }), 'bert.');
    expect(r.prefix).toBe('bert.');
    expect(r.base('pooler.dense.weight')).toBe('bert.pooler.dense.weight');
    expect([...(await r.read('bert.embeddings.word_embeddings.weight', [2, 2]))]).toEqual([1, 2, 3, 4]);
  });

  it('finds base tensors without a prefix', () => {
    const r = new WeightReader(new MemorySource({ 'embeddings.word_embeddings.weight': word }), 'bert.');
    expect(r.prefix).toBe('');
    expect(r.base('encoder.layer.0.output.dense.weight')).toBe('encoder.layer.0.output.dense.weight');
  });

  it('REF_MISSING_TENSOR when neither the prefixed nor the bare anchor exists', () => {
    expect(() => new WeightReader(new MemorySource({ 'model.embed_tokens.weight': word }), 'bert.')).toThrow(
      expect.objectContaining({ code: 'REF_MISSING_TENSOR', tensor: 'bert.embeddings.word_embeddings.weight' }),
    );
  });

  it('REF_MISSING_TENSOR names the tensor and the expected shape', async () => {
    const r = new WeightReader(new MemorySource({ 'embeddings.word_embeddings.weight': word }), 'bert.');
    await expect(r.read('classifier.weight', [3, 8])).rejects.toMatchObject({ code: 'REF_MISSING_TENSOR', tensor: 'classifier.weight' });
    await expect(r.read('classifier.weight', [3, 8])).rejects.toThrow(/"classifier\.weight" \(expected shape \[3, 8\]\)/);
    await expect(r.readFirst(['a.bias', 'b.bias'], [3])).rejects.toThrow(/"a\.bias" or "b\.bias"/);
  });

  it('REF_BAD_SHAPE names actual and expected shapes', async () => {
    const r = new WeightReader(new MemorySource({ 'embeddings.word_embeddings.weight': word }), 'bert.');
    await expect(r.read('embeddings.word_embeddings.weight', [4, 1])).rejects.toMatchObject({
      code: 'REF_BAD_SHAPE',
      tensor: 'embeddings.word_embeddings.weight',
    });
    await expect(r.read('embeddings.word_embeddings.weight', [2])).rejects.toThrow(/has shape \[2, 2\], expected \[2\]/);
  });

  it('decodes F64 tensors exactly (not through float32)', async () => {
    const third = 1 / 3;
    const r = new WeightReader(
      new MemorySource({ 'embeddings.word_embeddings.weight': word, x: { shape: [2], data: new Float64Array([third, -1e-300]), dtype: 'F64' } }),
      'bert.',
    );
    expect([...(await r.read('x', [2]))]).toEqual([third, -1e-300]);
  });

  it('REF_BAD_DTYPE for integer tensors', async () => {
    const src = new MemorySource({ 'embeddings.word_embeddings.weight': word, ids: { shape: [2, 2], data: new Float32Array(4), dtype: 'I64' } });
    const r = new WeightReader(src, 'bert.');
    await expect(r.read('ids', [2, 2])).rejects.toMatchObject({ code: 'REF_BAD_DTYPE', tensor: 'ids' });
  });

  it('reads LayerNorm parameters stored as LayerNorm.gamma / LayerNorm.beta (transformers renames them on load)', async () => {
    const v = { shape: [2], data: new Float32Array([7, 8]) };
    const r = new WeightReader(
      new MemorySource({ 'embeddings.word_embeddings.weight': word, 'embeddings.LayerNorm.gamma': v, 'embeddings.LayerNorm.beta': v, 'x.gamma': v }),
      'bert.',
    );
    expect([...(await r.read('embeddings.LayerNorm.weight', [2]))]).toEqual([7, 8]);
    expect([...(await r.read('embeddings.LayerNorm.bias', [2]))]).toEqual([7, 8]);
    expect(r.has('embeddings.LayerNorm.weight')).toBe(true);
    await expect(r.read('x.weight', [2])).rejects.toMatchObject({ code: 'REF_MISSING_TENSOR', tensor: 'x.weight' });
  });

  it('readFirst takes the first name present', async () => {
    const r = new WeightReader(new MemorySource({ 'embeddings.word_embeddings.weight': word, 'b.bias': { shape: [1], data: new Float32Array([5]) } }), 'bert.');
    expect([...(await r.readFirst(['a.bias', 'b.bias'], [1]))]).toEqual([5]);
  });

  it('holds F32 / F16 / BF16 as the Float32Array decoded (exact values), F64 as a Float64Array (exact)', async () => {
    const le = (make: (v: DataView) => void, bytes: number): Uint8Array => {
      const out = new Uint8Array(bytes);
      make(new DataView(out.buffer));
      return out;
    };
    const f32 = [1.5, -2.25, 3.4028234663852886e38, 2 ** -149];
    const f16 = [1, -0.5, 65504, 2 ** -24];
    // bf16 bit patterns: 1, -2, 3.140625, the largest finite bf16
    const bf16Bits = [0x3f80, 0xc000, 0x4049, 0x7f7f];
    const bf16 = [1, -2, 3.140625, (2 - 2 ** -7) * 2 ** 127];
    const f64 = [1 / 3, -1e-300, Math.PI, 2 ** -1074];
    const dir = await mkdtemp(join(tmpdir(), 'mlpack-ref-weights-'));
    try {
      await writeSafetensors(join(dir, 'model.safetensors'), [
        { name: 'embeddings.word_embeddings.weight', dtype: 'F32', shape: [2, 2], data: le((v) => f32.forEach((x, i) => v.setFloat32(i * 4, x, true)), 16) },
        { name: 'h', dtype: 'F16', shape: [4], data: le((v) => f16.forEach((x, i) => v.setUint16(i * 2, f32ToF16(x), true)), 8) },
        { name: 'b', dtype: 'BF16', shape: [4], data: le((v) => bf16Bits.forEach((x, i) => v.setUint16(i * 2, x, true)), 8) },
        { name: 'd', dtype: 'F64', shape: [4], data: le((v) => f64.forEach((x, i) => v.setFloat64(i * 8, x, true)), 32) },
      ]);
      const source = await openWeights(dir);
      try {
        const r = new WeightReader(source, 'bert.');
        const cases: [string, number[], typeof Float32Array | typeof Float64Array][] = [
          ['embeddings.word_embeddings.weight', f32, Float32Array],
          ['h', f16, Float32Array],
          ['b', bf16, Float32Array],
          ['d', f64, Float64Array],
        ];
        for (const [name, values, kind] of cases) {
          const shape = name === 'embeddings.word_embeddings.weight' ? [2, 2] : [4];
          const w = await r.read(name, shape);
          expect(w, name).toBeInstanceOf(kind);
          expect([...w], name).toEqual(values);
          expect(await r.readFirst(['absent', name], shape), name).toBeInstanceOf(kind);
        }
      } finally {
        await source.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
