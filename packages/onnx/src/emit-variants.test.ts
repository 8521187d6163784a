/**
 * The weight-variant passes of @mlpack/graph, emitted and run: fp16 (float16 compute with the block
 * list and the wide mask kept float32), q8 (DynamicQuantizeLinear + MatMulInteger), q4 and q4f16
 * (com.microsoft MatMulNBits) all load in onnxruntime 1.30 on CPU and stay close to the float64
 * forward pass of the tiny transformer; onnx.checker accepts fp16 and q8 (default domain, opset 17)
 * and q4 with the com.microsoft domain declared (no full check: onnx 1.12 has no schema for it).
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToFloat16, quantizeMatMulInt8, quantizeMatMulNBits } from '@mlpack/graph';
import type { Graph } from '@mlpack/graph';
import { makeTempDir, pythonOnnxAvailable, pythonWithOnnx, removeTempDir } from '@mlpack/test-utils';
import { runOrt } from './__fixtures__/run-ort.js';
import { TINY, buildTinyGraph, tinyForward, tinyInputs, writeTinyWeights } from './__fixtures__/tiny-block.js';
import type { TinyWeights } from './__fixtures__/tiny-block.js';
import { emitOnnx } from './emit-onnx.js';
import { readOnnxModelInfo } from './read-onnx-model-info.js';

let root: string;
let weights: TinyWeights;
let graph: Graph;
let counter = 0;

beforeAll(async () => {
  root = await makeTempDir('mlpack-onnx-variants-');
  weights = await writeTinyWeights(join(root, 'weights.bin'), TINY);
  graph = buildTinyGraph(TINY, weights.infos);
});
afterAll(async () => {
  await removeTempDir(root);
});

const VARIANTS: Record<string, { make: (g: Graph) => Graph; minCosine: number; ops: string[] }> = {
  fp16: { make: (g) => convertToFloat16(g), minCosine: 0.9999, ops: ['Cast'] },
  // Every MatMul of tiny-bert (hidden 8) quantized, output heads included: per-tensor dynamic
  // activation quantization of 8-wide vectors is coarse, so this sits at the q8 gate (0.93), not above it.
  q8: { make: (g) => quantizeMatMulInt8(g, { quantizeOutputProjections: true }), minCosine: 0.93, ops: ['DynamicQuantizeLinear', 'MatMulInteger'] },
  q4: { make: (g) => quantizeMatMulNBits(g, { quantizeOutputProjections: true }), minCosine: 0.98, ops: ['MatMulNBits'] },
  q4f16: { make: (g) => quantizeMatMulNBits(convertToFloat16(g), { quantizeOutputProjections: true }), minCosine: 0.98, ops: ['MatMulNBits', 'Cast'] },
};

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
}

async function emitVariant(g: Graph): Promise<string> {
  const dir = join(root, `v-${counter++}`);
  await mkdir(dir);
  await emitOnnx(g, { dir, opset: 17 });
  return join(dir, 'model.onnx');
}

describe('weight variants in onnxruntime', () => {
  it.each(Object.keys(VARIANTS))('%s runs and stays close to the float64 forward pass', async (name) => {
    const v = VARIANTS[name]!;
    const path = await emitVariant(v.make(graph));
    const info = await readOnnxModelInfo(path);
    expect(info.nodes.map((n) => n.opType)).toEqual(expect.arrayContaining(v.ops));
    // Outputs stay float32 for clients (keep_io_types), whatever the variant computes in.
    expect(info.outputs.map((o) => o.dtype)).toEqual(graph.outputs.map(() => 'float32'));
    const inp = tinyInputs(TINY);
    const dims = [inp.batch, inp.seq];
    const out = await runOrt(path, {
      input_ids: { dtype: 'int64', dims, data: inp.ids },
      attention_mask: { dtype: 'int64', dims, data: inp.mask },
      token_type_ids: { dtype: 'int64', dims, data: inp.types },
    });
    const want = tinyForward(TINY, weights.values, inp);
    for (const o of ['last_hidden_state', 'pooler_output', 'mean_hidden'] as const) {
      expect(out[o]!.data.every(Number.isFinite), `${name} ${o} finite`).toBe(true);
      expect(cosine(out[o]!.data, want[o]), `${name} ${o}`).toBeGreaterThanOrEqual(v.minCosine);
    }
  });

  it('fp16 keeps the additive mask and the block-listed ops in float32 (no -Infinity, no NaN)', () => {
    const g = convertToFloat16(graph);
    for (const n of g.nodes.filter((x) => x.op === 'LayerNorm' || x.op === 'Softmax')) expect(n.outputs[0]!.dtype, n.name).toBe('float32');
    const maskConst = g.initializers.find((i) => i.kind === 'constant' && i.values.some((x) => x < -65504));
    expect(maskConst?.dtype).toBe('float32');
    const matmuls = g.nodes.filter((x) => x.op === 'MatMul');
    expect(matmuls.length).toBeGreaterThan(0);
    for (const n of matmuls) expect(n.outputs[0]!.dtype, n.name).toBe('float16');
  });

  it('q4 packs B as uint8 [N, k_blocks, block_size / 2] with scales [N, k_blocks]', () => {
    const g = quantizeMatMulNBits(graph, { blockSize: 16, quantizeOutputProjections: true });
    const node = g.nodes.find((n) => n.op === 'MatMulNBits')!;
    expect(node.op === 'MatMulNBits' && node.attrs).toMatchObject({ bits: 4, blockSize: 16, accuracyLevel: 0 });
    const [, b, s] = node.inputs;
    const packed = g.initializers.find((i) => i.name === b)!;
    const scales = g.initializers.find((i) => i.name === s)!;
    const { K, N } = node.op === 'MatMulNBits' ? node.attrs : { K: 0, N: 0 };
    expect(packed.dtype).toBe('uint8');
    expect(packed.shape).toEqual([N, Math.ceil(K / 16), 8]);
    expect(scales.shape).toEqual([N, Math.ceil(K / 16)]);
  });
});

const HAVE_PYTHON_ONNX = pythonOnnxAvailable();
describe.skipIf(!HAVE_PYTHON_ONNX)(`onnx.checker on the variants via ${pythonWithOnnx}`, () => {
  it.each([
    ['fp16', true],
    ['q8', true],
    ['q4', false],
  ] as const)('%s (full_check %s)', async (name, full) => {
    const path = await emitVariant(VARIANTS[name]!.make(graph));
    const script = [
      'import onnx, sys',
      `onnx.checker.check_model(sys.argv[1], full_check=${full ? 'True' : 'False'})`,
      'm = onnx.load(sys.argv[1])',
      'print(sorted((o.domain or "ai.onnx", o.version) for o in m.opset_import))',
    ].join('\n');
    const out = execFileSync(pythonWithOnnx, ['-c', script, path], { encoding: 'utf8' });
    expect(out.trim()).toBe(name === 'q4' ? "[('ai.onnx', 17), ('com.microsoft', 1)]" : "[('ai.onnx', 17)]");
  });
});
