import { MlpackError } from '@mlpack/core';

/**
 * Stable error codes of @mlpack/architectures (listed in the package README).
 * - `ARCH_UNSUPPORTED`: the model_type, the task or a config feature (e.g. relative position
 *   embeddings, an activation) has no builder; the message lists what is supported.
 * - `ARCH_MISSING_TENSOR`: a tensor the architecture needs is not in the checkpoint.
 * - `ARCH_BAD_SHAPE`: a tensor's shape disagrees with the config.
 * - `ARCH_BAD_DTYPE`: a tensor is not floating point (weights must be F32, F16, BF16 or F64).
 * - `ARCH_BAD_CONFIG`: a config value is missing its right type or out of range (JSON pointer given).
 * - `ARCH_UNUSED_TENSORS`: checkpoint tensors the graph does not read (a warning; an error with `--strict`).
 */
export type ArchitectureErrorCode =
  'ARCH_UNSUPPORTED' | 'ARCH_MISSING_TENSOR' | 'ARCH_BAD_SHAPE' | 'ARCH_BAD_DTYPE' | 'ARCH_BAD_CONFIG' | 'ARCH_UNUSED_TENSORS';

export class ArchitectureError extends MlpackError<ArchitectureErrorCode> {
  override name = 'ArchitectureError';
}

export function isArchitectureError(e: unknown): e is ArchitectureError {
  return e instanceof ArchitectureError;
}
