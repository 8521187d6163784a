import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256File } from '@mlpack/core';
import { GraphBuilder } from '@mlpack/graph';
import type { Graph } from '@mlpack/graph';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { cleanupTempDirs, emitAndRun, emitToTemp } from './__fixtures__/emit-and-run.js';
import { loadModel, runModel } from './__fixtures__/tfjs-runtime.js';
import { buildTinyGraph, tinyInputs, writeTinyWeights } from './__fixtures__/tiny-transformer.js';
import type { TinyWeights } from './__fixtures__/tiny-transformer.js';
import { writeWeights } from './__fixtures__/weights-file.js';
import { PIECE_BYTES, emitTfjs } from './emit-tfjs.js';
import type { EmitTfjsOptions } from './emit-tfjs.js';
import type { TfjsModelJson } from './graph-def.js';

let dir: string;
let tiny: TinyWeights;
let graph: Graph;

beforeAll(async () => {
  dir = await makeTempDir('mlpack-tfjs-emit-');
  tiny = await writeTinyWeights(dir);
  graph = buildTinyGraph(tiny.source);
});

afterAll(async () => {
  await tiny?.source.close();
  await removeTempDir(dir);
  await cleanupTempDirs();
});

async function readModelJson(d: string): Promise<TfjsModelJson> {
  return JSON.parse(await readFile(join(d, 'model.json'), 'utf8')) as TfjsModelJson;
}

/** Bytes the manifest says the shards hold: elements × (2 for float16-quantized, else 4 / 1). */
function manifestBytes(json: TfjsModelJson): number {
  const per = { float32: 4, int32: 4, bool: 1 } as const;
  return json.weightsManifest[0]!.weights.reduce(
    (a, w) => a + w.shape.reduce((x, d) => x * d, 1) * (w.quantization?.dtype === 'float16' ? 2 : per[w.dtype]),
    0,
  );
}

async function pooled(d: string): Promise<number[]> {
  const model = await loadModel(d);
  const x = tinyInputs([4, 2], 4, 9);
  const t = (v: number[]) => ({ dtype: 'int32' as const, shape: [2, 4], data: v });
  const out = await runModel(model, { input_ids: t(x.ids), attention_mask: t(x.mask), token_type_ids: t(x.types) }, ['pooler_output']);
  model.dispose();
  return out.pooler_output!.data;
}

describe('weight shards and manifest', () => {
  it('cuts shards at shardBytes (last one the remainder) and the manifest accounts for every byte', async () => {
    const shardBytes = 1000;
    const { dir: out, result } = await emitToTemp(graph, { shardBytes });
    const json = await readModelJson(out);
    const paths = json.weightsManifest[0]!.paths;
    const sizes = await Promise.all(paths.map(async (p) => (await stat(join(out, p))).size));
    const total = sizes.reduce((a, s) => a + s, 0);
    expect(json.weightsManifest).toHaveLength(1);
    expect(paths.length).toBe(Math.ceil(total / shardBytes));
    expect(paths.length).toBeGreaterThan(2);
    paths.forEach((p, i) => expect(p).toBe(`group1-shard${i + 1}of${paths.length}.bin`));
    sizes.slice(0, -1).forEach((s) => expect(s).toBe(shardBytes));
    expect(sizes[sizes.length - 1]).toBe(total - shardBytes * (paths.length - 1));
    expect(manifestBytes(json)).toBe(total);
    expect(result.weightBytes).toBe(total);
    expect(result.shards).toBe(paths.length);
    expect(result.files.map((f) => f.path)).toEqual(['model.json', ...paths]);
    expect(result.files.map((f) => f.size)).toEqual([(await stat(join(out, 'model.json'))).size, ...sizes]);
    expect((await readdir(out)).sort()).toEqual(['model.json', ...paths].sort());
    // Weights straddle shard boundaries, and the model still computes the same as one big shard.
    const { dir: single } = await emitToTemp(graph, { shardBytes: 1 << 20 });
    expect((await readModelJson(single)).weightsManifest[0]!.paths).toEqual(['group1-shard1of1.bin']);
    expect(await pooled(out)).toEqual(await pooled(single));
  });

  it('default shard size is 4 MiB and a shard holds exactly that much when the weights are larger', async () => {
    const d = await makeTempDir('mlpack-tfjs-big-');
    try {
      const n = 1_200_000; // 4.8 MB of float32: one full 4 MiB shard and a remainder
      const big = await writeWeights(d, [{ name: 'big', dtype: 'F32', shape: [n], values: Float32Array.from({ length: n }, (_, i) => (i % 1000) / 1000) }]);
      const g = new GraphBuilder({ name: 'big' });
      g.output('y', g.add(g.input('x', 'float32', [n]), g.weight(big.get('big')!)));
      const { dir: out, result } = await emitToTemp(g.build());
      expect(result.shards).toBe(2);
      expect(result.files[1]!.size).toBe(4 * 1024 * 1024);
      expect(result.files[2]!.size).toBe(n * 4 - 4 * 1024 * 1024);
      const model = await loadModel(out);
      const y = await runModel(model, { x: { dtype: 'float32', shape: [n], data: new Float32Array(n) } }, ['y']);
      model.dispose();
      expect(y.y!.data[999]).toBeCloseTo(0.999, 6);
      expect(y.y!.data[n - 1]).toBeCloseTo(((n - 1) % 1000) / 1000, 6);
      await big.close();
    } finally {
      await removeTempDir(d);
    }
  });

  it('float16 mode quantizes file weights only; each of their entries takes half the bytes', async () => {
    const { dir: o32 } = await emitToTemp(graph);
    const { dir: o16, result } = await emitToTemp(graph, { weightDtype: 'float16' });
    const j32 = await readModelJson(o32);
    const j16 = await readModelJson(o16);
    const fileWeights = new Set(graph.initializers.filter((i) => i.kind === 'tensor').map((i) => i.name));
    // The storeWeightsAsFloat16 pass renames each file weight `<name>.f16`; constants keep theirs.
    expect(j16.weightsManifest[0]!.weights.map((w) => w.name.replace(/\.f16$/, ''))).toEqual(j32.weightsManifest[0]!.weights.map((w) => w.name));
    for (const w of j16.weightsManifest[0]!.weights) {
      const base = w.name.replace(/\.f16$/, '');
      expect(w.dtype).toBe(j32.weightsManifest[0]!.weights.find((x) => x.name === base)!.dtype);
      if (fileWeights.has(base)) expect(w.quantization).toEqual({ dtype: 'float16' });
      else expect(w.quantization).toBeUndefined();
    }
    expect(manifestBytes(j16)).toBe(result.weightBytes);
    // The additive-mask constant (float32 min) is kept float32: in float16 it would be -Infinity.
    const maskConst = graph.initializers.find((i) => i.kind === 'constant' && i.values[0] === -3.4028234663852886e38)!;
    expect(j16.weightsManifest[0]!.weights.find((w) => w.name === maskConst.name)).toEqual({ name: maskConst.name, shape: [], dtype: 'float32' });
    expect((await pooled(o16)).every(Number.isFinite)).toBe(true);
  });

  it('is byte-deterministic: two emits give files with equal sha256', async () => {
    const a = await emitToTemp(graph, { shardBytes: 777, weightDtype: 'float16', metadata: { b: '2', a: '1' } });
    const b = await emitToTemp(graph, { shardBytes: 777, weightDtype: 'float16', metadata: { a: '1', b: '2' } });
    expect(b.result).toEqual(a.result);
    for (const f of a.result.files) expect(await sha256File(join(b.dir, f.path))).toBe(await sha256File(join(a.dir, f.path)));
  });
});

describe('file hashes and deferred metadata', () => {
  it("reports every file's size and sha256, equal to the files on disk, in float32 and float16 modes", async () => {
    for (const weightDtype of ['float32', 'float16'] as const) {
      const { dir: out, result } = await emitToTemp(graph, { shardBytes: 1000, weightDtype, metadata: { k: 'v' } });
      expect(result.files.length).toBeGreaterThanOrEqual(3);
      expect((await readdir(out)).sort()).toEqual(result.files.map((f) => f.path).sort());
      for (const f of result.files) {
        expect({ path: f.path, size: f.size, sha256: f.sha256 }).toEqual({
          path: f.path,
          size: (await stat(join(out, f.path))).size,
          sha256: await sha256File(join(out, f.path)),
        });
      }
    }
  });

  it('metadata given as a promise gives the same bytes as a plain object, even when it settles after the shards', async () => {
    const metadata = { 'mlpack.source_sha256': '{"model.safetensors":"00"}', z: '1' };
    const plain = await emitToTemp(graph, { shardBytes: 1000, metadata });
    let settle!: (m: Record<string, string>) => void;
    const later = new Promise<Record<string, string>>((r) => (settle = r));
    const emitting = emitToTemp(graph, { shardBytes: 1000, metadata: later });
    // Let the shards be written while the metadata is still pending.
    await new Promise((r) => setTimeout(r, 50));
    settle({ ...metadata });
    const deferred = await emitting;
    expect(deferred.result).toEqual(plain.result);
    expect((await readModelJson(deferred.dir)).userDefinedMetadata).toEqual(metadata);
  });

  it('a reserved key in promised metadata is TFJS_BAD_OPTIONS; a rejected promise rejects the emit', async () => {
    await expect(emitToTemp(graph, { metadata: Promise.resolve({ signature: 'x' }) })).rejects.toMatchObject({ code: 'TFJS_BAD_OPTIONS' });
    const failed = Promise.reject(new Error('hashing failed'));
    failed.catch(() => undefined); // handled here: the emitter only awaits it after the shards
    await expect(emitToTemp(graph, { metadata: failed })).rejects.toThrow('hashing failed');
  });
});

describe('large weights', () => {
  it('a weight larger than PIECE_BYTES is copied piece by piece and lands in the shards byte for byte', async () => {
    const big = Float32Array.from({ length: 1_200_000 }, (_, i) => Math.cos(i) * 100);
    const mat = Float32Array.from({ length: 600 * 500 }, (_, i) => i % 7919);
    expect(big.byteLength).toBeGreaterThan(PIECE_BYTES);
    const file = join(dir, 'large.bin');
    const header = 16;
    await writeFile(file, Buffer.concat([Buffer.alloc(header, 0xee), Buffer.from(big.buffer), Buffer.from(mat.buffer)]));
    const g = new GraphBuilder({ name: 'large' });
    const x = g.input('x', 'float32', [600_000]);
    g.output('a', g.add(x, g.weight({ name: 'big', dtype: 'F32', shape: [2, 600_000], file, byteOffset: header, byteLength: big.byteLength })));
    g.output(
      'b',
      g.relu(
        g.weight({ name: 'mat', dtype: 'F32', shape: [600, 500], file, byteOffset: header + big.byteLength, byteLength: mat.byteLength }, { transpose: true }),
      ),
    );
    const transposed = new Float32Array(mat.length);
    for (let r = 0; r < 600; r++) for (let c = 0; c < 500; c++) transposed[c * 600 + r] = mat[r * 500 + c]!;

    const { dir: out, result } = await emitToTemp(g.build(), { shardBytes: 3_000_000 });
    const json = await readModelJson(out);
    const stream = Buffer.concat(await Promise.all(json.weightsManifest[0]!.paths.map((p) => readFile(join(out, p)))));
    const at = (name: string): number => {
      let offset = 0;
      for (const w of json.weightsManifest[0]!.weights) {
        if (w.name === name) return offset;
        offset += w.shape.reduce((a, d) => a * d, 1) * 4;
      }
      throw new Error(`no weight ${name}`);
    };
    expect(Buffer.compare(stream.subarray(at('big'), at('big') + big.byteLength), Buffer.from(big.buffer))).toBe(0);
    expect(Buffer.compare(stream.subarray(at('mat.T'), at('mat.T') + mat.byteLength), Buffer.from(transposed.buffer))).toBe(0);
    for (const f of result.files) expect(f.sha256, f.path).toBe(await sha256File(join(out, f.path)));
  });
});

describe('model.json', () => {
  it('declares format, tool versions, metadata (sorted) and a signature keyed by the I/O names', async () => {
    const { dir: out } = await emitToTemp(graph, { metadata: { 'mlpack.task': 'feature-extraction', id2label: '{"0":"A"}' } });
    const json = await readModelJson(out);
    expect(json.format).toBe('graph-model');
    expect(json.generatedBy).toMatch(/^mlpack \d+\.\d+\.\d+/);
    expect(json.convertedBy).toBe(json.generatedBy);
    expect(Object.keys(json.userDefinedMetadata)).toEqual(['id2label', 'mlpack.task']);
    expect(json.modelTopology.versions).toEqual({ producer: 0 });
    expect(Object.keys(json.signature.inputs)).toEqual(['input_ids', 'attention_mask', 'token_type_ids']);
    expect(json.signature.inputs.input_ids).toEqual({ name: 'input_ids:0', dtype: 'DT_INT32', tensorShape: { dim: [{ size: '-1' }, { size: '-1' }] } });
    expect(json.signature.outputs.pooler_output).toEqual({ name: 'pooler_output:0', dtype: 'DT_FLOAT', tensorShape: { dim: [{ size: '-1' }, { size: '8' }] } });
    const placeholder = json.modelTopology.node.find((n) => n.name === 'attention_mask')!;
    expect(placeholder.op).toBe('Placeholder');
    expect(placeholder.attr!.dtype).toEqual({ type: 'DT_INT32' });
    // Every Const has a manifest entry of the same name, and nothing else does.
    const consts = json.modelTopology.node.filter((n) => n.op === 'Const').map((n) => n.name);
    expect(json.weightsManifest[0]!.weights.map((w) => w.name)).toEqual(consts);
    // IR names are kept: weights by tensor name, lowered nodes by IR node name.
    expect(consts).toContain('attention.query.weight.T');
    expect(json.modelTopology.node.some((n) => n.name === '/attention/Softmax' && n.op === 'Softmax')).toBe(true);
    // TF.js hands the metadata back.
    const model = await loadModel(out);
    expect(model.metadata).toEqual(json.userDefinedMetadata);
    model.dispose();
  });

  it('uses the signature option for order; mismatches are TFJS_BAD_SIGNATURE', async () => {
    const inputs = [
      { name: 'token_type_ids', dtype: 'int64' as const, shape: ['batch_size', 'sequence_length'] },
      { name: 'attention_mask', dtype: 'int64' as const, shape: ['batch_size', 'sequence_length'] },
      { name: 'input_ids', dtype: 'int64' as const, shape: ['batch_size', 'sequence_length'] },
    ];
    const outputs = [
      { name: 'pooler_output', dtype: 'float32' as const, shape: ['batch_size', 8] },
      { name: 'last_hidden_state', dtype: 'float32' as const, shape: ['batch_size', 'sequence_length', 8] },
    ];
    const { dir: out } = await emitToTemp(graph, { signature: { inputs, outputs } });
    const json = await readModelJson(out);
    expect(Object.keys(json.signature.inputs)).toEqual(['token_type_ids', 'attention_mask', 'input_ids']);
    expect(Object.keys(json.signature.outputs)).toEqual(['pooler_output', 'last_hidden_state']);
    await expect(emitToTemp(graph, { signature: { inputs: inputs.slice(1), outputs } })).rejects.toMatchObject({ code: 'TFJS_BAD_SIGNATURE' });
    await expect(emitToTemp(graph, { signature: { inputs: [...inputs, inputs[0]!], outputs } })).rejects.toMatchObject({ code: 'TFJS_BAD_SIGNATURE' });
    await expect(emitToTemp(graph, { signature: { inputs, outputs: [{ ...outputs[0]!, dtype: 'int64' }, outputs[1]!] } })).rejects.toMatchObject({
      code: 'TFJS_BAD_SIGNATURE',
    });
  });

  it('sanitizes ":" out of node names and still feeds the input by its signature name', async () => {
    const g = new GraphBuilder({ name: 'colon' });
    g.output('y:out', g.relu(g.input('x:in', 'float32', [2])));
    const { dir: out } = await emitToTemp(g.build());
    const json = await readModelJson(out);
    expect(json.modelTopology.node.map((n) => n.name)).toEqual(['x_in', 'y_out']);
    expect(json.signature.inputs['x:in']!.name).toBe('x_in:0');
    const model = await loadModel(out);
    const r = await runModel(model, { 'x:in': { dtype: 'float32', shape: [2], data: [-1, 3] } }, ['y:out']);
    model.dispose();
    expect(r['y:out']!.data).toEqual([0, 3]);
  });

  it('a graph without weights has one empty group and runs synchronously', async () => {
    const g = new GraphBuilder({ name: 'noweights' });
    g.output('y', g.relu(g.input('x', 'float32', ['n'])));
    const { dir: out, result } = await emitToTemp(g.build());
    expect(result).toMatchObject({ weightBytes: 0, shards: 0 });
    expect((await readModelJson(out)).weightsManifest).toEqual([{ paths: [], weights: [] }]);
    const [r] = await emitAndRun(g.build(), [{ x: { dtype: 'float32', shape: [3], data: [-2, 0, 2] } }], { mode: 'sync' });
    expect(r!.y!.data).toEqual([0, 0, 2]);
  });
});

describe('integers (TF.js has no int64)', () => {
  it('int64 file weights are stored as int32 and used as gather indices', async () => {
    const d = await makeTempDir('mlpack-tfjs-i64-');
    try {
      const w = await writeWeights(d, [{ name: 'perm', dtype: 'I64', shape: [3], values: [2, 0, 1] }]);
      const g = new GraphBuilder({ name: 'i64' });
      g.output('y', g.gather(g.input('x', 'float32', [3, 'n']), g.weight(w.get('perm')!), 0));
      const { dir: out } = await emitToTemp(g.build());
      const entries = (await readModelJson(out)).weightsManifest[0]!.weights;
      expect(entries[0]).toEqual({ name: 'perm', shape: [3], dtype: 'int32' });
      // perm: 3 × 4 bytes (not 3 × 8), then the int32 scalar gather axis.
      expect(entries.slice(1)).toEqual([{ name: '/tfjs_const/int32/[]/0', shape: [], dtype: 'int32' }]);
      expect((await stat(join(out, 'group1-shard1of1.bin'))).size).toBe(16);
      const model = await loadModel(out);
      const r = await runModel(model, { x: { dtype: 'float32', shape: [3, 1], data: [10, 20, 30] } }, ['y']);
      model.dispose();
      expect(r.y!.data).toEqual([30, 10, 20]);
      await w.close();
    } finally {
      await removeTempDir(d);
    }
  });

  it('int64 values outside int32 are TFJS_INT_RANGE (inline constants and file weights)', async () => {
    const g = new GraphBuilder({ name: 'bigconst' });
    g.output('y', g.add(g.input('x', 'int64', [1]), g.constant('int64', [1], [2 ** 31])));
    await expect(emitToTemp(g.build())).rejects.toMatchObject({ code: 'TFJS_INT_RANGE' });
    const d = await makeTempDir('mlpack-tfjs-i64big-');
    try {
      const w = await writeWeights(d, [{ name: 'ids', dtype: 'I64', shape: [2], values: [1, -(2 ** 31) - 1] }]);
      const g2 = new GraphBuilder({ name: 'bigweight' });
      g2.output('y', g2.add(g2.input('x', 'int64', [2]), g2.weight(w.get('ids')!)));
      await expect(emitToTemp(g2.build())).rejects.toMatchObject({ code: 'TFJS_INT_RANGE', tensor: 'ids' });
      await w.close();
    } finally {
      await removeTempDir(d);
    }
  });

  it('a float32 weight beyond the float16 range is VALUE_OVERFLOW in float16 mode only', async () => {
    const d = await makeTempDir('mlpack-tfjs-f16-');
    try {
      const w = await writeWeights(d, [{ name: 'huge', dtype: 'F32', shape: [2], values: [1, 70000] }]);
      const g = new GraphBuilder({ name: 'huge' });
      g.output('y', g.mul(g.input('x', 'float32', [2]), g.weight(w.get('huge')!)));
      await expect(emitToTemp(g.build(), { weightDtype: 'float16' })).rejects.toMatchObject({ code: 'VALUE_OVERFLOW', tensor: 'huge' });
      await expect(emitToTemp(g.build())).resolves.toMatchObject({ result: { weightBytes: 8 } });
      await w.close();
    } finally {
      await removeTempDir(d);
    }
  });
});

describe('options and graph checks', () => {
  const small = (): Graph => {
    const g = new GraphBuilder({ name: 'small' });
    g.output('y', g.relu(g.input('x', 'float32', [2])));
    return g.build();
  };

  it('refuses bad options with TFJS_BAD_OPTIONS (exit 2)', async () => {
    const cases: Omit<EmitTfjsOptions, 'dir'>[] = [
      { shardBytes: 0 },
      { shardBytes: 1.5 },
      { metadata: { signature: 'x' } },
      { metadata: { structuredOutputKeys: '[]' } },
    ];
    for (const options of cases) {
      await expect(emitToTemp(small(), options)).rejects.toMatchObject({ code: 'TFJS_BAD_OPTIONS', exitCode: 2 });
    }
    await expect(emitTfjs(small(), { dir: join(dir, 'does-not-exist') })).rejects.toMatchObject({ code: 'TFJS_BAD_OPTIONS' });
  });

  it('refuses an invalid graph with TFJS_INVALID_GRAPH', async () => {
    const g = small();
    const broken: Graph = { ...g, nodes: g.nodes.map((n) => ({ ...n, inputs: ['nope'] })) };
    await expect(emitToTemp(broken)).rejects.toMatchObject({ code: 'TFJS_INVALID_GRAPH' });
  });

  it('refuses a lowering it cannot express with TFJS_UNSUPPORTED_OP', async () => {
    // Mixed-sign constant indices along a symbolic dim: TF.js does not wrap negative indices, and
    // only an all-negative constant can be shifted by the run-time dim.
    const g = new GraphBuilder({ name: 'mixed' });
    g.output('y', g.gather(g.input('x', 'float32', ['n', 2]), g.constant('int64', [2], [-1, 0]), 0));
    await expect(emitToTemp(g.build())).rejects.toMatchObject({ code: 'TFJS_UNSUPPORTED_OP' });
  });
});
