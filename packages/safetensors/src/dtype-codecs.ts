/**
 * Float16 / BFloat16 bit codecs and decoding of raw little-endian tensor bytes to Float32Array.
 */
import { DTYPE_INFO } from '@mlpack/core';
import type { DType } from '@mlpack/core';
import { SafetensorsError } from './errors.js';

/** Dtypes `decodeToFloat32` understands (the packed/8-bit float formats and complex are not decoded). */
export const DECODABLE_DTYPES = ['BOOL', 'U8', 'I8', 'I16', 'U16', 'F16', 'BF16', 'I32', 'U32', 'F32', 'F64', 'I64', 'U64'] as const satisfies readonly DType[];

export type DecodableDType = (typeof DECODABLE_DTYPES)[number];

const DECODABLE: ReadonlySet<DType> = new Set(DECODABLE_DTYPES);

/** Whether this machine stores typed arrays little-endian (all Node targets do; checked, not assumed). */
const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// One-element scratch views sharing a buffer, for bit casts between float32 and uint32.
const scratchF32 = new Float32Array(1);
const scratchU32 = new Uint32Array(scratchF32.buffer);

/** The float value of IEEE 754 binary16 bits `h` (0..0xffff); exact in float32. */
export function f16ToF32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24; // zero and subnormals
  if (exp === 0x1f) return mant === 0 ? sign * Infinity : NaN;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/** The float value of bfloat16 bits `b` (0..0xffff): the top half of a float32. */
export function bf16ToF32(b: number): number {
  scratchU32[0] = (b & 0xffff) << 16;
  return scratchF32[0]!;
}

/**
 * IEEE 754 binary16 bits for `x` taken as a float32 (`Math.fround(x)` first), rounding to nearest,
 * ties to even; overflow gives ±Infinity, underflow gives subnormals or ±0, NaN stays NaN (quiet).
 */
export function f32ToF16(x: number): number {
  scratchF32[0] = x;
  const bits = scratchU32[0]!;
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  const mant = bits & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant !== 0 ? 0x200 | (mant >>> 13) : 0);
  const e = exp - 127 + 15; // rebias
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    // Subnormal result (or zero): in units of 2^-24 the value is m × 2^(exp − 126) = m >> (14 − e).
    if (e < -10) return sign; // below half the smallest subnormal: rounds to ±0
    const m = mant | 0x800000;
    const shift = 14 - e;
    let half = m >>> shift;
    const rem = m & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rem > halfway || (rem === halfway && (half & 1) === 1)) half++;
    return sign | half; // a carry out of the subnormal range yields the smallest normal, as it should
  }
  let half = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && (half & 1) === 1)) half++; // a carry may reach Infinity: correct
  return sign | half;
}

let f16Table: Float32Array | undefined;
/** All 65,536 binary16 values as float32, built on first use (256 KiB). */
function f16Lookup(): Float32Array {
  if (!f16Table) {
    f16Table = new Float32Array(0x10000);
    for (let h = 0; h < 0x10000; h++) f16Table[h] = f16ToF32(h);
  }
  return f16Table;
}

/** True when `decodeToFloat32` can decode this dtype. */
export function isDecodable(dtype: DType): dtype is DecodableDType {
  return DECODABLE.has(dtype);
}

/**
 * Decode little-endian tensor bytes to a new Float32Array. F32 is copied as is (or, with
 * `ownership: 'owned'` and bytes that fill their own buffer, viewed in place); F16/BF16 exactly;
 * F64, I32/U32 and 64-bit integers round to the nearest float32; BOOL is 0/1.
 */
export function decodeToFloat32(
  dtype: DType,
  bytes: Uint8Array,
  context: { file?: string; tensor?: string } = {},
  /** `owned`: the caller hands `bytes` over (a fresh read), so an aligned F32 tensor is returned as a view, not copied. */
  ownership: 'borrowed' | 'owned' = 'borrowed',
): Float32Array {
  if (!isDecodable(dtype)) {
    throw new SafetensorsError('ST_UNSUPPORTED_DTYPE', `cannot decode ${dtype} to float32`, {
      ...context,
      hint: `supported dtypes: ${DECODABLE_DTYPES.join(', ')}`,
    });
  }
  const size = DTYPE_INFO[dtype].bits / 8;
  if (bytes.length % size !== 0) {
    throw new SafetensorsError('ST_DECODE_LENGTH', `${bytes.length} bytes is not a whole number of ${dtype} elements (${size} bytes each)`, context);
  }
  const n = bytes.length / size;
  // Typed-array views need alignment, and a borrowed caller keeps its bytes (an F32 result would
  // alias them): then an aligned private copy. Bytes handed over and aligned are used as they are,
  // which saves a tensor-sized copy (a 188 MB embedding table held twice while decoding).
  const copy = ownership === 'owned' && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  const buf = copy.buffer;
  if (HOST_LITTLE_ENDIAN) {
    switch (dtype) {
      case 'F32':
        return new Float32Array(buf, 0, n);
      case 'F64':
        return Float32Array.from(new Float64Array(buf, 0, n));
      case 'I8':
        return Float32Array.from(new Int8Array(buf, 0, n));
      case 'U8':
        return Float32Array.from(copy);
      case 'BOOL':
        return Float32Array.from(copy, (v) => (v !== 0 ? 1 : 0));
      case 'I16':
        return Float32Array.from(new Int16Array(buf, 0, n));
      case 'U16':
        return Float32Array.from(new Uint16Array(buf, 0, n));
      case 'I32':
        return Float32Array.from(new Int32Array(buf, 0, n));
      case 'U32':
        return Float32Array.from(new Uint32Array(buf, 0, n));
      case 'I64':
        return Float32Array.from(new BigInt64Array(buf, 0, n), (v) => Number(v));
      case 'U64':
        return Float32Array.from(new BigUint64Array(buf, 0, n), (v) => Number(v));
      case 'F16': {
        const t = f16Lookup();
        return Float32Array.from(new Uint16Array(buf, 0, n), (h) => t[h]!);
      }
      case 'BF16': {
        const out = new Float32Array(n);
        const outBits = new Uint32Array(out.buffer);
        const src = new Uint16Array(buf, 0, n);
        for (let i = 0; i < n; i++) outBits[i] = src[i]! << 16;
        return out;
      }
    }
  }
  return decodeWithDataView(dtype, copy, n);
}

/** Portable path for big-endian hosts: explicit little-endian reads. */
function decodeWithDataView(dtype: DecodableDType, bytes: Uint8Array, n: number): Float32Array {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = true;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    switch (dtype) {
      case 'F32':
        out[i] = v.getFloat32(i * 4, le);
        break;
      case 'F64':
        out[i] = v.getFloat64(i * 8, le);
        break;
      case 'I8':
        out[i] = v.getInt8(i);
        break;
      case 'U8':
        out[i] = v.getUint8(i);
        break;
      case 'BOOL':
        out[i] = v.getUint8(i) !== 0 ? 1 : 0;
        break;
      case 'I16':
        out[i] = v.getInt16(i * 2, le);
        break;
      case 'U16':
        out[i] = v.getUint16(i * 2, le);
        break;
      case 'I32':
        out[i] = v.getInt32(i * 4, le);
        break;
      case 'U32':
        out[i] = v.getUint32(i * 4, le);
        break;
      case 'I64':
        out[i] = Number(v.getBigInt64(i * 8, le));
        break;
      case 'U64':
        out[i] = Number(v.getBigUint64(i * 8, le));
        break;
      case 'F16':
        out[i] = f16ToF32(v.getUint16(i * 2, le));
        break;
      case 'BF16':
        out[i] = bf16ToF32(v.getUint16(i * 2, le));
        break;
    }
  }
  return out;
}
