import { describe, expect, it } from 'vitest';
import type { HostTensor } from '@mlpack/core';
import type { GreedyParity } from './greedy-parity.js';
import { allowedMismatches, judgeGreedy, topKOverlap } from './judge-greedy.js';
import { LM_PARITY_GATES } from './parity-gates.js';
import type { GateVerdict } from './parity-gates.js';

function rows(values: number[][]): HostTensor {
  return { dtype: 'float32', dims: [values.length, values[0]!.length], data: Float32Array.from(values.flat()) };
}

const passing: GateVerdict = {
  gate: {},
  measured: { max_abs: 0.1, max_rel: 1, min_cosine: 0.99, min_argmax_agreement: 1, finite: true },
  ok: true,
  misses: [],
};

function run(divergences: GreedyParity['divergences'], actual: HostTensor, expected: HostTensor, steps = 20): GreedyParity {
  return { steps, tokens: { actual: [], expected: [] }, logits: { actual, expected }, first: { actual: {}, expected: {} }, divergences };
}

describe('topKOverlap', () => {
  it('is the mean share of the reference top-k kept, per row', () => {
    const vocab = 12;
    const ref = Array.from({ length: vocab }, (_, i) => i); // top 10: 2..11
    const same = rows([ref]);
    expect(topKOverlap(same, same)).toBe(1);
    // The variant swaps the order of the two lowest tokens with the two highest: 0 and 1 enter its top 10, 10 and 11 leave.
    const swapped = rows([[11, 10, ...ref.slice(2, 10), 1, 0]]);
    expect(topKOverlap(swapped, same)).toBeCloseTo(0.8, 12);
    // Two rows: one identical, one with 8 of 10: mean 0.9.
    expect(topKOverlap(rows([ref, [11, 10, ...ref.slice(2, 10), 1, 0]]), rows([ref, ref]))).toBeCloseTo(0.9, 12);
  });

  it('uses k = vocab when the vocabulary is smaller than 10', () => {
    expect(topKOverlap(rows([[3, 2, 1]]), rows([[1, 2, 3]]))).toBe(1);
    expect(topKOverlap(rows([[3, 2, 1, 0]]), rows([[0, 1, 2, 3]]), 2)).toBe(0);
  });
});

describe('judgeGreedy', () => {
  const logits = rows([Array.from({ length: 12 }, (_, i) => i)]);
  const div = (step: number, row: number, tie = false): GreedyParity['divergences'][number] => ({ step, row, actual: 1, expected: 2, margin: 0.5, tie });

  it('counts the worst row, ignores ties, and records the metrics', () => {
    const v = judgeGreedy(passing, run([div(0, 0), div(3, 0), div(1, 1), div(2, 1, true)], logits, logits), LM_PARITY_GATES.q4);
    expect(v.measured).toMatchObject({ greedy_mismatches: 2, greedy_tokens: 20, top10_overlap: 1 });
    expect(v.ok).toBe(true);
  });

  it('misses the gate at 3 mismatches in 20 (q4: at most 2), naming the metric and the limit', () => {
    const v = judgeGreedy(passing, run([div(0, 1), div(3, 1), div(7, 1)], logits, logits), LM_PARITY_GATES.q4);
    expect(v.ok).toBe(false);
    expect(v.misses).toEqual([{ output: 'generation.tokens', metric: 'greedy_mismatches', value: 3, limit: 2 }]);
  });

  it('misses on top-10 overlap below the gate, and keeps earlier misses', () => {
    // vocab 14: the reference's top 10 are tokens 4..13; the variant ranks 0..3 first and drops 4..7.
    const low = rows([[13, 12, 11, 10, ...Array.from({ length: 10 }, (_, i) => i)]]);
    const earlier: GateVerdict = { ...passing, ok: false, misses: [{ output: 'logits', metric: 'cosine', value: 0.5, limit: 0.92 }] };
    const v = judgeGreedy(earlier, run([], low, rows([Array.from({ length: 14 }, (_, i) => i)])), LM_PARITY_GATES.q8);
    expect(v.measured.top10_overlap).toBeCloseTo(0.6, 12);
    expect(v.misses.map((m) => m.metric)).toEqual(['cosine', 'top10_overlap']);
  });

  it('scales the allowed mismatches down when fewer than 20 tokens were decoded', () => {
    expect(allowedMismatches(LM_PARITY_GATES.q4, 20)).toBe(2);
    expect(allowedMismatches(LM_PARITY_GATES.q4, 10)).toBe(1);
    expect(allowedMismatches(LM_PARITY_GATES.q4, 5)).toBe(0);
    expect(allowedMismatches(LM_PARITY_GATES.fp16, 20)).toBe(0);
    const v = judgeGreedy(passing, run([div(0, 0)], logits, logits, 5), LM_PARITY_GATES.q4);
    expect(v.misses).toEqual([{ output: 'generation.tokens', metric: 'greedy_mismatches', value: 1, limit: 0 }]);
  });
});
