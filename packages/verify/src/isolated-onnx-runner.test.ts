import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import type { HostTensor } from '@mlpack/core';
import { createIsolatedOnnxRunner } from './isolated-onnx-runner.js';
import { ONNX_FLOAT, ONNX_FLOAT16, OnnxGraphWriter } from './__fixtures__/onnx-proto-writer.js';
import { TINY_SCALE, TINY_SHIFT, tinyOnnxModel } from './__fixtures__/tiny-onnx-model.js';

const i64 = (dims: number[], values: Array<number | bigint>): HostTensor => ({ dtype: 'int64', dims, data: BigInt64Array.from(values, (v) => BigInt(v)) });

/** y = x·x·x… (400 chained [1024,1024] MatMuls, ~860 GFLOP): many seconds of work for one run on any CPU, no control flow. */
function slowModel(): Uint8Array {
  const g = new OnnxGraphWriter();
  g.input('x', ONNX_FLOAT, [1024, 1024]);
  let t = 'x';
  for (let i = 0; i < 400; i++) t = g.op('MatMul', [t, 'x']);
  g.node('Identity', [t], ['y']);
  g.output('y', ONNX_FLOAT, [1024, 1024]);
  return g.build();
}

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-verify-iso-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('onnxruntime in a child process', () => {
  it('computes what the in-process runner computes (int64 exact, float32)', async () => {
    const path = join(dir, 'model.onnx');
    await writeFile(path, tinyOnnxModel());
    const runner = await createIsolatedOnnxRunner(path);
    try {
      expect(runner.inputs).toEqual([
        { name: 'input_ids', type: 'int64' },
        { name: 'attention_mask', type: 'int64' },
      ]);
      const big = 2n ** 35n + 3n;
      const ids = [5n, 7n, big, 1n, 2n, 0n];
      const mask = [1, 1, 1, 1, 1, 0];
      const out = await runner.run({ input_ids: i64([2, 3], ids), attention_mask: i64([2, 3], mask) });
      expect(Array.from(out.shifted!.data as BigInt64Array)).toEqual(ids.map((v) => v + TINY_SHIFT));
      expect(Array.from(out.scores!.data as Float32Array)).toEqual(ids.map((v, i) => Math.fround(Math.fround(Number(v)) * TINY_SCALE + mask[i]!)));
      await expect(runner.run({ input_ids: i64([1, 1], [1]) })).rejects.toMatchObject({ code: 'ORT_MISSING_INPUT', tensor: 'attention_mask' });
    } finally {
      await runner.dispose();
      await runner.dispose();
    }
  });

  it('feeds a float16 input (a fp16 decoder cache) and returns float16 outputs as float32, exactly as createOnnxRunner does', async () => {
    const g = new OnnxGraphWriter();
    g.input('past', ONNX_FLOAT16, [2, 3]);
    const doubled = g.op('Add', ['past', 'past']);
    g.node('Identity', [doubled], ['present']);
    g.output('present', ONNX_FLOAT16, [2, 3]);
    const path = join(dir, 'f16.onnx');
    await writeFile(path, g.build());
    const values = [0.5, -1.25, 3, 65504 / 4, 1 / 1024, 0];
    const runner = await createIsolatedOnnxRunner(path);
    try {
      expect(runner.inputs).toEqual([{ name: 'past', type: 'float16' }]);
      const out = await runner.run({ past: { dtype: 'float32', dims: [2, 3], data: Float32Array.from(values) } });
      expect(out.present!.dtype).toBe('float32');
      expect(Array.from(out.present!.data as Float32Array)).toEqual(values.map((v) => 2 * v));
    } finally {
      await runner.dispose();
    }
  });

  it('kills a run that exceeds the time limit: ORT_TIMEOUT, promptly', async () => {
    const path = join(dir, 'slow.onnx');
    await writeFile(path, slowModel());
    const runner = await createIsolatedOnnxRunner(path, { timeoutMs: 1500 });
    const x: HostTensor = { dtype: 'float32', dims: [1024, 1024], data: new Float32Array(1024 * 1024).fill(1e-3) };
    const t0 = Date.now();
    try {
      await expect(runner.run({ x })).rejects.toMatchObject({ code: 'ORT_TIMEOUT', file: path });
      expect(Date.now() - t0).toBeLessThan(5000);
      // the child is gone: a further run fails instead of hanging
      await expect(runner.run({ x })).rejects.toMatchObject({ code: expect.stringMatching(/^ORT_/) });
    } finally {
      await runner.dispose();
    }
  });

  it('a load that exceeds the limit, and a model onnxruntime refuses, are coded', async () => {
    const path = join(dir, 'model.onnx');
    await writeFile(path, tinyOnnxModel());
    await expect(createIsolatedOnnxRunner(path, { timeoutMs: 1 })).rejects.toMatchObject({ code: 'ORT_TIMEOUT' });
    const junk = join(dir, 'junk.onnx');
    await writeFile(junk, 'not a protobuf at all');
    await expect(createIsolatedOnnxRunner(junk)).rejects.toMatchObject({ code: 'ORT_LOAD_FAILED', file: junk });
    await expect(createIsolatedOnnxRunner(path, { timeoutMs: 0 })).rejects.toThrow(RangeError);
  });
});
