import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { int64FromRows } from '@mlpack/core';
import type { HostTensor } from '@mlpack/core';
import { openWeights } from '@mlpack/safetensors';
import { assertClose, hasSharedFixtures, sharedFixture } from '@mlpack/test-utils';
import { describe, expect, it } from 'vitest';
import { runReference, runReference64 } from './run-reference.js';
import type { EncoderTask, ReferenceInputs } from './types.js';
import { maxAbsDiff, vectorAt } from './__fixtures__/naive.js';

/** The brief's bar against transformers' float64 goldens. */
const GOLDEN_ATOL = 1e-5;
/** What a faithful float64 pass actually achieves (summation order only): a much tighter gate. */
const FLOAT64_ATOL = 1e-9;

interface Golden {
  sequences: number[][];
  token_types?: number[][];
  /** Number of real (attended) tokens per row; every position is attended when absent. */
  real_tokens?: number[];
  hidden: number[][][];
  pooler?: number[][];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function goldenInputs(g: Golden): ReferenceInputs {
  const inputs: ReferenceInputs = { input_ids: int64FromRows(g.sequences) };
  if (g.token_types) inputs.token_type_ids = int64FromRows(g.token_types);
  if (g.real_tokens) inputs.attention_mask = int64FromRows(g.sequences.map((row, b) => row.map((_, s) => (s < g.real_tokens![b]! ? 1 : 0))));
  return inputs;
}

async function withModel<T>(
  name: string,
  task: EncoderTask,
  f: (run: (i: ReferenceInputs) => Promise<Record<string, HostTensor>>, run32: (i: ReferenceInputs) => Promise<Record<string, HostTensor>>) => Promise<T>,
): Promise<T> {
  const dir = sharedFixture(name);
  const config = readJson<Record<string, unknown>>(join(dir, 'config.json'));
  const weights = await openWeights(dir);
  try {
    return await f(
      (i) => runReference64({ config, weights, task }, i),
      (i) => runReference({ config, weights, task }, i),
    );
  } finally {
    await weights.close();
  }
}

describe.skipIf(!hasSharedFixtures())('transformers goldens (shared fixtures)', () => {
  it.each(['tiny-bert', 'tiny-distilbert', 'tiny-roberta'])('%s: last_hidden_state (and pooler_output) match reference_hidden.json', async (name) => {
    const golden = readJson<Golden>(join(sharedFixture(name), 'reference_hidden.json'));
    await withModel(name, 'feature-extraction', async (run, run32) => {
      const out = await run(goldenInputs(golden));
      const hidden = out['last_hidden_state']!;
      expect(hidden.dims).toEqual([golden.hidden.length, golden.hidden[0]!.length, golden.hidden[0]![0]!.length]);
      assertClose(hidden.data as Float64Array, golden.hidden.flat(2), { atol: GOLDEN_ATOL }, `${name} last_hidden_state`);
      assertClose(hidden.data as Float64Array, golden.hidden.flat(2), { atol: FLOAT64_ATOL }, `${name} last_hidden_state (float64)`);
      if (golden.pooler) {
        const pooler = out['pooler_output']!;
        expect(pooler.dims).toEqual([golden.pooler.length, golden.pooler[0]!.length]);
        assertClose(pooler.data as Float64Array, golden.pooler.flat(), { atol: FLOAT64_ATOL }, `${name} pooler_output`);
      } else {
        expect(out['pooler_output']).toBeUndefined();
      }
      const out32 = await run32(goldenInputs(golden));
      assertClose(out32['last_hidden_state']!.data as Float32Array, golden.hidden.flat(2), { atol: GOLDEN_ATOL }, `${name} float32`);
    });
  });

  it('tiny-bert-pooling has no pooler weights, so no pooler_output', async () => {
    await withModel('tiny-bert-pooling', 'feature-extraction', async (run) => {
      const out = await run({ input_ids: int64FromRows([[2, 40, 41, 3]]) });
      expect(Object.keys(out)).toEqual(['last_hidden_state']);
      expect(out['last_hidden_state']!.dims).toEqual([1, 4, 32]);
    });
  });

  describe('tiny-bert-seqcls-tokenizer (BertForSequenceClassification, 5 layers)', () => {
    const rows = [
      [2, 1023, 345, 17, 999, 880, 3],
      [2, 44, 55, 3],
    ];

    it('logits are [b, 2] (num_labels defaults to 2) and finite', async () => {
      await withModel('tiny-bert-seqcls-tokenizer', 'text-classification', async (run) => {
        const out = await run({ input_ids: int64FromRows([rows[0]!]) });
        expect(Object.keys(out)).toEqual(['logits']);
        expect(out['logits']!.dims).toEqual([1, 2]);
        expect([...(out['logits']!.data as Float64Array)].every(Number.isFinite)).toBe(true);
      });
    });

    it('padding invariance: a row padded with masked tokens gives the unpadded logits', async () => {
      await withModel('tiny-bert-seqcls-tokenizer', 'text-classification', async (run) => {
        const padded = await run({
          input_ids: int64FromRows([rows[0]!, [...rows[1]!, 0, 0, 0]]),
          attention_mask: int64FromRows([rows[0]!.map(() => 1), [1, 1, 1, 1, 0, 0, 0]]),
        });
        const long = await run({ input_ids: int64FromRows([rows[0]!]) });
        const short = await run({ input_ids: int64FromRows([rows[1]!]) });
        expect(maxAbsDiff(vectorAt(padded['logits']!, 0), vectorAt(long['logits']!, 0))).toBeLessThan(1e-6);
        expect(maxAbsDiff(vectorAt(padded['logits']!, 1), vectorAt(short['logits']!, 0))).toBeLessThan(1e-6);
        // and the two sequences do get different logits
        expect(maxAbsDiff(vectorAt(long['logits']!, 0), vectorAt(short['logits']!, 0))).toBeGreaterThan(1e-6);
      });
    });

    it('token types matter (type_vocab_size 16)', async () => {
      await withModel('tiny-bert-seqcls-tokenizer', 'text-classification', async (run) => {
        const a = await run({ input_ids: int64FromRows([rows[1]!]) });
        const b = await run({ input_ids: int64FromRows([rows[1]!]), token_type_ids: int64FromRows([[0, 0, 1, 1]]) });
        expect(maxAbsDiff(vectorAt(a['logits']!, 0), vectorAt(b['logits']!, 0))).toBeGreaterThan(1e-9);
      });
    });
  });
});
