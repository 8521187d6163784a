import type { TensorSource } from '@mlpack/core';

/** Optimum's task names for the decoder heads the reference implements, sorted. */
export const DECODER_TASKS = ['feature-extraction', 'text-classification', 'text-generation'] as const;

export type DecoderTask = (typeof DECODER_TASKS)[number];

export function isDecoderTask(s: unknown): s is DecoderTask {
  return typeof s === 'string' && (DECODER_TASKS as readonly string[]).includes(s);
}

/** A causal language model as the witness needs it: parsed config.json, its weights and the head to run. */
export interface DecoderReferenceModel {
  /** Parsed config.json (the configuration class's defaults fill in missing fields). */
  config: Record<string, unknown>;
  /** The checkpoint's tensors (e.g. `openWeights(dir)` from `@mlpack/safetensors`). */
  weights: TensorSource;
  /** Which head to run: `text-generation` (…ForCausalLM), `text-classification` (…ForSequenceClassification), `feature-extraction` (…Model). */
  task: DecoderTask;
}
