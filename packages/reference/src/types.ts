import type { HostTensor, TensorSource } from '@mlpack/core';

/** Optimum's task names for the encoder heads the reference implements, sorted. */
export const ENCODER_TASKS = ['feature-extraction', 'fill-mask', 'question-answering', 'text-classification', 'token-classification'] as const;

export type EncoderTask = (typeof ENCODER_TASKS)[number];

export function isEncoderTask(s: unknown): s is EncoderTask {
  return typeof s === 'string' && (ENCODER_TASKS as readonly string[]).includes(s);
}

/** A model as the witness needs it: parsed config.json, its weights and the head to run. */
export interface ReferenceModel {
  /** Parsed config.json (transformers' defaults fill in missing fields). */
  config: Record<string, unknown>;
  /** The checkpoint's tensors (e.g. `openWeights(dir)` from `@mlpack/safetensors`). */
  weights: TensorSource;
  /** Which head to run. */
  task: EncoderTask;
}

/** Model inputs, Optimum's names; int64 (or int32) tensors of dims [batch, sequence]. */
export interface ReferenceInputs {
  /** Token ids, [b, s]. */
  input_ids: HostTensor;
  /** 1 = attend, 0 = padding; [b, s]; any numeric dtype (transformers computes `(1 - mask) * min`). Default: all ones. */
  attention_mask?: HostTensor | undefined;
  /** Segment ids, [b, s]. Default: zeros. Ignored by DistilBERT, which has no token types. */
  token_type_ids?: HostTensor | undefined;
}

/** A float64 result tensor inside the package (wrapped as a HostTensor at the boundary). */
export interface Tensor64 {
  dims: number[];
  data: Float64Array;
}

/** Output name (Optimum's) → tensor. */
export type Outputs64 = Record<string, Tensor64>;
