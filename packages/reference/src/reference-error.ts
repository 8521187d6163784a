import { MlpackError } from '@mlpack/core';
import type { MlpackErrorOptions } from '@mlpack/core';

/**
 * Stable error codes of `@mlpack/reference` (public API: listed in the package README).
 * - `REF_UNSUPPORTED`: model_type, task, activation or config feature the witness does not implement.
 * - `REF_BAD_CONFIG`: a config field has the wrong type or an impossible value.
 * - `REF_MISSING_TENSOR`: a weight the forward pass needs is absent from the checkpoint.
 * - `REF_BAD_SHAPE`: a weight's shape differs from the one the config implies.
 * - `REF_BAD_DTYPE`: a weight is stored in a non-float dtype.
 * - `REF_BAD_INPUT`: input tensors of the wrong dtype/shape, or ids outside the embedding tables.
 */
export type ReferencePassErrorCode = 'REF_UNSUPPORTED' | 'REF_BAD_CONFIG' | 'REF_MISSING_TENSOR' | 'REF_BAD_SHAPE' | 'REF_BAD_DTYPE' | 'REF_BAD_INPUT';

/**
 * The reference package's error. Note: the name shadows the JavaScript global `ReferencePassError`
 * wherever it is imported; always import it (or use `isReferencePassError`) before `instanceof` checks.
 */
export class ReferencePassError extends MlpackError<ReferencePassErrorCode> {
  override name = 'ReferencePassError';
  constructor(code: ReferencePassErrorCode, message: string, options: MlpackErrorOptions = {}) {
    super(code, message, options);
  }
}

/** True for errors thrown by `@mlpack/reference` (immune to the global-name shadowing above). */
export function isReferencePassError(e: unknown): e is ReferencePassError {
  return e instanceof ReferencePassError;
}
