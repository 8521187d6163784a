import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import type { Graph } from '@mlpack/graph';
import { emitOnnx } from '@mlpack/onnx';
import { assertClose, makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { cleanupTempDirs, emitToTemp } from './__fixtures__/emit-and-run.js';
import { loadModel, runModel } from './__fixtures__/tfjs-runtime.js';
import { buildTinyGraph, tinyForward, tinyInputs, writeTinyWeights } from './__fixtures__/tiny-transformer.js';
import type { TinyInputs, TinyWeights } from './__fixtures__/tiny-transformer.js';

const OUTPUTS = ['last_hidden_state', 'pooler_output'] as const;
/** Input sets: a padded batch of two, and a single longer row (dynamic batch and sequence). */
const CASES: TinyInputs[] = [tinyInputs([5, 3], 5, 1), tinyInputs([7], 7, 2)];

let dir: string;
let weights: TinyWeights;
let graph: Graph;

beforeAll(async () => {
  dir = await makeTempDir('mlpack-tfjs-tiny-');
  weights = await writeTinyWeights(dir);
  graph = buildTinyGraph(weights.source);
});

afterAll(async () => {
  await weights?.source.close();
  await removeTempDir(dir);
  await cleanupTempDirs();
});

async function runTfjs(g: Graph, options: Parameters<typeof emitToTemp>[1] = {}): Promise<Record<string, number[]>[]> {
  const { dir: out } = await emitToTemp(g, options);
  const model = await loadModel(out);
  try {
    const results: Record<string, number[]>[] = [];
    for (const x of CASES) {
      const shape = [x.batch, x.seq];
      const r = await runModel(
        model,
        {
          input_ids: { dtype: 'int32', shape, data: x.ids },
          attention_mask: { dtype: 'int32', shape, data: x.mask },
          token_type_ids: { dtype: 'int32', shape, data: x.types },
        },
        OUTPUTS,
      );
      expect(r.last_hidden_state!.shape).toEqual([x.batch, x.seq, 8]);
      expect(r.pooler_output!.shape).toEqual([x.batch, 8]);
      results.push({ last_hidden_state: r.last_hidden_state!.data, pooler_output: r.pooler_output!.data });
    }
    return results;
  } finally {
    model.dispose();
  }
}

describe('tiny transformer block', () => {
  it('TF.js matches the plain-TS forward pass within 1e-5', async () => {
    const got = await runTfjs(graph);
    CASES.forEach((x, i) => {
      const want = tinyForward(weights.values, x);
      for (const name of OUTPUTS) assertClose(got[i]![name]!, want[name], { atol: 1e-5 }, `${name} case ${i}`);
    });
  });

  it('TF.js matches the same graph emitted by @mlpack/onnx and run with onnxruntime-node within 1e-5', async () => {
    const onnxDir = await makeTempDir('mlpack-tfjs-onnx-');
    try {
      await emitOnnx(graph, { dir: onnxDir });
      const session = await ort.InferenceSession.create(`${onnxDir}/model.onnx`);
      const got = await runTfjs(graph);
      for (let i = 0; i < CASES.length; i++) {
        const x = CASES[i]!;
        const t = (v: number[]) => new ort.Tensor('int64', BigInt64Array.from(v, BigInt), [x.batch, x.seq]);
        const r = await session.run({ input_ids: t(x.ids), attention_mask: t(x.mask), token_type_ids: t(x.types) });
        for (const name of OUTPUTS) {
          expect(r[name]!.dims).toEqual(name === 'pooler_output' ? [x.batch, 8] : [x.batch, x.seq, 8]);
          assertClose(got[i]![name]!, Array.from(r[name]!.data as Float32Array), { atol: 1e-5 }, `${name} vs ORT case ${i}`);
        }
      }
      await session.release();
    } finally {
      await removeTempDir(onnxDir);
    }
  });

  it('float16 weights halve the weight bytes and stay within 1e-2 of float32', async () => {
    const { result: r32 } = await emitToTemp(graph);
    const { result: r16 } = await emitToTemp(graph, { weightDtype: 'float16' });
    // Every file weight halves; the few inline constants (mask value, axes, shapes) stay as they are.
    const fileWeightBytes = graph.initializers.filter((i) => i.kind === 'tensor').reduce((a, i) => a + i.shape.reduce((x, d) => x * d, 1) * 4, 0);
    expect(r32.weightBytes - r16.weightBytes).toBe(fileWeightBytes / 2);
    const f32 = await runTfjs(graph);
    const f16 = await runTfjs(graph, { weightDtype: 'float16' });
    let maxDiff = 0;
    for (let i = 0; i < CASES.length; i++) {
      for (const name of OUTPUTS) {
        assertClose(f16[i]![name]!, f32[i]![name]!, { atol: 1e-2 }, `${name} fp16 case ${i}`);
        maxDiff = Math.max(maxDiff, ...f16[i]![name]!.map((v, k) => Math.abs(v - f32[i]![name]![k]!)));
      }
    }
    // The weights really were rounded (a no-op "fp16" mode would give identical outputs).
    expect(maxDiff).toBeGreaterThan(1e-6);
  });
});
