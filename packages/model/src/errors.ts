import { MlpackError } from '@mlpack/core';

/**
 * Codes of the problems `readModelFolder` reports as `Issue`s (stable API, listed in the README).
 * Codes coming from `@mlpack/safetensors` (`ST_*`), `@mlpack/schema` (`SCHEMA_*`,
 * `CONFIG_UNKNOWN_MODEL_TYPE`), `@mlpack/tokenizers` (`TOKENIZER_FILE_INVALID`) and the strict JSON
 * parser (`JSON_*`) are passed through unchanged.
 */
export const MODEL_ISSUE_CODES = [
  // folder walk
  'SYMLINK_ESCAPES',
  'SYMLINK_BROKEN',
  'SYMLINK_TO_PICKLE',
  'SYMLINK_DIR_SKIPPED',
  'NOT_A_REGULAR_FILE',
  'SUBFOLDER_IGNORED',
  'ONNX_IGNORED',
  'REMOTE_CODE',
  // weights presence
  'PICKLE_IGNORED',
  'PICKLE_ONLY',
  'NO_SAFETENSORS',
  'UNUSED_SAFETENSORS',
  // documents
  'CONFIG_MISSING',
  // task resolution
  'UNKNOWN_ARCHITECTURE',
  'NO_ARCHITECTURE',
  'ARCHITECTURE_MODEL_TYPE_MISMATCH',
  'TASK_OVERRIDDEN',
  // cross-file checks
  'VOCAB_SIZE_MISMATCH',
  'TOKENIZER_VOCAB_TOO_LARGE',
  'SPECIAL_TOKEN_OUT_OF_RANGE',
  'HEADS_DO_NOT_DIVIDE',
  'LABELS_INCONSISTENT',
  'CLASSIFIER_SHAPE',
  'TIED_HEAD_PRESENT',
  'LM_HEAD_MISSING',
  'UNSUPPORTED_DTYPE',
] as const;

export type ModelIssueCode = (typeof MODEL_ISSUE_CODES)[number];

/** Codes of errors `@mlpack/model` throws (the folder cannot be read at all). */
export type ModelErrorCode = 'MODEL_DIR_NOT_FOUND' | 'MODEL_DIR_NOT_A_DIRECTORY' | 'MODEL_FOLDER_TOO_LARGE';

export class ModelError extends MlpackError<ModelErrorCode> {
  override name = 'ModelError';
}
