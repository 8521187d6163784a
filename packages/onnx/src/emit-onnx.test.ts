import { execFileSync } from 'node:child_process';
import { mkdir, open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MLPACK_VERSION, sha256File } from '@mlpack/core';
import { GraphBuilder } from '@mlpack/graph';
import type { Graph } from '@mlpack/graph';
import { assertClose, makeTempDir, pythonOnnxAvailable, pythonWithOnnx, removeTempDir } from '@mlpack/test-utils';
import { runOrt } from './__fixtures__/run-ort.js';
import type { Feed, OrtResult } from './__fixtures__/run-ort.js';
import { TINY, buildTinyGraph, tinyForward, tinyInputs, writeTinyWeights } from './__fixtures__/tiny-block.js';
import type { TinyConfig, TinyWeights } from './__fixtures__/tiny-block.js';
import { PIECE_BYTES, emitOnnx } from './emit-onnx.js';
import type { EmitOnnxOptions } from './emit-onnx.js';
import { EXTERNAL_ALIGNMENT, EXTERNAL_MIN_BYTES } from './plan-layout.js';
import { readOnnxModelInfo } from './read-onnx-model-info.js';

const OUTPUTS = ['last_hidden_state', 'pooler_output', 'mean_hidden'] as const;

let root: string;
let weights: TinyWeights;
let graph: Graph;
let counter = 0;

beforeAll(async () => {
  root = await makeTempDir('mlpack-onnx-emit-');
  weights = await writeTinyWeights(join(root, 'weights.bin'), TINY);
  graph = buildTinyGraph(TINY, weights.infos);
});
afterAll(async () => {
  await removeTempDir(root);
});

async function emitTo(g: Graph, options: Omit<EmitOnnxOptions, 'dir'> = {}): Promise<{ dir: string; result: Awaited<ReturnType<typeof emitOnnx>> }> {
  const dir = join(root, `out-${counter++}`);
  await mkdir(dir);
  return { dir, result: await emitOnnx(g, { ...options, dir }) };
}

function feeds(c: TinyConfig): { feeds: Record<string, Feed>; inputs: ReturnType<typeof tinyInputs> } {
  const inputs = tinyInputs(c);
  const dims = [inputs.batch, inputs.seq];
  return {
    inputs,
    feeds: {
      input_ids: { dtype: 'int64', dims, data: inputs.ids },
      attention_mask: { dtype: 'int64', dims, data: inputs.mask },
      token_type_ids: { dtype: 'int64', dims, data: inputs.types },
    },
  };
}

function checkAgainstReference(out: Record<string, OrtResult>, c: TinyConfig, w: TinyWeights, label: string): void {
  const { inputs } = feeds(c);
  const want = tinyForward(c, w.values, inputs);
  expect(out.last_hidden_state!.dims).toEqual([inputs.batch, inputs.seq, c.hidden]);
  expect(out.pooler_output!.dims).toEqual([inputs.batch, c.hidden]);
  for (const name of OUTPUTS) assertClose(out[name]!.data, want[name], { atol: 1e-5 }, `${label} ${name}`);
}

describe('emitOnnx: a tiny transformer in ONNX Runtime', () => {
  it.each([14, 17, 18, 20, 21])('opset %i matches the float64 TypeScript forward pass within 1e-5', async (opset) => {
    const { dir, result } = await emitTo(graph, { opset });
    expect(result).toEqual({ files: [{ path: 'model.onnx', size: expect.any(Number), sha256: expect.any(String) }], opset, irVersion: { 14: 7, 17: 8, 18: 8, 20: 9, 21: 10 }[opset] });
    const written = await readFile(join(dir, 'model.onnx'));
    expect(result.files[0]).toEqual({ path: 'model.onnx', size: written.length, sha256: await sha256File(join(dir, 'model.onnx')) });
    const out = await runOrt(join(dir, 'model.onnx'), feeds(TINY).feeds);
    checkAgainstReference(out, TINY, weights, `opset ${opset}`);
    const info = await readOnnxModelInfo(join(dir, 'model.onnx'));
    expect([info.opset, info.irVersion]).toEqual([opset, result.irVersion]);
  });

  it('handles the tanh GELU and ALBERT-style shared layers (one initializer per shared tensor)', async () => {
    const c: TinyConfig = { ...TINY, gelu: 'tanh', shareLayers: true, layers: 3 };
    const w = await writeTinyWeights(join(root, 'albert.bin'), c, 5);
    const g = buildTinyGraph(c, w.infos);
    for (const opset of [14, 20]) {
      const { dir } = await emitTo(g, { opset });
      checkAgainstReference(await runOrt(join(dir, 'model.onnx'), feeds(c).feeds), c, w, `albert opset ${opset}`);
      const info = await readOnnxModelInfo(join(dir, 'model.onnx'));
      const shared = info.initializers.filter((i) => i.name.startsWith('encoder.layer.'));
      expect(shared.map((i) => i.name).filter((n) => n.includes('layer.1') || n.includes('layer.2'))).toEqual([]);
      expect(shared).toHaveLength(16);
    }
  });

  it('writes external data that runs in ORT, with aligned offsets and the same outputs as inline', async () => {
    const inline = await emitTo(graph, { opset: 17, externalData: 'never' });
    const external = await emitTo(graph, { opset: 17, externalData: 'always' });
    expect(external.result.files.map((f) => f.path)).toEqual(['model.onnx', 'model.onnx_data']);
    expect((await readdir(external.dir)).sort()).toEqual(['model.onnx', 'model.onnx_data']);

    const info = await readOnnxModelInfo(join(external.dir, 'model.onnx'));
    const ext = info.initializers.filter((i) => i.location === 'external');
    const small = info.initializers.filter((i) => i.location === 'inline');
    expect(ext.length).toBe(15);
    expect(ext.every((i) => i.byteLength >= EXTERNAL_MIN_BYTES && i.external!.location === 'model.onnx_data')).toBe(true);
    expect(small.every((i) => i.byteLength < EXTERNAL_MIN_BYTES)).toBe(true);
    expect(ext.map((i) => i.external!.offset % EXTERNAL_ALIGNMENT)).toEqual(ext.map(() => 0));
    const last = ext.at(-1)!.external!;
    expect(external.result.files[1]!.size).toBe(last.offset + last.length);

    // The external bytes are the very bytes the inline model carries.
    const inlineInfo = await readOnnxModelInfo(join(inline.dir, 'model.onnx'));
    expect(inlineInfo.initializers.map((i) => [i.name, i.dims])).toEqual(info.initializers.map((i) => [i.name, i.dims]));
    const data = await readFile(join(external.dir, 'model.onnx_data'));
    const word = ext.find((i) => i.name === 'embeddings.word_embeddings.weight')!.external!;
    const src = weights.infos.get('embeddings.word_embeddings.weight')!;
    const file = await readFile(src.file);
    expect(Buffer.compare(data.subarray(word.offset, word.offset + word.length), file.subarray(src.byteOffset, src.byteOffset + src.byteLength))).toBe(0);

    const a = await runOrt(join(inline.dir, 'model.onnx'), feeds(TINY).feeds);
    const b = await runOrt(join(external.dir, 'model.onnx'), feeds(TINY).feeds);
    for (const name of OUTPUTS) expect(b[name]!.data).toEqual(a[name]!.data);
    checkAgainstReference(b, TINY, weights, 'external');
  });

  it('is byte-deterministic across emits', async () => {
    for (const externalData of ['never', 'always'] as const) {
      const a = await emitTo(graph, { opset: 17, externalData, metadata: { z: '1', a: '2' } });
      const b = await emitTo(buildTinyGraph(TINY, weights.infos), { opset: 17, externalData, metadata: { a: '2', z: '1' } });
      expect(b.result).toEqual(a.result);
      for (const f of a.result.files) expect(await sha256File(join(b.dir, f.path))).toBe(await sha256File(join(a.dir, f.path)));
    }
  });

  it("reports each file's size and sha256 as on disk, inline and with external data", async () => {
    for (const externalData of ['never', 'always'] as const) {
      const { dir, result } = await emitTo(graph, { opset: 17, externalData, metadata: { a: '1' } });
      expect(result.files).toHaveLength(externalData === 'never' ? 1 : 2);
      for (const f of result.files) {
        const bytes = await readFile(join(dir, f.path));
        expect(f).toEqual({ path: f.path, size: bytes.length, sha256: await sha256File(join(dir, f.path)) });
      }
    }
  });

  it('metadata given as a promise gives the same bytes as a plain object (weights are read while it is pending)', async () => {
    const metadata = { 'mlpack.source_sha256': '{"model.safetensors":"ab"}', z: 'last' };
    for (const externalData of ['never', 'always'] as const) {
      const plain = await emitTo(graph, { opset: 17, externalData, metadata });
      let settle!: (m: Record<string, string>) => void;
      const emitting = emitTo(graph, { opset: 17, externalData, metadata: new Promise((r) => (settle = r)) });
      await new Promise((r) => setTimeout(r, 30));
      settle({ ...metadata });
      const deferred = await emitting;
      expect(deferred.result).toEqual(plain.result);
      expect((await readOnnxModelInfo(join(deferred.dir, 'model.onnx'))).metadata).toEqual([
        { key: 'mlpack.source_sha256', value: '{"model.safetensors":"ab"}' },
        { key: 'z', value: 'last' },
      ]);
    }
    const failed = Promise.reject(new Error('no hashes'));
    failed.catch(() => undefined); // handled here: emitTo awaits a mkdir before the emitter sees it
    await expect(emitTo(graph, { metadata: failed })).rejects.toThrow('no hashes');
  });

  it('copies a tensor larger than PIECE_BYTES piece by piece, and transposes a large one whole, byte for byte', async () => {
    // A [2, 600_000] float32 weight (4.8 MB, stored as is) and a [1100, 1000] one used transposed (4.4 MB).
    const big = Float32Array.from({ length: 1_200_000 }, (_, i) => Math.sin(i) * 1000);
    const mat = Float32Array.from({ length: 1_100_000 }, (_, i) => i % 9973);
    expect(big.byteLength).toBeGreaterThan(PIECE_BYTES);
    const file = join(root, 'large.bin');
    const header = 24;
    await writeFile(file, Buffer.concat([Buffer.alloc(header, 0xee), Buffer.from(big.buffer), Buffer.from(mat.buffer)]));
    const g = new GraphBuilder({ name: 'large' });
    g.output('a', g.weight({ name: 'big', dtype: 'F32', shape: [2, 600_000], file, byteOffset: header, byteLength: big.byteLength }));
    g.output('b', g.weight({ name: 'mat', dtype: 'F32', shape: [1100, 1000], file, byteOffset: header + big.byteLength, byteLength: mat.byteLength }, { transpose: true }));
    const transposed = new Float32Array(mat.length);
    for (let r = 0; r < 1100; r++) for (let c = 0; c < 1000; c++) transposed[c * 1100 + r] = mat[r * 1000 + c]!;
    const want = [Buffer.from(big.buffer), Buffer.from(transposed.buffer)];

    const external = await emitTo(g.build(), { externalData: 'always' });
    const info = await readOnnxModelInfo(join(external.dir, 'model.onnx'));
    const data = await readFile(join(external.dir, 'model.onnx_data'));
    expect(info.initializers.map((i) => i.name)).toEqual(['big', 'mat.T']);
    info.initializers.forEach((init, i) => {
      const { offset, length } = init.external!;
      expect(Buffer.compare(data.subarray(offset, offset + length), want[i]!), init.name).toBe(0);
    });
    expect(external.result.files[1]!.sha256).toBe(await sha256File(join(external.dir, 'model.onnx_data')));

    const inline = await emitTo(g.build(), { externalData: 'never' });
    const model = await readFile(join(inline.dir, 'model.onnx'));
    for (const w of want) expect(model.indexOf(w)).toBeGreaterThan(0);
    expect(inline.result.files[0]).toEqual({ path: 'model.onnx', size: model.length, sha256: await sha256File(join(inline.dir, 'model.onnx')) });
  });

  it("'auto' keeps a small model inline", async () => {
    const { dir, result } = await emitTo(graph);
    expect(result.opset).toBe(17);
    expect(result.files.map((f) => f.path)).toEqual(['model.onnx']);
    expect((await readOnnxModelInfo(join(dir, 'model.onnx'))).initializers.every((i) => i.location === 'inline')).toBe(true);
  });
});

describe('emitOnnx: model metadata and I/O description', () => {
  it('writes producer, opset, sorted metadata, doc string and symbolic dims', async () => {
    const { dir } = await emitTo(graph, { opset: 18, fileName: 'encoder.onnx', metadata: { 'mlpack.task': 'feature-extraction', arch: 'bert' }, docString: 'tiny' });
    const info = await readOnnxModelInfo(join(dir, 'encoder.onnx'));
    expect(info).toMatchObject({
      irVersion: 8,
      opset: 18,
      opsetImports: [{ domain: '', version: 18 }],
      producerName: 'mlpack',
      producerVersion: MLPACK_VERSION,
      docString: 'tiny',
      graphName: 'tiny-bert',
      metadata: [
        { key: 'arch', value: 'bert' },
        { key: 'mlpack.task', value: 'feature-extraction' },
      ],
    });
    expect(info.inputs).toEqual(
      ['input_ids', 'attention_mask', 'token_type_ids'].map((name) => ({ name, dtype: 'int64', dims: ['batch_size', 'sequence_length'] })),
    );
    expect(info.outputs).toEqual([
      { name: 'last_hidden_state', dtype: 'float32', dims: ['batch_size', 'sequence_length', 16] },
      { name: 'pooler_output', dtype: 'float32', dims: ['batch_size', 16] },
      { name: 'mean_hidden', dtype: 'float32', dims: ['batch_size', 16] },
    ]);
    expect(info.initializers[0]).toEqual({ name: 'embeddings.word_embeddings.weight', dtype: 'float32', dims: [40, 16], location: 'inline', byteLength: 2560 });
    expect(info.nodes[0]).toEqual({ name: '/embeddings/Gather', opType: 'Gather' });
  });
});

describe('emitOnnx: errors', () => {
  it('refuses bad options as usage errors', async () => {
    await expect(emitTo(graph, { opset: 13 })).rejects.toMatchObject({ code: 'UNSUPPORTED_OPSET', exitCode: 2 });
    await expect(emitTo(graph, { fileName: '../model.onnx' })).rejects.toMatchObject({ code: 'BAD_OPTIONS', exitCode: 2 });
    await expect(emitTo(graph, { fileName: 'model.bin' })).rejects.toMatchObject({ code: 'BAD_OPTIONS' });
    await expect(emitTo(graph, { externalData: 'sometimes' as 'auto' })).rejects.toMatchObject({ code: 'BAD_OPTIONS' });
  });

  it('refuses an invalid graph', async () => {
    const broken: Graph = { ...graph, nodes: graph.nodes.slice(1) };
    await expect(emitTo(broken)).rejects.toMatchObject({ code: 'INVALID_GRAPH' });
    await expect(emitTo(broken)).rejects.toThrow(/\/nodes\/\d+\/inputs\/\d+: node "[^"]+" uses "\/embeddings\/Gather_output_0" before it is defined/);
  });

  it("'never' with a model above 2 GiB is MODEL_TOO_LARGE, before anything is read or written", async () => {
    // A sparse 2.2 GB file: no disk space used, and nothing reads it because planning fails first.
    const big = join(root, 'big.bin');
    const bytes = 2_200_000_000;
    const h = await open(big, 'w');
    await h.truncate(bytes);
    await h.close();
    const g = new GraphBuilder({ name: 'big' });
    g.output('y', g.add(g.input('x', 'float32', [1]), g.weight({ name: 'huge', dtype: 'F32', shape: [bytes / 4], file: big, byteOffset: 0, byteLength: bytes })));
    const dir = join(root, 'too-large');
    await mkdir(dir);
    await expect(emitOnnx(g.build(), { dir, externalData: 'never' })).rejects.toMatchObject({ code: 'MODEL_TOO_LARGE' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('propagates READ_FAILED when a weights file vanished, naming the tensor', async () => {
    const g = new GraphBuilder({ name: 'gone' });
    const info = { name: 'w', dtype: 'F32' as const, shape: [2], file: join(root, 'missing.bin'), byteOffset: 0, byteLength: 8 };
    g.output('y', g.add(g.input('x', 'float32', [2]), g.weight(info)));
    await expect(emitTo(g.build())).rejects.toMatchObject({ code: 'READ_FAILED', tensor: 'w' });
  });
});

// python3-onnx 1.12 (Debian's) knows IR versions <= 8 and opsets <= 17, so its checker can only
// judge opsets 14..17; opset 18 still has IR 8 but uses operator versions 1.12 has never heard of.
const CHECKER_OPSETS = [14, 15, 16, 17];

const HAVE_PYTHON_ONNX = pythonOnnxAvailable();
const CHECKER_TITLE = HAVE_PYTHON_ONNX
  ? `onnx.checker.check_model(full_check=True) via ${pythonWithOnnx}`
  : `onnx.checker (skipped: ${pythonWithOnnx} cannot import onnx; install Debian's python3-onnx)`;

describe.skipIf(!HAVE_PYTHON_ONNX)(CHECKER_TITLE, () => {
  it.each(CHECKER_OPSETS.flatMap((o) => [[o, 'never'], [o, 'always']] as const))('opset %i, external data %s', async (opset, externalData) => {
    const { dir } = await emitTo(graph, { opset, externalData, metadata: { a: 'b' } });
    const script = 'import onnx, sys\nonnx.checker.check_model(sys.argv[1], full_check=True)\nm = onnx.load(sys.argv[1])\nprint(m.ir_version, m.opset_import[0].version, len(m.graph.initializer))';
    const out = execFileSync(pythonWithOnnx, ['-c', script, join(dir, 'model.onnx')], { encoding: 'utf8' });
    const info = await readOnnxModelInfo(join(dir, 'model.onnx'));
    expect(out.trim()).toBe(`${info.irVersion} ${opset} ${info.initializers.length}`);
  });
});
