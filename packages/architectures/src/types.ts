import type { TensorSource } from '@mlpack/core';
import { CONVERTIBLE_FAMILIES, ENCODER_TASKS as FAMILY_ENCODER_TASKS } from '@mlpack/families';
import type { EncoderTask as FamilyEncoderTask, Task } from '@mlpack/families';
import type { Graph, GraphDType } from '@mlpack/graph';

/** The Optimum task names the encoder builders implement. */
export const ENCODER_TASKS = FAMILY_ENCODER_TASKS;

export type EncoderTask = FamilyEncoderTask;

export function isEncoderTask(task: string): task is EncoderTask {
  return (ENCODER_TASKS as readonly string[]).includes(task);
}

/** The encoder `model_type`s the builders implement (from the family descriptors). */
export const ENCODER_FAMILIES: readonly string[] = CONVERTIBLE_FAMILIES.filter((f) => f.kind === 'encoder').map((f) => f.modelType);

/** An encoder `model_type` (one of ENCODER_FAMILIES). */
export type EncoderFamily = string;

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

/**
 * One graph input or output as Optimum names it: any graph dtype, dims numbers or symbols
 * (`batch_size`, `sequence_length`, `past_sequence_length`, `past_sequence_length + sequence_length`).
 */
export interface IoSpec {
  name: string;
  dtype: GraphDType;
  shape: (number | string)[];
}

/** One named graph of a model (`model`; encoder-decoders will add `encoder_model`, `decoder_model_merged`). */
export interface BuiltGraph {
  /** The graph's name, which is also its file's stem (`model` → `onnx/model.onnx`). */
  name: string;
  graph: Graph;
  inputs: IoSpec[];
  outputs: IoSpec[];
}

export interface BuiltModel {
  /** Normalized model_type, e.g. `xlm-roberta`. */
  family: string;
  kind: 'encoder' | 'decoder';
  task: Task;
  /** Every graph of the model, the main one first. */
  graphs: BuiltGraph[];
  /** The main graph (`graphs[0]`) and its signature, for single-graph callers. */
  graph: Graph;
  inputs: IoSpec[];
  outputs: IoSpec[];
}
