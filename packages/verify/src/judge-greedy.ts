import type { HostTensor } from '@mlpack/core';
import type { GreedyParity } from './greedy-parity.js';
import { LM_GATE_TOKENS } from './parity-gates.js';
import type { GateMiss, GateVerdict, ParityGateLimits } from './parity-gates.js';
import { tensorValues } from './tensor-values.js';

/** How many of the most likely next tokens the overlap metric compares. */
export const TOP_K = 10;

/**
 * Mean over rows of `[rows, vocab]` logits of |top-k(actual) ∩ top-k(expected)| / k, with
 * k = min(TOP_K, vocab): how much of the reference's short list of next tokens the variant keeps.
 */
export function topKOverlap(actual: HostTensor, expected: HostTensor, k = TOP_K): number {
  const [rows, vocab] = expected.dims as [number, number];
  const a = tensorValues(actual);
  const e = tensorValues(expected);
  const kk = Math.min(k, vocab);
  if (rows === 0 || kk === 0) return 1;
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const want = new Set(topIndices(e, r * vocab, vocab, kk));
    let shared = 0;
    for (const i of topIndices(a, r * vocab, vocab, kk)) if (want.has(i)) shared++;
    total += shared / kk;
  }
  return total / rows;
}

/** Indices of the k largest of `v[offset .. offset + n)` (ties: lower index first). */
function topIndices(v: ArrayLike<number>, offset: number, n: number, k: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((x, y) => v[offset + y]! - v[offset + x]! || x - y);
  return idx.slice(0, k);
}

/**
 * Mismatches allowed in `steps` greedy tokens: the gate's count per `LM_GATE_TOKENS`, scaled down
 * (rounding down) when fewer tokens fit in the model's positions — 2 in 20 allows none in 5.
 */
export function allowedMismatches(gate: ParityGateLimits, steps: number): number | undefined {
  if (gate.max_greedy_mismatches === undefined) return undefined;
  return Math.floor((gate.max_greedy_mismatches * Math.min(steps, LM_GATE_TOKENS)) / LM_GATE_TOKENS);
}

/**
 * A language-model variant's next-token metrics from its greedy run against the reference: top-10
 * overlap of every step's logits, and per row the steps whose pick differs (a divergence the run
 * classified as a tie — within the gate's own elementwise tolerance — does not count). Adds them
 * to `verdict.measured` and any miss to `verdict.misses` (a new verdict; `verdict` is not changed).
 */
export function judgeGreedy(verdict: GateVerdict, g: GreedyParity, gate: ParityGateLimits): GateVerdict {
  const overlap = topKOverlap(g.logits.actual, g.logits.expected);
  const perRow = new Map<number, number>();
  for (const d of g.divergences) if (!d.tie) perRow.set(d.row, (perRow.get(d.row) ?? 0) + 1);
  const worst = Math.max(0, ...perRow.values());
  const misses: GateMiss[] = [...verdict.misses];
  if (gate.min_top10_overlap !== undefined && !(overlap >= gate.min_top10_overlap)) {
    misses.push({ output: 'generation.logits', metric: 'top10_overlap', value: overlap, limit: gate.min_top10_overlap });
  }
  const allowed = allowedMismatches(gate, g.steps);
  if (allowed !== undefined && worst > allowed) {
    misses.push({ output: 'generation.tokens', metric: 'greedy_mismatches', value: worst, limit: allowed });
  }
  return {
    ...verdict,
    measured: { ...verdict.measured, top10_overlap: overlap, greedy_mismatches: worst, greedy_tokens: g.steps },
    ok: misses.length === 0,
    misses,
  };
}
