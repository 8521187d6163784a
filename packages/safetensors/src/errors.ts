import { MlpackError } from '@mlpack/core';

/**
 * Stable codes of `@mlpack/safetensors` (listed with their meaning in the package README).
 * File layout, header JSON, tensor entries, data layout, sharded index, folder, reading, writing.
 */
export type SafetensorsErrorCode =
  // file layout
  | 'ST_FILE_TOO_SMALL'
  | 'ST_HEADER_TOO_LARGE'
  | 'ST_HEADER_PAST_EOF'
  | 'ST_FOREIGN_FORMAT'
  // header JSON
  | 'ST_HEADER_UTF8'
  | 'ST_HEADER_BOM'
  | 'ST_HEADER_JSON'
  | 'ST_HEADER_TRAILING'
  | 'ST_HEADER_NOT_OBJECT'
  | 'ST_DUPLICATE_TENSOR'
  | 'ST_DUPLICATE_KEY'
  // tensor entries and __metadata__
  | 'ST_TENSOR_NOT_OBJECT'
  | 'ST_MISSING_FIELD'
  | 'ST_EXTRA_FIELD'
  | 'ST_BAD_DTYPE'
  | 'ST_BAD_SHAPE'
  | 'ST_BAD_OFFSETS'
  | 'ST_BAD_METADATA'
  | 'ST_METADATA_IS_TENSOR'
  // data layout
  | 'ST_OFFSETS_REVERSED'
  | 'ST_OFFSETS_START'
  | 'ST_OFFSETS_GAP'
  | 'ST_OFFSETS_OVERLAP'
  | 'ST_MISALIGNED'
  | 'ST_SIZE_OVERFLOW'
  | 'ST_SIZE_MISMATCH'
  | 'ST_TRAILING_BYTES'
  | 'ST_TRUNCATED'
  // sharded index
  | 'ST_INDEX_JSON'
  | 'ST_INDEX_INVALID'
  | 'ST_INDEX_PATH'
  | 'ST_INDEX_SYMLINK'
  | 'ST_INDEX_MISSING_SHARD'
  | 'ST_INDEX_MISSING_TENSOR'
  | 'ST_INDEX_DUPLICATE_TENSOR'
  | 'ST_INDEX_UNLISTED_TENSOR'
  | 'ST_INDEX_TOTAL_SIZE'
  // model folder
  | 'ST_NO_WEIGHTS'
  | 'ST_AMBIGUOUS_WEIGHTS'
  // reading, decoding, writing
  | 'ST_IO'
  | 'ST_CLOSED'
  | 'ST_TENSOR_NOT_FOUND'
  | 'ST_UNSUPPORTED_DTYPE'
  | 'ST_DECODE_LENGTH'
  | 'ST_WRITE_INVALID';

export class SafetensorsError extends MlpackError<SafetensorsErrorCode> {
  override name = 'SafetensorsError';
}
