import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWeights } from '@mlpack/safetensors';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { generateSample } from './generate-sample.js';
import { hashTree } from './hash-tree.js';
import { planSample } from './plan-sample.js';
import type { SampleSpec } from './sample-spec.js';

let root: string;
let n = 0;
beforeAll(async () => {
  root = await makeTempDir('mlpack-samples-gen-');
});
afterAll(async () => {
  await removeTempDir(root);
});

async function gen(spec: SampleSpec): Promise<string> {
  const dir = join(root, `s${n++}`);
  await generateSample(spec, dir);
  return dir;
}

async function json(dir: string, file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dir, file), 'utf8')) as Record<string, unknown>;
}

function stats(xs: Float32Array): { mean: number; std: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return { mean, std };
}

describe('generateSample', () => {
  it('is deterministic: the same spec twice gives the same bytes, another seed does not', async () => {
    const spec: SampleSpec = { family: 'bert', head: 'masked-lm', seed: 11 };
    const a = await hashTree(await gen(spec));
    const b = await hashTree(await gen(spec));
    expect(b).toEqual(a);
    const c = await hashTree(await gen({ ...spec, seed: 12 }));
    expect(c.get('model.safetensors')).not.toBe(a.get('model.safetensors'));
    expect(c.get('tokenizer.json')).toBe(a.get('tokenizer.json'));
  });

  it('writes a folder whose weights match the plan, config and tokenizer', async () => {
    const spec: SampleSpec = { family: 'distilbert', head: 'token-classification', seed: 3 };
    const dir = await gen(spec);
    const plan = planSample(spec);
    expect((await readdir(dir)).sort()).toEqual([
      'config.json',
      'model.safetensors',
      'special_tokens_map.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'vocab.txt',
    ]);
    const w = await openWeights(dir);
    try {
      expect([...w.tensors.keys()]).toEqual(plan.tensors.map((t) => t.name));
      for (const t of plan.tensors) {
        expect(w.get(t.name)).toMatchObject({ dtype: 'F32', shape: t.shape });
      }
      expect([...w.metadata.values()]).toEqual([{ format: 'pt' }]);
      const config = await json(dir, 'config.json');
      expect(config).toMatchObject({
        architectures: ['DistilBertForTokenClassification'],
        model_type: 'distilbert',
        dim: 32,
        n_layers: 2,
        n_heads: 4,
        hidden_dim: 64,
        activation: 'gelu',
        pad_token_id: 0,
        torch_dtype: 'float32',
        transformers_version: '4.46.0',
        id2label: { '0': 'O', '1': 'B-PER', '2': 'I-PER', '3': 'B-LOC', '4': 'I-LOC' },
        label2id: { O: 0, 'B-PER': 1, 'I-PER': 2, 'B-LOC': 3, 'I-LOC': 4 },
      });
      expect(w.get('distilbert.embeddings.word_embeddings.weight')!.shape[0]).toBe(config['vocab_size']);
      const vocabLines = (await readFile(join(dir, 'vocab.txt'), 'utf8')).split('\n').filter(Boolean);
      expect(vocabLines).toHaveLength(config['vocab_size'] as number);
      expect(w.get('classifier.weight')!.shape).toEqual([5, 32]);
      expect(w.parameterCount).toBe(plan.tensors.reduce((s, t) => s + t.shape.reduce((a, b) => a * b, 1), 0));
    } finally {
      await w.close();
    }
  });

  it('draws weights with the documented spread and zeroes padding rows', async () => {
    const dir = await gen({ family: 'bert', head: 'base', seed: 5, hidden: 64, intermediate: 256 });
    const w = await openWeights(dir);
    try {
      const matrix = stats(await w.readFloat32('encoder.layer.0.intermediate.dense.weight'));
      expect(Math.abs(matrix.mean)).toBeLessThan(0.01);
      expect(matrix.std).toBeGreaterThan(0.19);
      expect(matrix.std).toBeLessThan(0.21);
      const ln = stats(await w.readFloat32('encoder.layer.0.output.LayerNorm.weight'));
      expect(Math.abs(ln.mean - 1)).toBeLessThan(0.04);
      expect(ln.std).toBeGreaterThan(0.06);
      expect(ln.std).toBeLessThan(0.14);
      const bias = stats(await w.readFloat32('encoder.layer.0.intermediate.dense.bias'));
      expect(bias.std).toBeGreaterThan(0.04);
      expect(bias.std).toBeLessThan(0.06);
      const emb = await w.readFloat32('embeddings.word_embeddings.weight');
      expect([...emb.subarray(0, 64)].every((x) => x === 0)).toBe(true); // [PAD] = 0
      expect([...emb.subarray(64, 128)].some((x) => x !== 0)).toBe(true);
      // Every tensor differs from every other (independent streams per name).
      const q = await w.read('encoder.layer.0.attention.self.query.weight');
      const k = await w.read('encoder.layer.0.attention.self.key.weight');
      expect(Buffer.from(q).equals(Buffer.from(k))).toBe(false);
    } finally {
      await w.close();
    }
  });

  it('shares the backbone between heads of the same seed (prefix aside)', async () => {
    const base = await openWeights(await gen({ family: 'roberta', head: 'base', seed: 8, withPooler: false }));
    const qa = await openWeights(await gen({ family: 'roberta', head: 'question-answering', seed: 8 }));
    try {
      for (const name of ['embeddings.word_embeddings.weight', 'encoder.layer.1.output.dense.weight']) {
        expect(Buffer.from(await qa.read(`roberta.${name}`)).equals(Buffer.from(await base.read(name)))).toBe(true);
      }
      expect(qa.get('roberta.pooler.dense.weight')).toBeUndefined();
    } finally {
      await base.close();
      await qa.close();
    }
  });

  it('writes F16 and BF16 weights that round the F32 ones', async () => {
    const spec: SampleSpec = { family: 'llama', head: 'causal-lm', seed: 2, layers: 1 };
    const f32 = await openWeights(await gen(spec));
    const f16Dir = await gen({ ...spec, dtype: 'F16' });
    const f16 = await openWeights(f16Dir);
    const bf16Dir = await gen({ ...spec, dtype: 'BF16' });
    const bf16 = await openWeights(bf16Dir);
    try {
      expect((await json(f16Dir, 'config.json'))['torch_dtype']).toBe('float16');
      expect((await json(bf16Dir, 'config.json'))['torch_dtype']).toBe('bfloat16');
      const name = 'model.layers.0.self_attn.q_proj.weight';
      expect(f16.get(name)).toMatchObject({ dtype: 'F16', byteLength: 32 * 32 * 2 });
      expect(bf16.get(name)).toMatchObject({ dtype: 'BF16', byteLength: 32 * 32 * 2 });
      const ref = await f32.readFloat32(name);
      const h = await f16.readFloat32(name);
      const b = await bf16.readFloat32(name);
      let exactBf16 = 0;
      for (let i = 0; i < ref.length; i++) {
        const x = ref[i]!;
        expect(Math.abs(h[i]! - x)).toBeLessThanOrEqual(Math.max(Math.abs(x) * 2 ** -11, 2 ** -25));
        expect(Math.abs(b[i]! - x)).toBeLessThanOrEqual(Math.abs(x) * 2 ** -8);
        if (b[i] === x) exactBf16++;
      }
      expect(exactBf16).toBeLessThan(ref.length / 10); // really rounded, not a copy
    } finally {
      await Promise.all([f32.close(), f16.close(), bf16.close()]);
    }
  });

  it('writes consistent shards and index', async () => {
    const spec: SampleSpec = { family: 'gpt2', head: 'causal-lm', seed: 4, shards: 3 };
    const dir = await gen(spec);
    const single = await openWeights(await gen({ ...spec, shards: 1 }));
    const files = (await readdir(dir)).filter((f) => f.includes('safetensors')).sort();
    expect(files).toEqual([
      'model-00001-of-00003.safetensors',
      'model-00002-of-00003.safetensors',
      'model-00003-of-00003.safetensors',
      'model.safetensors.index.json',
    ]);
    const index = (await json(dir, 'model.safetensors.index.json')) as {
      metadata: { total_size: number };
      weight_map: Record<string, string>;
    };
    const names = Object.keys(index.weight_map);
    expect(names).toEqual([...single.tensors.keys()]);
    expect(new Set(Object.values(index.weight_map)).size).toBe(3);
    expect(index.metadata.total_size).toBe(single.totalBytes);
    const sharded = await openWeights(dir);
    try {
      expect(sharded.files).toHaveLength(3);
      for (const name of names) {
        expect(Buffer.from(await sharded.read(name)).equals(Buffer.from(await single.read(name)))).toBe(true);
      }
      // Contiguous in name order: shard numbers never decrease along the sorted names.
      const order = names.map((k) => index.weight_map[k]!);
      expect([...order].sort()).toEqual(order);
    } finally {
      await sharded.close();
      await single.close();
    }
    await expect(generateSample({ ...spec, layers: 1, shards: 1000 }, join(root, 'too-many'))).rejects.toMatchObject({
      code: 'SAMPLE_INVALID_SPEC',
      pointer: '/shards',
    });
  });

  it('writes generation_config.json for causal-lm only, and no tokenizer for tokenizer none', async () => {
    const lm = await gen({ family: 'gpt2', head: 'causal-lm', seed: 1, layers: 1 });
    const cfg = await json(lm, 'config.json');
    expect(await json(lm, 'generation_config.json')).toEqual({
      _from_model_config: true,
      bos_token_id: cfg['bos_token_id'],
      eos_token_id: cfg['eos_token_id'],
      pad_token_id: cfg['pad_token_id'],
      transformers_version: '4.46.0',
    });
    expect(cfg['eos_token_id']).toBe((cfg['vocab_size'] as number) - 1);
    expect(cfg).not.toHaveProperty('tie_word_embeddings');
    const cls = await gen({ family: 'gpt2', head: 'sequence-classification', seed: 1, layers: 1, tokenizer: 'none' });
    expect((await readdir(cls)).sort()).toEqual(['config.json', 'model.safetensors']);
    expect((await json(cls, 'config.json'))['vocab_size']).toBe(cfg['vocab_size']);
  });

  it('refuses a non-empty output dir unless forced, and leaves nothing behind on failure', async () => {
    const dir = join(root, 'occupied');
    await mkdir(dir);
    await writeFile(join(dir, 'keep.txt'), 'x');
    await expect(generateSample({ family: 'bert', head: 'base', seed: 0 }, dir)).rejects.toMatchObject({ code: 'OUTPUT_NOT_EMPTY' });
    await generateSample({ family: 'bert', head: 'base', seed: 0, layers: 1 }, dir, { force: true });
    expect(await readdir(dir)).not.toContain('keep.txt');
    const before = (await readdir(root)).sort();
    await expect(
      generateSample({ family: 'bert', head: 'base', seed: 0 }, join(root, 'escape'), { extraFiles: new Map([['../x', 'x']]) }),
    ).rejects.toMatchObject({ code: 'PATH_ESCAPES_ROOT' });
    expect((await readdir(root)).sort()).toEqual(before);
  });
});
