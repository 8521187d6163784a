import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readModelFolder } from '@mlpack/model';
import { openSafetensors } from '@mlpack/safetensors';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LLAMA_BENCH_SPEC, LLAMA_QUICK_SPEC, checkDecoderBenchSpec } from './decoder-bench-spec.js';
import { ensureDecoderBenchModel, toBf16 } from './ensure-decoder-bench-model.js';
import { planLlamaTensors } from './plan-llama-tensors.js';
import { summarizePlan } from './plan-bert-tensors.js';

let root: string;
beforeEach(async () => {
  root = await makeTempDir('mlpack-bench-decoder-');
});
afterEach(async () => {
  await removeTempDir(root);
});

describe('the decoder benchmark model', () => {
  it('llama-1b: ~853 M parameters, 1.7 GB of BF16, the LM head the largest tensor (262 MB as float32)', () => {
    const plan = planLlamaTensors(LLAMA_BENCH_SPEC);
    const { params, largest } = summarizePlan(plan);
    // embeddings + head: 2 · 32000 · 2048; per layer: q, o 2048²; k, v 512 · 2048; MLP 3 · 5632 · 2048; two norms; final norm.
    expect(params).toBe(2 * 32000 * 2048 + 16 * (2 * 2048 * 2048 + 2 * 512 * 2048 + 3 * 5632 * 2048 + 2 * 2048) + 2048);
    expect(params * 2).toBeGreaterThan(1e9);
    expect(largest).toEqual({ name: 'lm_head.weight', bytes: 32000 * 2048 * 4 }); // first of the two equal largest in name order
    expect(plan.map((t) => t.name)).toEqual([...plan.map((t) => t.name)].sort());
  });

  it('rounds float32 to BF16 to nearest even', () => {
    const f = Float32Array.of(1, -3, 1 + 2 ** -8, 1 + 3 * 2 ** -8, 1 + 2 ** -7 + 2 ** -9);
    const [out] = [...toBf16([new Uint8Array(f.buffer)])];
    const bits = Array.from({ length: 5 }, (_, i) => new DataView(out!.buffer).getUint16(i * 2, true));
    // 1 + 2^-8 is halfway between 1 and 1 + 2^-7: ties to even (1); 1 + 3·2^-8 rounds up to 1 + 2^-6; just above halfway rounds up.
    expect(bits).toEqual([0x3f80, 0xc040, 0x3f80, 0x3f82, 0x3f81]);
  });

  it('writes a LlamaForCausalLM folder the model reader accepts, cached by spec', async () => {
    const m = await ensureDecoderBenchModel(root, LLAMA_QUICK_SPEC);
    expect(m.reused).toBe(false);
    const f = await openSafetensors(m.weightsFile);
    try {
      expect(f.tensors.map((t) => [t.name, t.dtype])).toEqual(planLlamaTensors(LLAMA_QUICK_SPEC).map((t) => [t.name, 'BF16']));
      const norm = await f.readFloat32('model.norm.weight');
      expect(norm.every((x) => x > 0.96 && x < 1.04)).toBe(true);
    } finally {
      await f.close();
    }
    const read = await readModelFolder(m.dir);
    try {
      expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(read.folder?.task).toBe('text-generation');
    } finally {
      await read.folder?.close();
    }
    expect(JSON.parse(await readFile(join(m.dir, 'config.json'), 'utf8'))).toMatchObject({
      num_key_value_heads: 2,
      torch_dtype: 'bfloat16',
      tie_word_embeddings: false,
    });
    expect((await ensureDecoderBenchModel(root, LLAMA_QUICK_SPEC)).reused).toBe(true);
  });

  it('refuses specs that cannot be a llama (BENCH_BAD_SPEC naming the field)', () => {
    expect(() => checkDecoderBenchSpec({ ...LLAMA_QUICK_SPEC, kvHeads: 3 })).toThrow(expect.objectContaining({ code: 'BENCH_BAD_SPEC', pointer: '/kvHeads' }));
    expect(() => checkDecoderBenchSpec({ ...LLAMA_QUICK_SPEC, hidden: 60, heads: 4 })).toThrow(
      expect.objectContaining({ code: 'BENCH_BAD_SPEC', pointer: '/heads' }),
    );
  });
});
