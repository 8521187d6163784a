import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { int64FromRows } from '@mlpack/core';
import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { openWeights } from '@mlpack/safetensors';
import { compareClose, hasSharedFixtures, sharedFixture } from '@mlpack/test-utils';
import { describe, expect, it } from 'vitest';
import type { DecoderTask } from './decoder-types.js';
import { runDecoderReference, runDecoderReference64 } from './run-decoder-reference.js';

/** The brief's bar against the goldens. */
const GOLDEN_ATOL = 1e-5;
/** Float64 against a float64 golden: summation order only. */
const FLOAT64_ATOL = 1e-12;
/**
 * The seeded goldens (mistral … gemma) were made by a PyTorch reference that, like transformers'
 * rotary embedding ("force float32"), computes RoPE's cos/sin in float32 even in a float64 model.
 * Position 0 (angle 0: cos 1, sin 0 in any precision) therefore matches to float64 precision, and
 * later positions to the float32 rounding of cos/sin: measured ≤ 2.8e-7.
 */
const FLOAT32_ROPE_ATOL = 5e-7;

interface LogitsGolden {
  sequences: number[][];
  logits: number[][][] | number[][];
  pooled_position?: number;
}

interface GreedyReference {
  greedy_input_ids: number[][];
  greedy_expected_sequences_max_length_10: number[][];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

type Run = (inputs: HostTensorMap) => Promise<HostTensorMap>;

async function withModel<T>(name: string, task: DecoderTask, f: (run: Run, run32: Run) => Promise<T>): Promise<T> {
  const dir = sharedFixture(name);
  const config = readJson<Record<string, unknown>>(join(dir, 'config.json'));
  const weights = await openWeights(dir);
  try {
    return await f(
      (i) => runDecoderReference64({ config, weights, task }, i),
      (i) => runDecoderReference({ config, weights, task }, i),
    );
  } finally {
    await weights.close();
  }
}

/** Largest |a - e| over the logits of positions [from, to) of every row; logits [b, s, v]. */
function maxErrorAt(actual: HostTensor, expected: number[][][], from: number, to: number): number {
  const [, s, v] = actual.dims as [number, number, number];
  let m = 0;
  expected.forEach((row, b) => {
    for (let p = from; p < to; p++) for (let k = 0; k < v; k++) m = Math.max(m, Math.abs((actual.data[(b * s + p) * v + k] as number) - row[p]![k]!));
  });
  return m;
}

describe.skipIf(!hasSharedFixtures())('decoder goldens (shared fixtures)', () => {
  it('tiny-llama: logits at every position match the float64 golden', async () => {
    const golden = readJson<LogitsGolden>(join(sharedFixture('tiny-llama'), 'reference_logits.json'));
    await withModel('tiny-llama', 'text-generation', async (run, run32) => {
      const out = await run({ input_ids: int64FromRows(golden.sequences) });
      expect(out['logits']!.dims).toEqual([3, 16, 11]);
      const r = compareClose(out['logits']!.data as Float64Array, (golden.logits as number[][][]).flat(2), { atol: FLOAT64_ATOL });
      expect(r.ok, `first mismatch at ${r.firstBad} (max ${r.maxAbs})`).toBe(true);
      const out32 = await run32({ input_ids: int64FromRows(golden.sequences) });
      expect(out32['logits']!.dtype).toBe('float32');
      expect(compareClose(out32['logits']!.data as Float32Array, (golden.logits as number[][][]).flat(2), { atol: GOLDEN_ATOL }).ok).toBe(true);
    });
  });

  it.each(['tiny-mistral-window', 'tiny-qwen2-bias', 'tiny-qwen3-qknorm', 'tiny-phi3-partial', 'tiny-gemma-headdim'])(
    '%s: logits at every position match reference_logits.json',
    async (name) => {
      const golden = readJson<LogitsGolden>(join(sharedFixture(name), 'reference_logits.json'));
      const expected = golden.logits as number[][][];
      await withModel(name, 'text-generation', async (run) => {
        const out = await run({ input_ids: int64FromRows(golden.sequences) });
        const logits = out['logits']!;
        const s = golden.sequences[0]!.length;
        expect(logits.dims).toEqual([golden.sequences.length, s, expected[0]![0]!.length]);
        expect(maxErrorAt(logits, expected, 0, 1), 'position 0 (RoPE-free)').toBeLessThan(FLOAT64_ATOL);
        const later = maxErrorAt(logits, expected, 1, s);
        expect(later).toBeLessThan(FLOAT32_ROPE_ATOL);
        expect(later).toBeLessThan(GOLDEN_ATOL);
      });
    },
  );

  it('tiny-gpt2-seqcls: logits pooled at pooled_position match', async () => {
    const golden = readJson<LogitsGolden>(join(sharedFixture('tiny-gpt2-seqcls'), 'reference_logits.json'));
    await withModel('tiny-gpt2-seqcls', 'text-classification', async (run) => {
      const out = await run({ input_ids: int64FromRows(golden.sequences) });
      expect(Object.keys(out)).toEqual(['logits']);
      expect(out['logits']!.dims).toEqual([3, 3]);
      const r = compareClose(out['logits']!.data as Float64Array, (golden.logits as number[][]).flat(), { atol: FLOAT64_ATOL });
      expect(r.ok, `first mismatch at ${r.firstBad} (max ${r.maxAbs})`).toBe(true);
      // pooling skips trailing padding (pad_token_id 0): a padded row pools where the unpadded one ends
      const short = golden.sequences.map((row) => row.slice(0, 15));
      const alone = await run({ input_ids: int64FromRows(short) });
      const padded = await run({ input_ids: int64FromRows(short.map((row) => [...row, 0])) });
      expect(compareClose(padded['logits']!.data as Float64Array, alone['logits']!.data as Float64Array, { atol: FLOAT64_ATOL }).ok).toBe(true);
      expect(compareClose(alone['logits']!.data as Float64Array, (golden.logits as number[][]).flat(), { atol: 1e-3 }).ok).toBe(false);
    });
  });

  /**
   * Greedy decoding with the cache (prompt pass, then one token per step feeding present.* back as
   * past_key_values.*), the attention mask growing by one 1 per step and position ids left to
   * their mask-derived default. Returns the full sequences.
   */
  async function greedy(run: Run, prompt: number[][], mask: number[][], maxLength: number): Promise<number[][]> {
    const rows = prompt.map((r) => [...r]);
    const grownMask = mask.map((r) => [...r]);
    let inputs: HostTensorMap = { input_ids: int64FromRows(rows), attention_mask: int64FromRows(grownMask) };
    while (rows[0]!.length < maxLength) {
      const out = await run(inputs);
      const logits = out['logits']!;
      const [b, s, v] = logits.dims as [number, number, number];
      const next = Array.from({ length: b }, (_, r) => {
        const o = (r * s + s - 1) * v;
        let best = 0;
        for (let k = 1; k < v; k++) if ((logits.data[o + k] as number) > (logits.data[o + best] as number)) best = k;
        return best;
      });
      next.forEach((t, r) => {
        rows[r]!.push(t);
        grownMask[r]!.push(1);
      });
      expect(out['present.4.value']!.dims).toEqual([b, 4, grownMask[0]!.length - 1, 8]);
      inputs = { input_ids: int64FromRows(next.map((t) => [t])), attention_mask: int64FromRows(grownMask) };
      for (const [name, t] of Object.entries(out)) if (name.startsWith('present.')) inputs[name.replace('present.', 'past_key_values.')] = t;
    }
    return rows;
  }

  describe('tiny-random-gpt2 (GPT2LMHeadModel, 5 layers)', () => {
    const ref = (): GreedyReference => readJson<GreedyReference>(join(sharedFixture('tiny-random-gpt2'), 'reference_onnx_ortgenai', 'REFERENCE.json'));
    const maxLength = 10;

    it('greedy decoding with the KV cache reproduces onnxruntime-genai', async () => {
      // onnxruntime-genai masks the tokens equal to its pad_token_id (98 in genai_config.json), so
      // the leading 0 ids of this test are ordinary tokens there: the mask is all ones.
      const genai = readJson<{ model: { pad_token_id: number } }>(join(sharedFixture('tiny-random-gpt2'), 'reference_onnx_ortgenai', 'genai_config.json'));
      const { greedy_input_ids: prompt, greedy_expected_sequences_max_length_10: expected } = ref();
      await withModel('tiny-random-gpt2', 'text-generation', async (run) => {
        const mask = prompt.map((r) => r.map((t) => (t === genai.model.pad_token_id ? 0 : 1)));
        expect(await greedy(run, prompt, mask, maxLength)).toEqual(expected);
      });
    });

    it('left padding with the cache: masked leading tokens change nothing for the real ones', async () => {
      const { greedy_input_ids: prompt } = ref();
      await withModel('tiny-random-gpt2', 'text-generation', async (run) => {
        const mask = prompt.map((r) => r.map((t, i) => (i < r.findIndex((x) => x !== 0) ? 0 : 1)));
        const padded = await greedy(run, prompt, mask, maxLength);
        for (const [b, row] of prompt.entries()) {
          const real = row.filter((_, i) => mask[b]![i] === 1);
          const alone = await greedy(run, [real], [real.map(() => 1)], maxLength - (row.length - real.length));
          expect(padded[b]!.slice(row.length - real.length)).toEqual(alone[0]);
        }
        // and masking matters here: treating the 0s as tokens decodes differently
        expect(padded).not.toEqual(ref().greedy_expected_sequences_max_length_10);
      });
    });
  });
});
