import { MlpackError } from '@mlpack/core';

/**
 * Stable error codes of @mlpack/tfjs (listed in the package README).
 * - `TFJS_BAD_OPTIONS`: an invalid option (shard size, weight dtype, reserved metadata key, missing dir); exit 2.
 * - `TFJS_INVALID_GRAPH`: the graph handed to the emitter fails `validateGraph`.
 * - `TFJS_BAD_SIGNATURE`: the `signature` option does not name the graph's inputs / outputs.
 * - `TFJS_UNSUPPORTED_OP`: an IR op, or a form of one, that the TF.js lowering cannot express.
 * - `TFJS_DTYPE`: a dtype TF.js cannot hold for that use (e.g. an integer ReduceMean).
 * - `TFJS_INT_RANGE`: an int64 constant or weight does not fit in int32 (TF.js has no int64).
 * - `TFJS_SIZE_MISMATCH`: an initializer materialized to a different byte count than its shape promises.
 * - `TFJS_WRITE_FAILED`: writing model.json or a weight shard failed.
 */
export type TfjsErrorCode =
  | 'TFJS_BAD_OPTIONS'
  | 'TFJS_INVALID_GRAPH'
  | 'TFJS_BAD_SIGNATURE'
  | 'TFJS_UNSUPPORTED_OP'
  | 'TFJS_DTYPE'
  | 'TFJS_INT_RANGE'
  | 'TFJS_SIZE_MISMATCH'
  | 'TFJS_WRITE_FAILED';

export class TfjsError extends MlpackError<TfjsErrorCode> {
  override name = 'TfjsError';
}
