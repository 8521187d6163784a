/**
 * Decoder graphs, emitted as ONNX and run by onnxruntime with an empty past, reproduce the shared
 * fixtures' logits at every position (float64 goldens from independent references).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { int64FromRows } from '@mlpack/core';
import type { HostTensorMap } from '@mlpack/core';
import { openWeights } from '@mlpack/safetensors';
import { assertClose, hasSharedFixtures, sharedFixture } from '@mlpack/test-utils';
import { describe, expect, it } from 'vitest';
import { runGraphInOrt } from './__fixtures__/onnx-run.js';
import { buildModelGraph } from './index.js';

/** Measured: 1.2e-6 to 2.3e-6 on these fixtures (float32 graph vs float64 goldens). */
const ATOL = 1e-5;

interface LogitsGolden {
  sequences: number[][];
  logits: number[][][];
}

const FIXTURES = ['tiny-llama', 'tiny-mistral-window', 'tiny-qwen2-bias', 'tiny-qwen3-qknorm', 'tiny-phi3-partial', 'tiny-gemma-headdim'];

describe.skipIf(!hasSharedFixtures())("decoder ONNX graphs vs the fixtures' goldens", () => {
  it.each(FIXTURES)('%s: logits at every position within 1e-5 (empty past)', async (fixture) => {
    const dir = sharedFixture(fixture);
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
    const golden = JSON.parse(await readFile(join(dir, 'reference_logits.json'), 'utf8')) as LogitsGolden;
    const weights = await openWeights(dir);
    try {
      const built = buildModelGraph({ config, weights, task: 'text-generation' });
      const feeds: HostTensorMap = {
        input_ids: int64FromRows(golden.sequences),
        attention_mask: int64FromRows(golden.sequences.map((r) => r.map(() => 1))),
        position_ids: int64FromRows(golden.sequences.map((r) => r.map((_, i) => i))),
      };
      for (const input of built.inputs) {
        if (!input.name.startsWith('past_key_values.')) continue;
        const dims = [golden.sequences.length, input.shape[1] as number, 0, input.shape[3] as number];
        feeds[input.name] = { dtype: 'float32', dims, data: new Float32Array(0) };
      }
      const out = await runGraphInOrt(built.graph, feeds);
      const b = golden.logits.length;
      const s = golden.logits[0]!.length;
      const v = golden.logits[0]![0]!.length;
      expect(out['logits']!.dims).toEqual([b, s, v]);
      assertClose(out['logits']!.data, golden.logits.flat(2), { atol: ATOL }, `${fixture} logits`);
    } finally {
      await weights.close();
    }
  });
});
