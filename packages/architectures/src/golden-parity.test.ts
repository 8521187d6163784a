/**
 * The graphs, emitted as ONNX and run by onnxruntime, reproduce transformers' own outputs for the
 * shared tiny checkpoints (float64 goldens computed by transformers; every position attended).
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

/** The brief's parity tolerance against transformers. */
const ATOL = 1e-4;

interface Golden {
  sequences: number[][];
  token_types: number[][];
  hidden: number[][][];
  pooler?: number[][];
}

const CASES = [
  { fixture: 'tiny-bert', tokenTypes: true, pooler: true },
  { fixture: 'tiny-distilbert', tokenTypes: false, pooler: false },
  { fixture: 'tiny-roberta', tokenTypes: false, pooler: true },
] as const;

describe.skipIf(!hasSharedFixtures())('ONNX graphs vs transformers goldens (shared fixtures)', () => {
  const cases = [...CASES.map((c) => ({ ...c, opset: 17 })), { ...CASES[0], opset: 14 }, { ...CASES[2], opset: 20 }];
  it.each(cases)('$fixture at opset $opset: last_hidden_state and pooler_output within 1e-4', async ({ fixture, tokenTypes, pooler, opset }) => {
    const dir = sharedFixture(fixture);
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
    const golden = JSON.parse(await readFile(join(dir, 'reference_hidden.json'), 'utf8')) as Golden;
    const weights = await openWeights(dir);
    try {
      const built = buildModelGraph({ config, weights, task: 'feature-extraction' });
      expect(built.inputs.map((i) => i.name)).toEqual(tokenTypes ? ['input_ids', 'attention_mask', 'token_type_ids'] : ['input_ids', 'attention_mask']);
      expect(built.outputs.map((o) => o.name)).toEqual(pooler ? ['last_hidden_state', 'pooler_output'] : ['last_hidden_state']);

      const feeds: HostTensorMap = {
        input_ids: int64FromRows(golden.sequences),
        attention_mask: int64FromRows(golden.sequences.map((r) => r.map(() => 1))),
      };
      if (tokenTypes) feeds['token_type_ids'] = int64FromRows(golden.token_types);
      const out = await runGraphInOrt(built.graph, feeds, opset);

      const b = golden.hidden.length;
      const s = golden.hidden[0]!.length;
      const h = golden.hidden[0]![0]!.length;
      expect(out['last_hidden_state']!.dims).toEqual([b, s, h]);
      assertClose(out['last_hidden_state']!.data, golden.hidden.flat(2), { atol: ATOL }, `${fixture} last_hidden_state`);
      if (pooler) {
        expect(out['pooler_output']!.dims).toEqual([b, h]);
        assertClose(out['pooler_output']!.data, golden.pooler!.flat(), { atol: ATOL }, `${fixture} pooler_output`);
      }
    } finally {
      await weights.close();
    }
  });
});
