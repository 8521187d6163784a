/**
 * Real BERT-family graphs from @mlpack/architectures, emitted as TF.js and run on the cpu
 * backend, reproduce transformers' own outputs for the shared tiny checkpoints (float64 goldens
 * computed by transformers; every position attended).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildModelGraph } from '@mlpack/architectures';
import { openWeights } from '@mlpack/safetensors';
import { SHARED_FIXTURES_SKIP_REASON, assertClose, hasSharedFixtures, sharedFixture } from '@mlpack/test-utils';
import { cleanupTempDirs, emitToTemp } from './__fixtures__/emit-and-run.js';
import { loadModel, runModel } from './__fixtures__/tfjs-runtime.js';

/** Parity tolerance against transformers (float32 graph vs float64 goldens). */
const ATOL = 1e-4;

interface Golden {
  sequences: number[][];
  token_types: number[][];
  hidden: number[][][];
  pooler?: number[][];
}

afterAll(cleanupTempDirs);

if (!hasSharedFixtures()) console.warn(SHARED_FIXTURES_SKIP_REASON);

describe.skipIf(!hasSharedFixtures())('TF.js graphs vs transformers goldens (shared fixtures)', () => {
  it.each([
    { fixture: 'tiny-bert', tokenTypes: true, pooler: true },
    { fixture: 'tiny-distilbert', tokenTypes: false, pooler: false },
    { fixture: 'tiny-roberta', tokenTypes: false, pooler: true },
  ])('$fixture: last_hidden_state (and pooler_output) within 1e-4', async ({ fixture, tokenTypes, pooler }) => {
    const dir = sharedFixture(fixture);
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
    const golden = JSON.parse(await readFile(join(dir, 'reference_hidden.json'), 'utf8')) as Golden;
    const weights = await openWeights(dir);
    try {
      const built = buildModelGraph({ config, weights, task: 'feature-extraction' });
      const { dir: out } = await emitToTemp(built.graph, {
        signature: { inputs: built.inputs, outputs: built.outputs },
        metadata: { 'mlpack.task': built.task },
      });
      const model = await loadModel(out);
      const b = golden.sequences.length;
      const s = golden.sequences[0]!.length;
      const feed = (rows: number[][]) => ({ dtype: 'int32' as const, shape: [b, s], data: rows.flat() });
      const inputs = {
        input_ids: feed(golden.sequences),
        attention_mask: feed(golden.sequences.map((r) => r.map(() => 1))),
        ...(tokenTypes ? { token_type_ids: feed(golden.token_types) } : {}),
      };
      expect(model.inputNodes).toEqual(Object.keys(inputs));
      const names = built.outputs.map((o) => o.name);
      const r = await runModel(model, inputs, names);
      model.dispose();
      const h = golden.hidden[0]![0]!.length;
      expect(r.last_hidden_state!.shape).toEqual([b, s, h]);
      assertClose(r.last_hidden_state!.data, golden.hidden.flat(2), { atol: ATOL }, `${fixture} last_hidden_state`);
      expect(names.includes('pooler_output')).toBe(pooler);
      if (pooler) {
        expect(r.pooler_output!.shape).toEqual([b, h]);
        assertClose(r.pooler_output!.data, golden.pooler!.flat(), { atol: ATOL }, `${fixture} pooler_output`);
      }
    } finally {
      await weights.close();
    }
  });
});
