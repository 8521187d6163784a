import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { compareTensors } from './compare.js';
import { argmax, emptyPast, int64, lastPosition, pastFromPresent, positionIds } from './decoder-batch.js';
import type { CacheSpec } from './decoder-batch.js';
import type { GenerationGolden } from './goldens.js';
import type { GreedyParity } from './greedy-parity.js';
import type { Runner } from './runner.js';
import { tensorValues } from './tensor-values.js';
import type { Tolerance } from './tolerances.js';
import type { OutputComparison } from './compare-outputs.js';

/** Where a model's pick differs from the recorded one. */
export interface GenerationMismatch {
  step: number;
  row: number;
  actual: number;
  expected: number;
  /** The recorded margin of the expected pick over the runner-up. */
  margin: number;
  /** The recorded margin is within the tolerance: either pick is right. */
  tie: boolean;
}

export interface GenerationCheck {
  /** The prompt's last-position logits against the recorded ones (`generation.last_logits`). */
  comparison: OutputComparison;
  /** Picks per row (the model's own). */
  tokens: number[][];
  mismatches: GenerationMismatch[];
}

/**
 * The recorded side of a lockstep greedy run as a golden: the reference's last-position logits of
 * the prompt pass, its picks, and each pick's margin over the runner-up.
 */
export function generationGoldenOf(run: GreedyParity): GenerationGolden {
  const e = run.logits.expected;
  const [n, vocab] = e.dims as [number, number];
  const batch = n / run.steps;
  const values = tensorValues(e);
  const row = (step: number, r: number): ArrayLike<number> => {
    const start = (step * batch + r) * vocab;
    return Array.from({ length: vocab }, (_, k) => values[start + k]!);
  };
  const margins = run.tokens.expected.map((tokens, r) =>
    tokens.map((tok, step) => {
      const v = row(step, r);
      let second = -Infinity;
      for (let k = 0; k < vocab; k++) if (k !== tok && v[k]! > second) second = v[k]!;
      return v[tok]! - second;
    }),
  );
  const last = Float64Array.from({ length: batch * vocab }, (_, i) => values[i]!);
  return {
    maxNewTokens: run.steps,
    lastLogits: { dtype: 'float64', dims: [batch, vocab], data: last },
    tokens: run.tokens.expected.map((r) => [...r]),
    margins,
  };
}

/**
 * Replay a recorded greedy decode on `runner` (its own KV cache): the prompt pass's last-position
 * logits must match the recorded ones, and at each step its pick must be the recorded token —
 * unless the recorded margin says the two were tied within the tolerance. Decoding continues with
 * the recorded token either way, so one flip does not cascade.
 */
export async function checkGenerationGolden(
  runner: Runner,
  inputs: HostTensorMap,
  cache: CacheSpec,
  golden: GenerationGolden,
  tolerance: Tolerance,
): Promise<GenerationCheck> {
  const ids = inputs['input_ids']!;
  const [batch, width] = ids.dims as [number, number];
  const maskValues = inputs['attention_mask'] ? tensorValues(inputs['attention_mask']) : undefined;
  const mask = Array.from({ length: batch }, (_, r) => Array.from({ length: width }, (_, j) => (maskValues ? Number(maskValues[r * width + j]) : 1)));
  let feeds: HostTensorMap = { ...inputs, ...emptyPast(cache, batch) };
  const tokens: number[][] = Array.from({ length: batch }, () => []);
  const mismatches: GenerationMismatch[] = [];
  let comparison: OutputComparison | undefined;
  for (let step = 0; step < golden.maxNewTokens; step++) {
    const out = await runner.run(feeds);
    const logits = lastPosition(out['logits']!);
    if (step === 0) {
      const vocab = logits[0]!.length;
      const actual: HostTensor = { dtype: 'float64', dims: [batch, vocab], data: Float64Array.from(logits.flatMap((r) => [...r])) };
      comparison = { output: 'generation.last_logits', ...compareTensors(actual, golden.lastLogits, { ...tolerance, argmax: true }) };
    }
    const next: number[] = [];
    for (let r = 0; r < batch; r++) {
      const pick = argmax(logits[r]!);
      const expected = golden.tokens[r]![step]!;
      tokens[r]!.push(pick);
      if (pick !== expected) {
        const margin = golden.margins[r]![step]!;
        mismatches.push({ step, row: r, actual: pick, expected, margin, tie: margin <= tolerance.atol });
      }
      next.push(expected);
    }
    mask.forEach((m) => m.push(1));
    feeds = { input_ids: int64(next.map((t) => [t])), attention_mask: int64(mask), position_ids: int64(positionIds(mask, 1)), ...pastFromPresent(out) };
  }
  return { comparison: comparison!, tokens, mismatches };
}
