/**
 * The one dtype table. Names are safetensors' own (the format of the files we read); the table
 * maps each to its bit width, its ONNX `TensorProto.DataType` code and its TF.js dtype so that
 * the reader, the ONNX emitter and the TF.js emitter never keep tables of their own.
 */

export const DTYPES = [
  'BOOL',
  'F4',
  'F6_E2M3',
  'F6_E3M2',
  'U8',
  'I8',
  'F8_E5M2',
  'F8_E4M3',
  'F8_E8M0',
  'F8_E4M3FNUZ',
  'F8_E5M2FNUZ',
  'I16',
  'U16',
  'F16',
  'BF16',
  'I32',
  'U32',
  'F32',
  'C64',
  'F64',
  'I64',
  'U64',
] as const;

export type DType = (typeof DTYPES)[number];

export type DTypeKind = 'bool' | 'float' | 'int' | 'uint' | 'complex';

export interface DTypeInfo {
  /** Bits per element. Sub-byte types (F4, F6_*) are packed; a tensor's bit count must be a multiple of 8. */
  bits: number;
  kind: DTypeKind;
  /** ONNX TensorProto.DataType code, or undefined when ONNX has no such type. */
  onnx: number | undefined;
  /** TF.js dtype the weights manifest can declare, or undefined. */
  tfjs: 'float32' | 'int32' | 'bool' | 'complex64' | undefined;
}

export const DTYPE_INFO = {
  BOOL: { bits: 8, kind: 'bool', onnx: 9, tfjs: 'bool' },
  F4: { bits: 4, kind: 'float', onnx: 23, tfjs: undefined },
  F6_E2M3: { bits: 6, kind: 'float', onnx: undefined, tfjs: undefined },
  F6_E3M2: { bits: 6, kind: 'float', onnx: undefined, tfjs: undefined },
  U8: { bits: 8, kind: 'uint', onnx: 2, tfjs: undefined },
  I8: { bits: 8, kind: 'int', onnx: 3, tfjs: undefined },
  F8_E5M2: { bits: 8, kind: 'float', onnx: 19, tfjs: undefined },
  F8_E4M3: { bits: 8, kind: 'float', onnx: 17, tfjs: undefined },
  F8_E8M0: { bits: 8, kind: 'float', onnx: 24, tfjs: undefined },
  F8_E4M3FNUZ: { bits: 8, kind: 'float', onnx: 18, tfjs: undefined },
  F8_E5M2FNUZ: { bits: 8, kind: 'float', onnx: 20, tfjs: undefined },
  I16: { bits: 16, kind: 'int', onnx: 5, tfjs: undefined },
  U16: { bits: 16, kind: 'uint', onnx: 4, tfjs: undefined },
  F16: { bits: 16, kind: 'float', onnx: 10, tfjs: undefined },
  BF16: { bits: 16, kind: 'float', onnx: 16, tfjs: undefined },
  I32: { bits: 32, kind: 'int', onnx: 6, tfjs: 'int32' },
  U32: { bits: 32, kind: 'uint', onnx: 12, tfjs: undefined },
  F32: { bits: 32, kind: 'float', onnx: 1, tfjs: 'float32' },
  C64: { bits: 64, kind: 'complex', onnx: 14, tfjs: 'complex64' },
  F64: { bits: 64, kind: 'float', onnx: 11, tfjs: undefined },
  I64: { bits: 64, kind: 'int', onnx: 7, tfjs: undefined },
  U64: { bits: 64, kind: 'uint', onnx: 13, tfjs: undefined },
} as const satisfies Record<DType, DTypeInfo>;

const DTYPE_SET: ReadonlySet<string> = new Set(DTYPES);

export function isDType(s: unknown): s is DType {
  return typeof s === 'string' && DTYPE_SET.has(s);
}

/** Bytes for `elements` elements of `dtype`, or undefined when packed bits do not fill whole bytes. */
export function byteLengthOf(dtype: DType, elements: bigint): bigint | undefined {
  const bits = elements * BigInt(DTYPE_INFO[dtype].bits);
  return bits % 8n === 0n ? bits / 8n : undefined;
}

/** Product of dims as BigInt (never overflows; `[]` is a scalar with one element). */
export function elementCount(shape: readonly number[]): bigint {
  let n = 1n;
  for (const d of shape) n *= BigInt(d);
  return n;
}

/** Number of elements as a JS number, throwing if it is not a safe integer. */
export function elementCountNumber(shape: readonly number[]): number {
  const n = elementCount(shape);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`element count ${n} exceeds 2^53`);
  return Number(n);
}
