import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import type { HostTensor } from '@mlpack/core';
import { checkTfjsModel } from './tfjs-model-check.js';
import { createTfjsRunner } from './tfjs-runner.js';

/**
 * A hand-written TF.js graph model: logits = GatherV2(emb, input_ids, axis 0) + bias.
 * emb is [4, 2], bias [2], axis an int32 scalar; all Const values live in the shards.
 */
const EMB = [0, 1, 10, 11, 20.5, -21, 30, 31.25];
const BIAS = [0.5, -0.5];
const topology = {
  node: [
    { name: 'input_ids', op: 'Placeholder', attr: { dtype: { type: 'DT_INT32' }, shape: { shape: { dim: [{ size: '-1' }, { size: '-1' }] } } } },
    {
      name: 'emb',
      op: 'Const',
      attr: { dtype: { type: 'DT_FLOAT' }, value: { tensor: { dtype: 'DT_FLOAT', tensorShape: { dim: [{ size: '4' }, { size: '2' }] } } } },
    },
    { name: 'bias', op: 'Const', attr: { dtype: { type: 'DT_FLOAT' }, value: { tensor: { dtype: 'DT_FLOAT', tensorShape: { dim: [{ size: '2' }] } } } } },
    { name: 'axis', op: 'Const', attr: { dtype: { type: 'DT_INT32' }, value: { tensor: { dtype: 'DT_INT32', tensorShape: {} } } } },
    {
      name: 'gather',
      op: 'GatherV2',
      input: ['emb', 'input_ids', 'axis'],
      attr: { Taxis: { type: 'DT_INT32' }, Tindices: { type: 'DT_INT32' }, Tparams: { type: 'DT_FLOAT' }, batch_dims: { i: '0' } },
    },
    { name: 'Identity', op: 'AddV2', input: ['gather', 'bias'], attr: { T: { type: 'DT_FLOAT' } } },
  ],
  library: {},
  versions: { producer: 1 },
};

const f32Bytes = (v: number[]): Uint8Array => new Uint8Array(Float32Array.from(v).buffer);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

interface Variant {
  /** Replace the weights manifest. */
  manifest?: unknown;
  /** Replace the whole model.json text. */
  text?: string;
  /** Extra top-level fields. */
  extra?: Record<string, unknown>;
  /** Shard files to write (default: the float32 weights split over two shards). */
  shards?: Record<string, Uint8Array>;
}

const WEIGHTS = [
  { name: 'emb', shape: [4, 2], dtype: 'float32' },
  { name: 'bias', shape: [2], dtype: 'float32' },
  { name: 'axis', shape: [], dtype: 'int32' },
];
const BYTES = concat(f32Bytes(EMB), f32Bytes(BIAS), new Uint8Array(Int32Array.from([0]).buffer)); // 44 bytes

async function writeModel(dir: string, v: Variant = {}): Promise<string> {
  // The split falls inside `emb`: shards are a byte stream, weights may straddle them.
  const shards = v.shards ?? { 'group1-shard1of2.bin': BYTES.subarray(0, 20), 'group1-shard2of2.bin': BYTES.subarray(20) };
  for (const [name, bytes] of Object.entries(shards)) await writeFile(join(dir, name), bytes);
  const json = {
    format: 'graph-model',
    generatedBy: 'hand',
    convertedBy: 'mlpack test',
    modelTopology: topology,
    signature: {
      inputs: { input_ids: { name: 'input_ids:0', dtype: 'DT_INT32' } },
      outputs: { logits: { name: 'Identity:0', dtype: 'DT_FLOAT' } },
    },
    weightsManifest: v.manifest ?? [{ paths: ['group1-shard1of2.bin', 'group1-shard2of2.bin'], weights: WEIGHTS }],
    ...v.extra,
  };
  const path = join(dir, 'model.json');
  await writeFile(path, v.text ?? JSON.stringify(json));
  return path;
}

const ids64 = (rows: number[][]): HostTensor => ({
  dtype: 'int64',
  dims: [rows.length, rows[0]!.length],
  data: BigInt64Array.from(rows.flat(), (v) => BigInt(v)),
});

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-verify-tfjs-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('tfjs runner', () => {
  it('loads a hand-made graph model from disk and computes gather + bias on int64 ids', async () => {
    const runner = await createTfjsRunner(await writeModel(dir));
    try {
      expect(runner.name).toBe('tfjs');
      expect(runner.inputs).toEqual([{ name: 'input_ids', dtype: 'int32' }]);
      expect(runner.outputNames).toEqual(['logits']);
      expect(runner.plan.totalBytes).toBe(44);
      const out = await runner.run({
        input_ids: ids64([
          [1, 3],
          [2, 0],
        ]),
        ignored: ids64([[0]]),
      });
      expect(Object.keys(out)).toEqual(['logits']);
      const logits = out.logits!;
      expect(logits.dtype).toBe('float32');
      expect(logits.dims).toEqual([2, 2, 2]);
      const expected = [
        [1, 3],
        [2, 0],
      ]
        .flat()
        .flatMap((id) => [EMB[2 * id]! + BIAS[0]!, EMB[2 * id + 1]! + BIAS[1]!]);
      expect(Array.from(logits.data as Float32Array)).toEqual(expected);
      // a second run gives the same numbers (no state leaks between runs)
      expect(
        Array.from(
          (
            await runner.run({
              input_ids: ids64([
                [1, 3],
                [2, 0],
              ]),
            })
          ).logits!.data as Float32Array,
        ),
      ).toEqual(expected);
    } finally {
      await runner.dispose();
      await runner.dispose();
    }
  });

  it('decodes float16-quantized weights (2 bytes each) the way TF.js stores them', async () => {
    // float16 bits: 1.0 = 0x3c00, 0.1 ≈ 0x2e66 (= 0.0999755859375), -2.5 = 0xc100, 10.5 = 0x4940
    const emb16 = new Uint8Array(Uint16Array.from([0x3c00, 0x2e66, 0xc100, 0x4940, 0, 0, 0, 0]).buffer);
    const bytes = concat(emb16, f32Bytes(BIAS), new Uint8Array(Int32Array.from([0]).buffer));
    const weights = [{ ...WEIGHTS[0]!, quantization: { dtype: 'float16' } }, WEIGHTS[1]!, WEIGHTS[2]!];
    const path = await writeModel(dir, { shards: { 'w.bin': bytes }, manifest: [{ paths: ['w.bin'], weights }] });
    const runner = await createTfjsRunner(path);
    try {
      const out = await runner.run({ input_ids: ids64([[0, 1]]) });
      expect(Array.from(out.logits!.data as Float32Array)).toEqual([1.5, 0.0999755859375 - 0.5, -2, 10]);
    } finally {
      await runner.dispose();
    }
  });

  it('refuses ids that do not fit int32 and missing inputs', async () => {
    const runner = await createTfjsRunner(await writeModel(dir));
    try {
      await expect(runner.run({ input_ids: ids64([[1, 2 ** 31]]) })).rejects.toMatchObject({ code: 'INPUT_RANGE', tensor: 'input_ids' });
      await expect(runner.run({ attention_mask: ids64([[1]]) })).rejects.toMatchObject({ code: 'TFJS_MISSING_INPUT', tensor: 'input_ids' });
    } finally {
      await runner.dispose();
    }
  });

  it('a dangling node input fails to load (TFJS_LOAD_FAILED); unknown ops are refused before loading (TFJS_OP_NOT_ALLOWED); weightless Consts fail to run (TFJS_RUN_FAILED)', async () => {
    const dangling = { ...topology, node: topology.node.map((n) => (n.name === 'Identity' ? { ...n, input: ['gather', 'no_such_node'] } : n)) };
    const bad = await writeModel(dir, { extra: { modelTopology: dangling } });
    await expect(createTfjsRunner(bad)).rejects.toMatchObject({ code: 'TFJS_LOAD_FAILED', file: bad });
    const unknownOp = { ...topology, node: topology.node.map((n) => (n.name === 'Identity' ? { ...n, op: 'NoSuchOp' } : n)) };
    await expect(createTfjsRunner(await writeModel(dir, { extra: { modelTopology: unknownOp } }))).rejects.toMatchObject({
      code: 'TFJS_OP_NOT_ALLOWED',
      pointer: '/modelTopology/node/5/op',
    });
    const path = await writeModel(dir, {
      shards: { 'w.bin': BYTES.subarray(0, 40) },
      manifest: [{ paths: ['w.bin'], weights: WEIGHTS.slice(0, 2) }],
    });
    const runner = await createTfjsRunner(path);
    try {
      await expect(runner.run({ input_ids: ids64([[1]]) })).rejects.toMatchObject({ code: 'TFJS_RUN_FAILED' });
    } finally {
      await runner.dispose();
    }
  });
});

describe('model.json validation', () => {
  const one = (weights: unknown[], paths = ['w.bin']) => [{ paths, weights }];
  const shards = { 'w.bin': BYTES };
  const cases: Array<[string, Variant, string, string | undefined]> = [
    ['a path with ..', { shards, manifest: one(WEIGHTS, ['../w.bin']) }, 'TFJS_UNSAFE_PATH', '/weightsManifest/0/paths/0'],
    ['a path with a slash', { shards, manifest: one(WEIGHTS, ['sub/w.bin']) }, 'TFJS_UNSAFE_PATH', '/weightsManifest/0/paths/0'],
    ['a path with a backslash', { shards, manifest: one(WEIGHTS, ['sub\\w.bin']) }, 'TFJS_UNSAFE_PATH', '/weightsManifest/0/paths/0'],
    ['a drive-relative path', { shards, manifest: one(WEIGHTS, ['C:w.bin']) }, 'TFJS_UNSAFE_PATH', '/weightsManifest/0/paths/0'],
    ['a missing shard', { shards, manifest: one(WEIGHTS, ['w.bin', 'w2.bin']) }, 'TFJS_MISSING_SHARD', '/weightsManifest/0/paths/1'],
    ['a truncated shard', { shards: { 'w.bin': BYTES.subarray(0, 40) }, manifest: one(WEIGHTS) }, 'TFJS_SHARD_SIZE', '/weightsManifest/0'],
    [
      'an entry more than the shard holds',
      { shards, manifest: one([...WEIGHTS, { name: 'x', shape: [1], dtype: 'float32' }]) },
      'TFJS_SHARD_SIZE',
      '/weightsManifest/0',
    ],
    [
      'float16 quantization over float32 bytes',
      { shards, manifest: one([{ ...WEIGHTS[0]!, quantization: { dtype: 'float16' } }, WEIGHTS[1]!, WEIGHTS[2]!]) },
      'TFJS_SHARD_SIZE',
      '/weightsManifest/0',
    ],
    [
      'an unknown dtype',
      { shards, manifest: one([{ ...WEIGHTS[0]!, dtype: 'float64' }, WEIGHTS[1]!, WEIGHTS[2]!]) },
      'TFJS_UNKNOWN_DTYPE',
      '/weightsManifest/0/weights/0/dtype',
    ],
    [
      'a string weight',
      { shards, manifest: one([WEIGHTS[0]!, WEIGHTS[1]!, { ...WEIGHTS[2]!, dtype: 'string' }]) },
      'TFJS_UNKNOWN_DTYPE',
      '/weightsManifest/0/weights/2/dtype',
    ],
    [
      'an unknown quantization dtype',
      { shards, manifest: one([{ ...WEIGHTS[0]!, quantization: { dtype: 'int4' } }, WEIGHTS[1]!, WEIGHTS[2]!]) },
      'TFJS_UNKNOWN_DTYPE',
      '/weightsManifest/0/weights/0/quantization/dtype',
    ],
    [
      'duplicate weight names across groups',
      {
        shards: { 'w.bin': BYTES.subarray(0, 40), 'a.bin': BYTES.subarray(40) },
        manifest: [...one(WEIGHTS.slice(0, 2)), { paths: ['a.bin'], weights: [{ ...WEIGHTS[2]!, name: 'emb' }] }],
      },
      'TFJS_DUPLICATE_WEIGHT',
      '/weightsManifest/1/weights/0/name',
    ],
    ['a layers model', { shards, manifest: one(WEIGHTS), extra: { format: 'layers-model' } }, 'TFJS_BAD_MODEL_JSON', '/format'],
    [
      'a negative dim',
      { shards, manifest: one([{ ...WEIGHTS[0]!, shape: [-4, 2] }, WEIGHTS[1]!, WEIGHTS[2]!]) },
      'TFJS_BAD_MODEL_JSON',
      '/weightsManifest/0/weights/0/shape',
    ],
    [
      'a While loop (control flow runs unbounded in-process)',
      {
        shards,
        manifest: one(WEIGHTS),
        extra: { modelTopology: { ...topology, node: [...topology.node, { name: 'loop', op: 'StatelessWhile', input: ['axis'] }] } },
      },
      'TFJS_OP_NOT_ALLOWED',
      '/modelTopology/node/6/op',
    ],
    [
      'a function library',
      { shards, manifest: one(WEIGHTS), extra: { modelTopology: { ...topology, library: { function: [{ signature: { name: 'body' } }] } } } },
      'TFJS_OP_NOT_ALLOWED',
      '/modelTopology/library/function',
    ],
    ['a model initializer graph', { shards, manifest: one(WEIGHTS), extra: { modelInitializer: { node: [] } } }, 'TFJS_OP_NOT_ALLOWED', '/modelInitializer'],
    ['text that is not JSON', { shards, text: '{"format": "graph-model",' }, 'TFJS_BAD_MODEL_JSON', ''],
    ['a duplicate key', { shards, text: '{"format": "graph-model", "format": "graph-model"}' }, 'TFJS_BAD_MODEL_JSON', '/format'],
  ];

  it.each(cases)('rejects %s', async (_label, variant, code, pointer) => {
    const path = await writeModel(dir, variant);
    const checked = await checkTfjsModel(path);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((i) => [i.code, i.pointer])).toEqual([[code, pointer]]);
    expect(checked.issues[0]!.severity).toBe('error');
    await expect(createTfjsRunner(path)).rejects.toMatchObject({ code, pointer });
  });

  it('names the missing shard file itself and collects every problem', async () => {
    const path = await writeModel(dir, {
      shards: {},
      manifest: one([{ ...WEIGHTS[0]!, dtype: 'float64' }, WEIGHTS[0]!], ['gone.bin', '../x.bin']),
    });
    const checked = await checkTfjsModel(path);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((i) => i.code)).toEqual(['TFJS_UNKNOWN_DTYPE', 'TFJS_MISSING_SHARD', 'TFJS_UNSAFE_PATH']);
    expect(checked.issues[1]!.file).toBe(join(dir, 'gone.bin'));
    await expect(createTfjsRunner(path)).rejects.toThrow(/and 2 more problems/);
  });

  it('reports the first 20 refused operators and counts the rest', async () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ name: `w${i}`, op: 'Enter' }));
    const path = await writeModel(dir, { shards, manifest: one(WEIGHTS), extra: { modelTopology: { ...topology, node: [...topology.node, ...many] } } });
    const checked = await checkTfjsModel(path);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues).toHaveLength(21);
    expect(checked.issues[20]!.message).toMatch(/^5 more nodes/);
  });

  it('accepts the valid model and sums its shards', async () => {
    const checked = await checkTfjsModel(await writeModel(dir));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.shards.map((s) => s.size)).toEqual([20, 24]);
    expect(checked.value.weightSpecs.map((w) => w.byteLength)).toEqual([32, 8, 4]);
  });
});
