import { execFileSync } from 'node:child_process';
import { mkdir, open, readdir, readFile, stat, writeFile } from 'node:fs/promises';
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
import { PIECE_BYTES, emitOnnx, emitOnnxWithin } from './emit-onnx.js';
import type { EmitOnnxOptions } from './emit-onnx.js';
import { encodeModelMetadata } from './encode-model.js';
import { onnx } from './onnx-proto.js';
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

/**
 * A [2, 600_000] float32 weight (4.8 MB, stored as is: copied in pieces) and a [1100, 1000] one
 * used transposed (4.4 MB), with the bytes each should be stored as.
 */
async function largeGraph(): Promise<{ graph: Graph; want: Buffer[] }> {
  const big = Float32Array.from({ length: 1_200_000 }, (_, i) => Math.sin(i) * 1000);
  const mat = Float32Array.from({ length: 1_100_000 }, (_, i) => i % 9973);
  const file = join(root, 'large.bin');
  const header = 24;
  await writeFile(file, Buffer.concat([Buffer.alloc(header, 0xee), Buffer.from(big.buffer), Buffer.from(mat.buffer)]));
  const g = new GraphBuilder({ name: 'large' });
  g.output('a', g.weight({ name: 'big', dtype: 'F32', shape: [2, 600_000], file, byteOffset: header, byteLength: big.byteLength }));
  g.output(
    'b',
    g.weight({ name: 'mat', dtype: 'F32', shape: [1100, 1000], file, byteOffset: header + big.byteLength, byteLength: mat.byteLength }, { transpose: true }),
  );
  const transposed = new Float32Array(mat.length);
  for (let r = 0; r < 1100; r++) for (let c = 0; c < 1000; c++) transposed[c * 1100 + r] = mat[r * 1000 + c]!;
  return { graph: g.build(), want: [Buffer.from(big.buffer), Buffer.from(transposed.buffer)] };
}

/** A promise and its resolve function. */
function deferred<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((r) => (settle = r));
  return { promise, settle };
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
    expect(result).toEqual({
      files: [{ path: 'model.onnx', size: expect.any(Number), sha256: expect.any(String) }],
      opset,
      irVersion: { 14: 7, 17: 8, 18: 8, 20: 9, 21: 10 }[opset],
    });
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

  it('metadata given as a promise gives the same bytes as a plain object (the files are written while it is pending)', async () => {
    const metadata = { 'mlpack.source_sha256': '{"model.safetensors":"ab"}', z: 'last' };
    for (const externalData of ['never', 'always'] as const) {
      const plain = await emitTo(graph, { opset: 17, externalData, metadata });
      const pending = deferred<Record<string, string>>();
      const emitting = emitTo(graph, { opset: 17, externalData, metadata: pending.promise });
      await new Promise((r) => setTimeout(r, 30));
      pending.settle({ ...metadata });
      const late = await emitting;
      expect(late.result).toEqual(plain.result);
      expect((await readOnnxModelInfo(join(late.dir, 'model.onnx'))).metadata).toEqual([
        { key: 'mlpack.source_sha256', value: '{"model.safetensors":"ab"}' },
        { key: 'z', value: 'last' },
      ]);
    }
    const failed = Promise.reject(new Error('no hashes'));
    failed.catch(() => undefined); // handled here: emitTo awaits a mkdir before the emitter sees it
    await expect(emitTo(graph, { metadata: failed })).rejects.toThrow('no hashes');
  });

  it('writes metadata_props after the graph: the bytes before them do not depend on the metadata', async () => {
    for (const externalData of ['never', 'always'] as const) {
      const bare = await emitTo(graph, { opset: 17, externalData });
      const body = await readFile(join(bare.dir, 'model.onnx'));
      const metadata = { 'mlpack.source_sha256': '{"model.safetensors":"cd"}', a: '1' };
      const tagged = await emitTo(graph, { opset: 17, externalData, metadata });
      const bytes = await readFile(join(tagged.dir, 'model.onnx'));
      expect(Buffer.compare(bytes.subarray(0, body.length), body)).toBe(0);
      expect(Buffer.compare(bytes.subarray(body.length), Buffer.from(encodeModelMetadata(metadata)))).toBe(0);
      // The tail holds metadata_props and nothing else; the data file does not change at all.
      expect(onnx.ModelProto.toObject(onnx.ModelProto.decode(bytes.subarray(body.length)))).toEqual({
        metadataProps: [
          { key: 'a', value: '1' },
          { key: 'mlpack.source_sha256', value: '{"model.safetensors":"cd"}' },
        ],
      });
      expect(tagged.result.files.slice(1)).toEqual(bare.result.files.slice(1));
    }
  });

  it('writes every weight before it awaits pending metadata, inline and into external data', async () => {
    const { graph: g, want } = await largeGraph();
    const weightBytes = want.reduce((a, w) => a + w.length, 0);
    for (const externalData of ['never', 'always'] as const) {
      const dir = join(root, `out-${counter++}`);
      await mkdir(dir);
      const pending = deferred<Record<string, string>>();
      const emitting = emitOnnx(g, { dir, externalData, metadata: pending.promise });
      // Writes of 1 MiB and more go straight to the file, so it grows past all the weights but the
      // last piece of the transposed tensor (written in row pieces; its last piece is smaller and
      // sits in the writer's 1 MiB coalescing buffer) while the metadata is still pending (an
      // emitter waiting for it would never get there).
      const file = join(dir, externalData === 'never' ? 'model.onnx' : 'model.onnx_data');
      let size = 0;
      const onDisk = weightBytes - (want[1]!.length % (Math.floor(PIECE_BYTES / (1100 * 4)) * 1100 * 4));
      for (const start = Date.now(); size < onDisk && Date.now() - start < 5000; await new Promise((r) => setTimeout(r, 5))) {
        size = (await stat(file).catch(() => undefined))?.size ?? 0;
      }
      pending.settle({ late: 'yes' });
      const result = await emitting;
      expect(size, `${externalData}: bytes on disk before the metadata settled`).toBeGreaterThanOrEqual(onDisk);
      expect((await readOnnxModelInfo(join(dir, 'model.onnx'))).metadata).toEqual([{ key: 'late', value: 'yes' }]);
      expect(result.files[0]!.sha256).toBe(await sha256File(join(dir, 'model.onnx')));
    }
  });

  it('copies a tensor larger than PIECE_BYTES piece by piece, and transposes a large one in row pieces, byte for byte', async () => {
    const { graph: g, want } = await largeGraph();
    expect(want[0]!.length).toBeGreaterThan(PIECE_BYTES);

    const external = await emitTo(g, { externalData: 'always' });
    const info = await readOnnxModelInfo(join(external.dir, 'model.onnx'));
    const data = await readFile(join(external.dir, 'model.onnx_data'));
    expect(info.initializers.map((i) => i.name)).toEqual(['big', 'mat.T']);
    info.initializers.forEach((init, i) => {
      const { offset, length } = init.external!;
      expect(Buffer.compare(data.subarray(offset, offset + length), want[i]!), init.name).toBe(0);
    });
    expect(external.result.files[1]!.sha256).toBe(await sha256File(join(external.dir, 'model.onnx_data')));

    const inline = await emitTo(g, { externalData: 'never' });
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
    const { dir } = await emitTo(graph, {
      opset: 18,
      fileName: 'encoder.onnx',
      metadata: { 'mlpack.task': 'feature-extraction', arch: 'bert' },
      docString: 'tiny',
    });
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
    g.output(
      'y',
      g.add(g.input('x', 'float32', [1]), g.weight({ name: 'huge', dtype: 'F32', shape: [bytes / 4], file: big, byteOffset: 0, byteLength: bytes })),
    );
    const dir = join(root, 'too-large');
    await mkdir(dir);
    await expect(emitOnnx(g.build(), { dir, externalData: 'never' })).rejects.toMatchObject({ code: 'MODEL_TOO_LARGE' });
    expect(await readdir(dir)).toEqual([]);
  });

  describe('pending metadata that decides the layout (limits shrunk to the tiny model)', () => {
    const metadata = { 'mlpack.source_sha256': JSON.stringify({ 'model.safetensors': 'f'.repeat(64) }) };
    const metadataBytes = encodeModelMetadata(metadata).length;
    /** Emit with `limits`; the metadata as given, or pending (settled 20 ms later). */
    const emitWithin = async (externalData: 'auto' | 'never', maxModelBytes: number, metadataReserveBytes: number, pending: boolean) => {
      const dir = join(root, `out-${counter++}`);
      await mkdir(dir);
      const late = deferred<Record<string, string>>();
      setTimeout(() => late.settle({ ...metadata }), 20);
      const emitting = emitOnnxWithin(
        graph,
        { dir, opset: 17, externalData, metadata: pending ? late.promise : metadata },
        { maxModelBytes, metadataReserveBytes },
      );
      return { dir, emitting };
    };
    let inlineBytes = 0;
    beforeAll(async () => {
      inlineBytes = (await emitTo(graph, { opset: 17, externalData: 'never' })).result.files[0]!.size;
    });

    // The model fits without its metadata (inlineBytes) but not with it: 'auto' must go external.
    it.each([
      ['within the reserve: waits for the metadata, then plans with it', metadataBytes],
      ['beyond the reserve: starts inline, then starts again planned with it', 0],
    ])("'auto', %s", async (_, reserve) => {
      const max = inlineBytes + metadataBytes - 1;
      const known = await emitWithin('auto', max, reserve, false);
      const late = await emitWithin('auto', max, reserve, true);
      const [a, b] = [(await known.emitting).files, (await late.emitting).files];
      expect(a.map((f) => f.path)).toEqual(['model.onnx', 'model.onnx_data']);
      expect(b).toEqual(a);
      expect((await readdir(late.dir)).sort()).toEqual(['model.onnx', 'model.onnx_data']);
      for (const f of b) expect(await sha256File(join(late.dir, f.path))).toBe(f.sha256);
    });

    it.each([metadataBytes, 0])("'never' (reserve %i): MODEL_TOO_LARGE, and no file left behind", async (reserve) => {
      const late = await emitWithin('never', inlineBytes + metadataBytes - 1, reserve, true);
      await expect(late.emitting).rejects.toMatchObject({ code: 'MODEL_TOO_LARGE' });
      expect(await readdir(late.dir)).toEqual([]);
    });

    it('metadata that fits keeps the model inline, given or pending', async () => {
      const known = await emitWithin('auto', inlineBytes + metadataBytes, metadataBytes, false);
      const late = await emitWithin('auto', inlineBytes + metadataBytes, 0, true);
      const files = (await known.emitting).files;
      expect(files).toEqual([{ path: 'model.onnx', size: inlineBytes + metadataBytes, sha256: expect.any(String) }]);
      expect((await late.emitting).files).toEqual(files);
    });
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
  it.each(
    CHECKER_OPSETS.flatMap(
      (o) =>
        [
          [o, 'never'],
          [o, 'always'],
        ] as const,
    ),
  )('opset %i, external data %s', async (opset, externalData) => {
    const { dir } = await emitTo(graph, { opset, externalData, metadata: { a: 'b' } });
    const script = [
      'import onnx, sys',
      'onnx.checker.check_model(sys.argv[1], full_check=True)',
      'm = onnx.load(sys.argv[1])',
      'print(m.ir_version, m.opset_import[0].version, len(m.graph.initializer), [(p.key, p.value) for p in m.metadata_props])',
    ].join('\n');
    const out = execFileSync(pythonWithOnnx, ['-c', script, join(dir, 'model.onnx')], { encoding: 'utf8' });
    const info = await readOnnxModelInfo(join(dir, 'model.onnx'));
    expect(out.trim()).toBe(`${info.irVersion} ${opset} ${info.initializers.length} [('a', 'b')]`);
  });
});
