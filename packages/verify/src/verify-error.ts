import { MlpackError } from '@mlpack/core';

/**
 * Stable codes of `@mlpack/verify` (listed in the README). Prefixes group them by piece:
 * `INPUT_*` making inputs, `ORT_*` / `TFJS_*` the runtime runners, `GOLDEN_*` golden files,
 * `VERIFY_*` the orchestration.
 */
export type VerifyErrorCode =
  // make-inputs
  | 'INPUT_TOKENIZER'
  | 'INPUT_TOO_LONG'
  | 'INPUT_BAD_OPTION'
  | 'INPUT_UNSUPPORTED'
  | 'INPUT_NO_VOCAB'
  | 'INPUT_RANGE'
  | 'INPUT_TOO_LARGE'
  // onnxruntime runner
  | 'ORT_LOAD_FAILED'
  | 'ORT_RUN_FAILED'
  | 'ORT_MISSING_INPUT'
  | 'ORT_UNSUPPORTED_DTYPE'
  | 'ORT_TIMEOUT'
  // reading a model's operators before running it
  | 'ONNX_UNREADABLE'
  | 'ONNX_OP_NOT_ALLOWED'
  // tfjs runner and model.json validation
  | 'TFJS_BAD_MODEL_JSON'
  | 'TFJS_OP_NOT_ALLOWED'
  | 'TFJS_UNSAFE_PATH'
  | 'TFJS_MISSING_SHARD'
  | 'TFJS_SHARD_SIZE'
  | 'TFJS_UNKNOWN_DTYPE'
  | 'TFJS_DUPLICATE_WEIGHT'
  | 'TFJS_LOAD_FAILED'
  | 'TFJS_MISSING_INPUT'
  | 'TFJS_RUN_FAILED'
  // goldens
  | 'GOLDEN_BAD'
  | 'GOLDEN_UNKNOWN_FORMAT'
  | 'GOLDEN_UNSUPPORTED_SHAPE'
  | 'GOLDEN_NONFINITE'
  // orchestration
  | 'VERIFY_MODEL_INVALID'
  | 'VERIFY_MANIFEST_INVALID'
  | 'VERIFY_NO_TARGETS'
  | 'VERIFY_TARGET_MISSING'
  | 'VERIFY_REFERENCE_UNSUPPORTED'
  | 'VERIFY_REFERENCE_FAILED'
  | 'VERIFY_OUTPUT_MISSING'
  | 'VERIFY_SOURCE_MISMATCH'
  | 'VERIFY_INPUT_IGNORED'
  // report problems of decoder verification (greedy decoding in lockstep)
  | 'VERIFY_GREEDY_MISMATCH'
  | 'VERIFY_GREEDY_TIE'
  | 'VERIFY_STEPS_LIMITED'
  | 'VERIFY_DEGRADED'
  | 'VERIFY_GATE_FAILED'
  | 'VERIFY_TOKENIZER_MISMATCH'
  | 'VERIFY_RUNTIME_MISSING'
  | 'VERIFY_FILE_MISSING'
  | 'VERIFY_FILE_MODIFIED'
  | 'VERIFY_FILE_UNLISTED'
  | 'VERIFY_FILE_NOT_REGULAR'
  | 'VERIFY_GATE_MISSED';

export class VerifyError extends MlpackError<VerifyErrorCode> {
  override name = 'VerifyError';
}
