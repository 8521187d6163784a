import { join } from 'node:path';
import { convertModel } from '@mlpack/convert';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchError } from './bench-error.js';
import type { BenchModelSpec } from './bench-model-spec.js';
import { ensureBenchModel } from './ensure-bench-model.js';
import { makeFeeds, measureOrtLatency } from './ort-latency.js';

const TINY: BenchModelSpec = { name: 'tiny', seed: 1, hidden: 32, layers: 1, heads: 4, intermediate: 64, vocabSize: 120, maxPositions: 32, typeVocabSize: 2 };

describe('makeFeeds', () => {
  it('makes [batch, sequence] int64 ids in [1, vocab), a mask of ones and zero segment ids', () => {
    const f = makeFeeds(['input_ids', 'attention_mask', 'token_type_ids'], { batch: 3, sequence: 50 }, 7, 0);
    for (const name of ['input_ids', 'attention_mask', 'token_type_ids']) {
      expect(f[name]!.dims).toEqual([3, 50]);
      expect(f[name]!.dtype).toBe('int64');
    }
    const ids = [...(f.input_ids!.data as BigInt64Array)].map(Number);
    expect(Math.min(...ids)).toBe(1);
    expect(Math.max(...ids)).toBe(6);
    expect([...(f.attention_mask!.data as BigInt64Array)].every((v) => v === 1n)).toBe(true);
    expect([...(f.token_type_ids!.data as BigInt64Array)].every((v) => v === 0n)).toBe(true);
  });

  it('feeds only the inputs the model declares, and refuses unknown ones', () => {
    expect(Object.keys(makeFeeds(['input_ids'], { batch: 1, sequence: 4 }, 10, 0))).toEqual(['input_ids']);
    try {
      makeFeeds(['input_ids', 'pixel_values'], { batch: 1, sequence: 4 }, 10, 0, 'm.onnx');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BenchError);
      expect((e as BenchError).code).toBe('BENCH_UNKNOWN_INPUT');
      expect((e as BenchError).tensor).toBe('pixel_values');
    }
  });
});

describe('measureOrtLatency', () => {
  let root: string;
  let modelPath: string;
  beforeAll(async () => {
    root = await makeTempDir('mlpack-bench-ort-');
    const m = await ensureBenchModel(root, TINY);
    await convertModel(m.dir, { out: join(root, 'out'), targets: ['onnx'] });
    modelPath = join(root, 'out', 'onnx', 'model.onnx');
  });
  afterAll(async () => {
    await removeTempDir(root);
  });

  it('times each shape with the requested number of runs', async () => {
    const r = await measureOrtLatency(
      modelPath,
      [
        { batch: 1, sequence: 8 },
        { batch: 2, sequence: 16 },
      ],
      { vocabSize: TINY.vocabSize, runs: 3, warmup: 1 },
    );
    expect(r.map((x) => [x.batch, x.sequence, x.runs])).toEqual([
      [1, 8, 3],
      [2, 16, 3],
    ]);
    for (const x of r) {
      expect(x.minMs).toBeGreaterThan(0);
      expect(x.medianMs).toBeGreaterThanOrEqual(x.minMs);
      expect(x.maxMs).toBeGreaterThanOrEqual(x.medianMs);
    }
  });
});
