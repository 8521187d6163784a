import type { HostTensorMap } from '@mlpack/core';
import type { OutputComparison } from './compare-outputs.js';
import { tensorValues } from './tensor-values.js';

/** Weight variants a converted folder can hold (mlpack.json `targets[].dtype`). */
export type VariantDType = 'fp32' | 'fp16' | 'q8' | 'q4' | 'q4f16' | 'uint8' | 'uint16';

/**
 * A dtype's parity gate against the float64 reference. Elementwise `atol` / `rtol` where the dtype
 * keeps every value close (fp32, fp16, uint16); quantized dtypes move individual values too much
 * for that and are judged on the direction of each output (cosine) and on the decisions it makes
 * (argmax of logits outputs). Any NaN or Infinity in an output fails every gate.
 */
export interface ParityGateLimits {
  atol?: number;
  rtol?: number;
  min_cosine: number;
  /** Fraction of last-axis rows of `logits` / `*_logits` outputs whose argmax matches the reference. */
  min_argmax_agreement: number;
  /**
   * Language models (decoders with a KV cache): mean fraction of the reference's 10 most likely next
   * tokens that are also among the variant's 10, over every decoded step and row.
   */
  min_top10_overlap?: number;
  /**
   * Language models: most steps of one row, out of `LM_GATE_TOKENS` decoded greedily with the
   * variant's own cache, where the variant's pick differs from the reference's.
   */
  max_greedy_mismatches?: number;
}

/**
 * The gates, measured on the shared fixtures, the samples and the BERT-base bench model (README,
 * "Weight variants": what was measured and why each number is where it is).
 */
export const PARITY_GATES: Record<VariantDType, ParityGateLimits> = {
  fp32: { atol: 1e-4, rtol: 1e-3, min_cosine: 0.9999, min_argmax_agreement: 1 },
  fp16: { atol: 2e-2, rtol: 1e-2, min_cosine: 0.999, min_argmax_agreement: 1 },
  uint16: { atol: 2e-2, rtol: 1e-2, min_cosine: 0.999, min_argmax_agreement: 1 },
  q8: { min_cosine: 0.93, min_argmax_agreement: 0.6 },
  uint8: { min_cosine: 0.99, min_argmax_agreement: 0.9 },
  q4: { min_cosine: 0.92, min_argmax_agreement: 0.6 },
  q4f16: { min_cosine: 0.92, min_argmax_agreement: 0.6 },
};

/** Tokens greedily decoded per row when a language-model variant is judged ("at most N mismatches in 20"). */
export const LM_GATE_TOKENS = 20;

/**
 * The gates of language-model variants: the dtype's gate plus next-token agreement over
 * `LM_GATE_TOKENS` greedy steps (README, "Weight variants": what was measured on the decoder
 * fixtures and samples).
 */
export const LM_PARITY_GATES: Record<VariantDType, ParityGateLimits> = {
  fp32: { ...PARITY_GATES.fp32, min_top10_overlap: 1, max_greedy_mismatches: 0 },
  fp16: { ...PARITY_GATES.fp16, min_top10_overlap: 0.95, max_greedy_mismatches: 0 },
  uint16: { ...PARITY_GATES.uint16 },
  uint8: { ...PARITY_GATES.uint8 },
  q8: { ...PARITY_GATES.q8, min_top10_overlap: 0.8, max_greedy_mismatches: 2 },
  q4: { ...PARITY_GATES.q4, min_top10_overlap: 0.8, max_greedy_mismatches: 2 },
  q4f16: { ...PARITY_GATES.q4f16, min_top10_overlap: 0.8, max_greedy_mismatches: 2 },
};

/** The tolerances the elementwise comparison of a variant runs with (none: only the gate's other metrics count). */
export function gateTolerance(gate: ParityGateLimits): { atol: number; rtol: number } {
  return gate.atol === undefined ? { atol: Number.MAX_VALUE, rtol: 0 } : { atol: gate.atol, rtol: gate.rtol ?? 0 };
}

/** One way an output missed its gate. */
export interface GateMiss {
  output: string;
  metric: 'finite' | 'elementwise' | 'cosine' | 'argmax_agreement' | 'shape' | 'top10_overlap' | 'greedy_mismatches';
  value: number | boolean | null;
  limit: number | boolean | null;
}

/** A variant's verdict: its gate, the worst values over its outputs, and what missed. */
export interface GateVerdict {
  gate: Record<string, number>;
  measured: {
    max_abs: number | null;
    max_rel: number | null;
    min_cosine: number | null;
    min_argmax_agreement: number | null;
    finite: boolean;
    /** Language models: mean top-10 overlap of the next-token logits over the decoded steps. */
    top10_overlap?: number;
    /** Language models: most greedy mismatches of one row, and how many tokens each row decoded. */
    greedy_mismatches?: number;
    greedy_tokens?: number;
  };
  ok: boolean;
  misses: GateMiss[];
}

/** Judge one variant's output comparisons (against the reference) and its raw outputs with `gate`. */
export function judgeVariant(comparisons: readonly OutputComparison[], actual: HostTensorMap, gate: ParityGateLimits): GateVerdict {
  const misses: GateMiss[] = [];
  let maxAbs: number | null = null;
  let maxRel: number | null = null;
  let minCos: number | null = null;
  let minArgmax: number | null = null;
  let finite = true;
  for (const name of Object.keys(actual).sort()) {
    const values = tensorValues(actual[name]!);
    let ok = true;
    for (let i = 0; i < values.length && ok; i++) ok = Number.isFinite(values[i]!);
    if (!ok) {
      finite = false;
      misses.push({ output: name, metric: 'finite', value: false, limit: true });
    }
  }
  for (const c of comparisons) {
    if (c.expected_shape !== undefined) {
      misses.push({ output: c.output, metric: 'shape', value: null, limit: null });
      continue;
    }
    const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
    const abs = num(c.max_abs);
    const rel = num(c.max_rel);
    const cos = num(c.cosine);
    if (abs !== null) maxAbs = Math.max(maxAbs ?? 0, abs);
    if (rel !== null) maxRel = Math.max(maxRel ?? 0, rel);
    if (cos !== null) minCos = Math.min(minCos ?? 1, cos);
    if (gate.atol !== undefined && !c.ok) misses.push({ output: c.output, metric: 'elementwise', value: abs, limit: gate.atol });
    if (cos === null || cos < gate.min_cosine) misses.push({ output: c.output, metric: 'cosine', value: cos, limit: gate.min_cosine });
    if (typeof c.argmax_agreement === 'number') {
      minArgmax = Math.min(minArgmax ?? 1, c.argmax_agreement);
      if (c.argmax_agreement < gate.min_argmax_agreement) {
        misses.push({ output: c.output, metric: 'argmax_agreement', value: c.argmax_agreement, limit: gate.min_argmax_agreement });
      }
    }
  }
  const limits: Record<string, number> = {};
  for (const [k, v] of Object.entries(gate)) if (typeof v === 'number') limits[k] = v;
  return {
    gate: limits,
    measured: { max_abs: maxAbs, max_rel: maxRel, min_cosine: minCos, min_argmax_agreement: minArgmax, finite },
    ok: misses.length === 0,
    misses,
  };
}
