import type { GraphDType } from '@mlpack/graph';
import type { ManifestDType, TfDataType } from './graph-def.js';

/**
 * How each graph dtype is held in a TF.js graph. TF.js computes in float32, int32 and bool only:
 * float16 values are computed as float32 (float16 weights are stored as float16 and dequantized
 * on load), int64 values as int32 (constants and weights are range-checked when written).
 */
export const TF_DTYPE_OF = {
  float32: 'DT_FLOAT',
  float16: 'DT_FLOAT',
  int64: 'DT_INT32',
  int32: 'DT_INT32',
  bool: 'DT_BOOL',
  // Quantized weights of the ONNX variants; TF.js has no op taking them (refused when planned).
  int8: 'DT_INT32',
  uint8: 'DT_INT32',
} as const satisfies Record<GraphDType, TfDataType>;

export const MANIFEST_DTYPE_OF = {
  DT_FLOAT: 'float32',
  DT_INT32: 'int32',
  DT_BOOL: 'bool',
} as const satisfies Record<TfDataType, ManifestDType>;

/** Bytes per element of each manifest dtype as stored (before any quantization). */
export const MANIFEST_DTYPE_BYTES = { float32: 4, int32: 4, bool: 1 } as const satisfies Record<ManifestDType, number>;

/** Bytes per element of a float16-quantized entry. */
export const FLOAT16_BYTES = 2;

/** Bytes per element of each quantized storage dtype. */
export const QUANTIZED_BYTES = { float16: 2, uint16: 2, uint8: 1 } as const;

/** Int32 range: int64 graph values must fit in it (TF.js has no int64). */
export const INT32_MIN = -(2 ** 31);
export const INT32_MAX = 2 ** 31 - 1;

export function isInt32(v: number): boolean {
  return Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX;
}
