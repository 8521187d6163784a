import type { HostTensorMap } from '@mlpack/core';
import { runReference, runReference64 } from '@mlpack/reference';
import type { ReferenceInputs, ReferenceModel } from '@mlpack/reference';
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
