import type { TensorSource } from '@mlpack/core';
import type { Value } from '@mlpack/graph';
import type { ConfigReader } from './config-reader.js';
import type { ModuleOps } from './module-ops.js';
import type { EncoderFamily } from '@mlpack/families';
import type { Dim } from '@mlpack/graph';
import type { EncoderTask } from './types.js';

/** Graph inputs, named as Optimum names them. */
export type InputName = 'input_ids' | 'attention_mask' | 'token_type_ids';

/** Optimum's input order. */
export const INPUT_ORDER: readonly InputName[] = ['input_ids', 'attention_mask', 'token_type_ids'];

export interface GraphInputs {
  input_ids: Value;
  attention_mask: Value;
  /** Present when the family's plan asks for it. */
  token_type_ids?: Value | undefined;
}

export interface NamedOutput {
  name: string;
  value: Value;
  /** The signature's dims when they differ from the value's inferred ones (symbolic renames only). */
  shape?: Dim[];
}

/** A task head over the encoder's last hidden state [batch, seq, hidden]. */
export type HeadBuilder = (ops: ModuleOps, hidden: Value) => NamedOutput[];

/**
 * What a family builder returns once the config is read and every tensor it will use has been
 * found and shape-checked: the inputs it needs and a `build` step that can no longer fail on
 * the checkpoint.
 */
export interface FamilyPlan {
  inputs: readonly InputName[];
  build(ops: ModuleOps, inputs: GraphInputs): NamedOutput[];
}

export interface FamilyContext {
  /** The family's descriptor. */
  family: EncoderFamily;
  task: EncoderTask;
  cfg: ConfigReader;
  source: TensorSource;
}

export type FamilyPlanner = (ctx: FamilyContext) => FamilyPlan;

/** `ARCH_BAD_CONFIG` unless `heads` divides `hidden` (the key names the heads field). */
export function checkHeadsDivide(cfg: ConfigReader, headsKey: string, heads: number, hidden: number): void {
  if (hidden % heads !== 0) {
    throw cfg.bad(headsKey, `(${heads}) does not divide the hidden size (${hidden})`, 'the head dimension hidden / heads must be an integer');
  }
}
