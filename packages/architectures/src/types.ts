import type { TensorSource } from '@mlpack/core';
import type { Graph } from '@mlpack/graph';

/** The Optimum task names the builders implement. */
export const ENCODER_TASKS = [
  'feature-extraction',
  'text-classification',
  'token-classification',
  'question-answering',
  'fill-mask',
] as const;

export type EncoderTask = (typeof ENCODER_TASKS)[number];

export function isEncoderTask(task: string): task is EncoderTask {
  return (ENCODER_TASKS as readonly string[]).includes(task);
}

/** The families (normalized `model_type`) the builders implement. */
export const ENCODER_FAMILIES = ['bert', 'distilbert', 'roberta', 'xlm-roberta', 'camembert', 'electra', 'albert'] as const;

export type EncoderFamily = (typeof ENCODER_FAMILIES)[number];

export interface BuildInput {
  /** The parsed `config.json`. */
  config: Record<string, unknown>;
  /** The checkpoint's tensors (only headers are consulted; no bytes are read while building). */
  weights: TensorSource;
  /** Optimum task name, e.g. `text-classification`. */
  task: string;
}

/** Options of `buildModelGraph` (none yet: weight dtypes and quantization are graph passes applied afterwards). */
export type BuildOptions = Record<string, never>;

/** One graph input or output as Optimum names it, with symbolic `batch_size` / `sequence_length` dims. */
export interface IoSpec {
  name: string;
  dtype: 'int64' | 'float32';
  shape: (number | string)[];
}

export interface BuiltModel {
  graph: Graph;
  /** Normalized model_type, e.g. `xlm-roberta`. */
  family: EncoderFamily;
  task: EncoderTask;
  inputs: IoSpec[];
  outputs: IoSpec[];
}
