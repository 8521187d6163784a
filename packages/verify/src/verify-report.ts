import type { ErrorJson } from '@mlpack/core';
import type { TensorComparison } from './compare.js';
import type { Tolerance } from './tolerances.js';
import type { GateVerdict, VariantDType } from './parity-gates.js';

/** One variant's verdict in the report: which file, its dtype, gate, worst values measured, misses. */
export interface VariantReport extends GateVerdict {
  target: 'onnx' | 'tfjs';
  dtype: VariantDType;
  path: string;
  /** The manifest records it as kept despite missing its gate (`--allow-degraded`): a miss is a warning. */
  degraded?: true;
  /** Language models: the tokens the variant picked per row while decoding in lockstep with the reference. */
  tokens?: number[][];
}

/** Which runner produced the outputs under test. */
export type VerifyTargetName = 'reference' | 'onnx' | 'tfjs';

/** What they were compared with. */
export type VerifyAgainst = 'reference' | 'golden' | 'onnx';

/** One output of one target compared with one expectation. Key order is part of the contract. */
export interface VerifyComparison extends TensorComparison {
  target: VerifyTargetName;
  /** The weight variant compared (only for variants other than fp32, judged by their dtype's gate). */
  dtype?: VariantDType;
  against: VerifyAgainst;
  output: string;
  /** Tolerances this comparison was judged with. */
  atol: number;
  rtol: number;
}

/** An error or warning of a run, with the target it concerns (when it concerns one). */
export interface VerifyProblem extends ErrorJson {
  target?: VerifyTargetName;
}

/** `mlpack verify --json`: plain JSON, stable key order (documented in the README). */
export interface VerifyReport {
  /** No errors, at least one comparison, and every comparison passed. */
  ok: boolean;
  model_dir: string;
  converted_dir: string;
  task: string;
  inputs: {
    source: 'tokenizer' | 'random' | 'golden';
    /** The texts encoded, one per row (tokenizer inputs only); for a sentence-pair row, its first segment. */
    texts?: string[];
    /**
     * The second segment of each row, `null` for single-sentence rows (tokenizer inputs only, when
     * sentence-pair rows were added: the model takes `token_type_ids` with `type_vocab_size` >= 2).
     * Added in 0.1 without breaking older readers (`texts` keeps one entry per row).
     */
    text_pairs?: (string | null)[];
    /**
     * Files the tokenizer was built from (tokenizer inputs only): `["tokenizer.json"]`, or the slow
     * files converted in memory (`["vocab.txt"]`, `["vocab.json", "merges.txt"]`, plus
     * `"added_tokens.json"` when it was read). Added in 0.1 without breaking older readers.
     */
    tokenizer_files?: string[];
    /** Seed of the random ids (random inputs only). */
    seed?: number;
    /** Dims of each input fed, by name (sorted). */
    shapes: Record<string, number[]>;
  };
  tolerances: {
    /** float32 targets (onnx) and the reference. */
    default: Tolerance;
    /** The TF.js target, when verified. */
    tfjs?: Tolerance & { weight_dtype: 'float32' | 'float16' | 'uint8' | 'uint16' };
    /** Comparisons against the golden (float32 targets and reference), when one is given. */
    golden?: Tolerance;
  };
  comparisons: VerifyComparison[];
  /**
   * Decoders with a KV cache: the greedy decode run in lockstep by the converted model and the
   * reference (their step logits are the `generation.logits` comparison). Added without breaking
   * older readers.
   */
  generation?: {
    max_new_tokens: number;
    /** Tokens each runner picked per row (`onnx`, `reference`). */
    tokens: Partial<Record<VerifyTargetName, number[][]>>;
    /** Steps where the picks differed (both runs continued with the reference's token). */
    divergences: Array<{ step: number; row: number; actual: number; expected: number; margin: number; tie: boolean }>;
  };
  /** Each variant other than fp32 judged by its dtype's parity gate (only when the folder has some). */
  variants?: VariantReport[];
  errors: VerifyProblem[];
  warnings: VerifyProblem[];
}
