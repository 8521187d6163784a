import { MlpackError } from '@mlpack/core';

/**
 * Stable error codes of @mlpack/onnx (listed in the package README).
 * - `UNSUPPORTED_OPSET`: the requested opset is outside `SUPPORTED_OPSETS` (usage error, exit 2).
 * - `BAD_OPTIONS`: an invalid option, e.g. a file name with a directory part (usage error, exit 2).
 * - `INVALID_GRAPH`: the graph handed to the emitter fails `validateGraph`.
 * - `MODEL_TOO_LARGE`: the model does not fit protobuf's 2 GiB limit in the chosen external-data mode.
 * - `SIZE_MISMATCH`: an initializer materialized to a different byte count than its shape promises.
 * - `WRITE_FAILED`: writing the model or its data file failed.
 * - `READ_FAILED`: `readOnnxModelInfo` could not read or decode a model file.
 * - `UNSUPPORTED_STORAGE`: an initializer asks for a storage (TF.js affine uint8/uint16) ONNX cannot express.
 */
export type OnnxErrorCode =
  'UNSUPPORTED_OPSET' | 'BAD_OPTIONS' | 'INVALID_GRAPH' | 'MODEL_TOO_LARGE' | 'SIZE_MISMATCH' | 'WRITE_FAILED' | 'READ_FAILED' | 'UNSUPPORTED_STORAGE';

export class OnnxError extends MlpackError<OnnxErrorCode> {
  override name = 'OnnxError';
}
