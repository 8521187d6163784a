import { DTYPE_INFO } from '@mlpack/core';
import type { DType } from '@mlpack/core';

/**
 * Element types a graph value can have: what both emitters (ONNX, TF.js) can express. `int8` and
 * `uint8` hold quantized weights (the quantization passes make them; TF.js has no such op).
 */
export const GRAPH_DTYPES = ['float32', 'float16', 'int64', 'int32', 'bool', 'int8', 'uint8'] as const;

export type GraphDType = (typeof GRAPH_DTYPES)[number];

/**
 * Each graph dtype's entry in core's dtype table, so that byte sizes and ONNX / TF.js codes come
 * from the one table rather than a second copy here.
 */
export const GRAPH_DTYPE_TO_CORE = {
  float32: 'F32',
  float16: 'F16',
  int64: 'I64',
  int32: 'I32',
  bool: 'BOOL',
  int8: 'I8',
  uint8: 'U8',
} as const satisfies Record<GraphDType, DType>;

const GRAPH_DTYPE_SET: ReadonlySet<string> = new Set(GRAPH_DTYPES);

export function isGraphDType(s: unknown): s is GraphDType {
  return typeof s === 'string' && GRAPH_DTYPE_SET.has(s);
}

/** Bytes per element of a graph dtype (bool is one byte, as in ONNX raw data). */
export function graphDTypeBytes(dtype: GraphDType): number {
  return DTYPE_INFO[GRAPH_DTYPE_TO_CORE[dtype]].bits / 8;
}

export function isFloatDType(dtype: GraphDType): boolean {
  return dtype === 'float32' || dtype === 'float16';
}
