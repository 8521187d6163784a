import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasSharedFixtures, makeTempDir, removeTempDir, sharedFixture } from '@mlpack/test-utils';
import type { HostTensor } from '@mlpack/core';
import { createOnnxRunner } from './onnx-runner.js';
import { TINY_SCALE, TINY_SHIFT, tinyOnnxModel } from './__fixtures__/tiny-onnx-model.js';

const i64 = (dims: number[], values: Array<number | bigint>): HostTensor => ({
  dtype: 'int64',
  dims,
  data: BigInt64Array.from(values, (v) => BigInt(v)),
});

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-verify-ort-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('onnx runner on a hand-encoded int64 model', () => {
  it('feeds int64 inputs exactly and returns float32 and int64 HostTensors', async () => {
    const path = join(dir, 'model.onnx');
    await writeFile(path, tinyOnnxModel());
    const runner = await createOnnxRunner(path);
    try {
      expect(runner.name).toBe('onnx');
      expect(runner.inputs).toEqual([
        { name: 'input_ids', type: 'int64' },
        { name: 'attention_mask', type: 'int64' },
      ]);
      expect(runner.outputNames).toEqual(['scores', 'shifted']);
      const big = 2n ** 35n + 3n; // beyond int32: would be corrupted by any int32 detour
      const ids = [5n, 7n, big, 1n, 2n, 0n];
      const mask = [1, 1, 1, 1, 1, 0];
      const out = await runner.run({ input_ids: i64([2, 3], ids), attention_mask: i64([2, 3], mask), unused: i64([1], [9]) });
      expect(Object.keys(out).sort()).toEqual(['scores', 'shifted']);
      const shifted = out.shifted!;
      expect(shifted.dtype).toBe('int64');
      expect(shifted.dims).toEqual([2, 3]);
      expect(Array.from(shifted.data as BigInt64Array)).toEqual(ids.map((v) => v + TINY_SHIFT));
      const scores = out.scores!;
      expect(scores.dtype).toBe('float32');
      expect(scores.dims).toEqual([2, 3]);
      expect(Array.from(scores.data as Float32Array)).toEqual(ids.map((v, i) => Math.fround(Math.fround(Number(v)) * TINY_SCALE + mask[i]!)));
    } finally {
      await runner.dispose();
      await runner.dispose();
    }
  });

  it('reports a missing input and an unloadable file with codes', async () => {
    const path = join(dir, 'model.onnx');
    await writeFile(path, tinyOnnxModel());
    const runner = await createOnnxRunner(path);
    try {
      await expect(runner.run({ input_ids: i64([1, 1], [1]) })).rejects.toMatchObject({ code: 'ORT_MISSING_INPUT', tensor: 'attention_mask' });
    } finally {
      await runner.dispose();
    }
    const junk = join(dir, 'junk.onnx');
    await writeFile(junk, 'not a protobuf at all');
    await expect(createOnnxRunner(junk)).rejects.toMatchObject({ code: 'ORT_LOAD_FAILED', file: junk });
    await expect(createOnnxRunner(path, { intraOpNumThreads: 3 })).rejects.toThrow(RangeError);
  });
});

describe.skipIf(!hasSharedFixtures())('onnx runner on the onnxruntime-genai GPT-2 export (int32 inputs)', () => {
  const fixture = sharedFixture('tiny-random-gpt2');
  const PAST_LAYERS = 5;

  it('converts int64 HostTensors to the int32 the model declares and reproduces the first greedy token', async () => {
    const reference = JSON.parse(await readFile(join(fixture, 'reference_onnx_ortgenai', 'REFERENCE.json'), 'utf8'));
    const prompts: number[][] = reference.greedy_input_ids;
    const expected: number[][] = reference.greedy_expected_sequences_max_length_10;
    const runner = await createOnnxRunner(join(fixture, 'reference_onnx_ortgenai', 'past.onnx'));
    try {
      expect(runner.inputs.slice(0, 3)).toEqual([
        { name: 'input_ids', type: 'int32' },
        { name: 'position_ids', type: 'int32' },
        { name: 'attention_mask', type: 'int32' },
      ]);
      const [b, s] = [prompts.length, prompts[0]!.length];
      const feeds: Record<string, HostTensor> = {
        input_ids: i64([b, s], prompts.flat()),
        // The recorded greedy run treats the leading 0 ids as ordinary tokens: all attended, positions 0..s-1.
        attention_mask: i64([b, s], new Array(b * s).fill(1)),
        position_ids: i64(
          [b, s],
          prompts.flatMap(() => Array.from({ length: s }, (_, j) => j)),
        ),
      };
      for (let i = 0; i < PAST_LAYERS; i++) feeds[`past_${i}`] = { dtype: 'float32', dims: [2, b, 4, 0, 8], data: new Float32Array(0) };
      const out = await runner.run(feeds);
      const logits = out.logits!;
      expect(logits.dtype).toBe('float32');
      expect(logits.dims).toEqual([b, s, 1000]);
      expect(out.present_0!.dims).toEqual([2, b, 4, s, 8]);
      const vocab = 1000;
      for (let r = 0; r < b; r++) {
        const row = (logits.data as Float32Array).subarray((r * s + s - 1) * vocab, (r * s + s) * vocab);
        const next = row.indexOf(Math.max(...row));
        expect(next).toBe(expected[r]![s]);
      }
      const tooBig = { ...feeds, input_ids: i64([b, s], [2 ** 31, ...new Array(b * s - 1).fill(0)]) };
      await expect(runner.run(tooBig)).rejects.toMatchObject({ code: 'INPUT_RANGE', tensor: 'input_ids' });
    } finally {
      await runner.dispose();
    }
  });
});
