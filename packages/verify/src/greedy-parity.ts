import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { isClose } from './compare.js';
import { argmax, emptyPast, int64, lastPosition, pastFromPresent, positionIds } from './decoder-batch.js';
import type { CacheSpec, LeftPaddedBatch } from './decoder-batch.js';
import type { Runner } from './runner.js';
import type { Tolerance } from './tolerances.js';

/** A row where the two runners picked different next tokens. */
export interface GreedyDivergence {
  step: number;
  row: number;
  /** The token the target picked. */
  actual: number;
  /** The token the reference picked (both runs continue with it). */
  expected: number;
  /**
   * The reference's logit gap between its pick and the target's: within tolerance it is a tie the
   * rounding of a float32 graph may break either way (a warning), beyond it a real mismatch (an error).
   */
  margin: number;
  tie: boolean;
}

export interface GreedyParity {
  steps: number;
  /** Tokens each runner picked, per row (the reference's picks are what both runs were fed). */
  tokens: { actual: number[][]; expected: number[][] };
  /** Last-position logits of every step, `[steps · batch, vocab]`, row-major by step then row. */
  logits: { actual: HostTensor; expected: HostTensor };
  /** The prompt pass of each runner (all outputs, presents included). */
  first: { actual: HostTensorMap; expected: HostTensorMap };
  divergences: GreedyDivergence[];
}

/**
 * Greedy-decode `steps` tokens with both runners in lockstep, each feeding its own `present.*`
 * back as `past_key_values.*` (so the target's KV cache is what is tested). When the picks differ
 * the reference's token is fed to both, so later steps stay comparable; the divergence is recorded
 * and classified as a tie or a mismatch. EOS does not stop decoding: every step is compared.
 */
export async function greedyParity(
  actual: Runner,
  expected: Runner,
  prompt: LeftPaddedBatch,
  cache: CacheSpec,
  steps: number,
  tolerance: Tolerance,
): Promise<GreedyParity> {
  const batch = prompt.ids.length;
  const mask = prompt.mask.map((r) => [...r]);
  let feedA: HostTensorMap = { ...prompt.inputs, ...emptyPast(cache, batch) };
  let feedE: HostTensorMap = { ...prompt.inputs, ...emptyPast(cache, batch) };
  const tokens = { actual: prompt.ids.map(() => [] as number[]), expected: prompt.ids.map(() => [] as number[]) };
  const stepLogitsA: number[] = [];
  const stepLogitsE: number[] = [];
  const divergences: GreedyDivergence[] = [];
  let first: GreedyParity['first'] | undefined;
  let vocab = 0;
  for (let step = 0; step < steps; step++) {
    const outA = await actual.run(feedA);
    const outE = await expected.run(feedE);
    if (step === 0) first = { actual: outA, expected: outE };
    const la = lastPosition(outA['logits']!);
    const le = lastPosition(outE['logits']!);
    vocab = le[0]!.length;
    const next: number[] = [];
    for (let row = 0; row < batch; row++) {
      const ta = argmax(la[row]!);
      const te = argmax(le[row]!);
      tokens.actual[row]!.push(ta);
      tokens.expected[row]!.push(te);
      if (ta !== te) {
        const best = le[row]![te]!;
        const other = le[row]![ta]!;
        divergences.push({ step, row, actual: ta, expected: te, margin: best - other, tie: isClose(other, best, tolerance.atol, tolerance.rtol) });
      }
      next.push(te);
      stepLogitsA.push(...la[row]!);
      stepLogitsE.push(...le[row]!);
    }
    mask.forEach((r) => r.push(1));
    const common = { input_ids: int64(next.map((t) => [t])), attention_mask: int64(mask), position_ids: int64(positionIds(mask, 1)) };
    feedA = { ...common, ...pastFromPresent(outA) };
    feedE = { ...common, ...pastFromPresent(outE) };
  }
  return {
    steps,
    tokens,
    logits: {
      actual: { dtype: 'float32', dims: [steps * batch, vocab], data: Float32Array.from(stepLogitsA) },
      expected: { dtype: 'float64', dims: [steps * batch, vocab], data: Float64Array.from(stepLogitsE) },
    },
    first: first!,
    divergences,
  };
}
