import type { HostTensorMap } from '@mlpack/core';

/**
 * Something that computes a model's outputs from its inputs: onnxruntime, TF.js or the reference.
 * Everything crossing this interface is core's HostTensor; runtime tensor types stay inside.
 */
export interface Runner {
  /** Short name used in reports: `onnx`, `tfjs`, `reference`. */
  readonly name: string;
  /** Compute every output of the model for one batch. Inputs the model does not take are ignored. */
  run(inputs: HostTensorMap): Promise<HostTensorMap>;
  /** Release the runtime's resources (safe to call twice). */
  dispose(): Promise<void>;
}
