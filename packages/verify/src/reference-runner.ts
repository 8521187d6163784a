import type { HostTensorMap } from '@mlpack/core';
import { runDecoderReference64, runReference, runReference64 } from '@mlpack/reference';
import type { DecoderReferenceModel, ReferenceInputs, ReferenceModel } from '@mlpack/reference';
import type { Runner } from './runner.js';

export interface ReferenceRunnerOptions {
  /**
   * `float64` (default): outputs as computed, for comparing against float64 goldens without a
   * float32 rounding step; `float32`: rounded like a converted model's outputs.
   */
  precision?: 'float64' | 'float32';
  /** Name in reports (default `reference`). */
  name?: string;
}

/**
 * The independent TypeScript forward pass (`@mlpack/reference`) behind the Runner interface.
 * The caller owns `model.weights` (dispose does not close them). Errors keep their `REF_*` codes.
 */
export function createReferenceRunner(model: ReferenceModel, options: ReferenceRunnerOptions = {}): Runner {
  const forward = (options.precision ?? 'float64') === 'float64' ? runReference64 : runReference;
  return {
    name: options.name ?? 'reference',
    async run(inputs: HostTensorMap): Promise<HostTensorMap> {
      if (!inputs.input_ids) throw new TypeError('the reference needs input_ids');
      const feed: ReferenceInputs = {
        input_ids: inputs.input_ids,
        attention_mask: inputs.attention_mask,
        token_type_ids: inputs.token_type_ids,
      };
      return forward(model, feed);
    },
    async dispose(): Promise<void> {},
  };
}

/**
 * The reference decoder (float64, its own KV cache) behind the Runner interface: it takes the
 * graph's own inputs (`input_ids`, `attention_mask`, `position_ids`, `past_key_values.*`) and
 * returns `logits` (+ `present.*`) in float64, so a greedy loop can feed its cache back exactly.
 */
export function createDecoderReferenceRunner(model: DecoderReferenceModel, options: { name?: string } = {}): Runner {
  return {
    name: options.name ?? 'reference',
    async run(inputs: HostTensorMap): Promise<HostTensorMap> {
      return runDecoderReference64(model, inputs);
    },
    async dispose(): Promise<void> {},
  };
}
