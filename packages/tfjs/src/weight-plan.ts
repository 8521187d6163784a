import { elementCountNumber } from '@mlpack/core';
import { f32ToF16Bits, initializerByteLength, materialize } from '@mlpack/graph';
import type { Initializer } from '@mlpack/graph';
import type { ManifestDType, TfDataType, TfWeightEntry } from './graph-def.js';
import { FLOAT16_BYTES, MANIFEST_DTYPE_BYTES, MANIFEST_DTYPE_OF, TF_DTYPE_OF, isInt32 } from './tf-dtype.js';
import { TfjsError } from './tfjs-error.js';

/** How float weights are stored in the shards. */
export type TfjsWeightDType = 'float32' | 'float16';

/** What happens to an initializer's materialized bytes before they go into a shard. */
export type WeightConversion = 'none' | 'f32-to-f16' | 'i64-to-i32';

/** One Const node's bytes: where they come from and how they are stored (manifest entry + size). */
export interface PlannedWeight {
  /** The Const node name, which is also the manifest entry name. */
  name: string;
  shape: number[];
  /** Dtype TF.js holds the tensor in after loading. */
  dtype: ManifestDType;
  /** Stored as float16 (`quantization: { dtype: 'float16' }`), dequantized to float32 on load. */
  float16: boolean;
  /** Bytes this entry takes in the shards. */
  byteLength: number;
  source:
    | { kind: 'initializer'; init: Initializer; conversion: WeightConversion }
    | { kind: 'values'; values: readonly number[] };
}

const LITTLE_ENDIAN = true;
/** Exponent bits all set and mantissa zero: ±Infinity in float16. */
const F16_INFINITY_BITS = 0x7c00;
const F16_ABS_MASK = 0x7fff;

function storedBytes(dtype: ManifestDType, float16: boolean, shape: readonly number[]): number {
  return elementCountNumber(shape) * (float16 ? FLOAT16_BYTES : MANIFEST_DTYPE_BYTES[dtype]);
}

/**
 * The storage plan of a graph initializer. Float32 file weights become float16 when
 * `weightDtype` is float16; inline float32 constants stay float32 (the additive-mask constant,
 * float32's minimum, would overflow float16 to -Infinity and turn masked scores into NaN).
 * Float16 initializers are stored as they are; int64 ones as int32 (values range-checked; inline
 * constants right here, file weights when their bytes are read).
 */
export function planInitializer(init: Initializer, name: string, weightDtype: TfjsWeightDType): PlannedWeight {
  const dtype = MANIFEST_DTYPE_OF[TF_DTYPE_OF[init.dtype]];
  let conversion: WeightConversion = 'none';
  let float16 = false;
  if (init.dtype === 'float16') {
    float16 = true;
  } else if (init.dtype === 'float32' && init.kind === 'tensor' && weightDtype === 'float16') {
    float16 = true;
    conversion = 'f32-to-f16';
  } else if (init.dtype === 'int64') {
    conversion = 'i64-to-i32';
    if (init.kind === 'constant') {
      const bad = init.values.findIndex((v) => !isInt32(v));
      if (bad >= 0) throw intRangeError(init.name, bad, init.values[bad]!);
    }
  }
  return {
    name,
    shape: [...init.shape],
    dtype,
    float16,
    byteLength: storedBytes(dtype, float16, init.shape),
    source: { kind: 'initializer', init, conversion },
  };
}

/** The storage plan of a constant made by a lowering (shape vectors, axes, scalars). */
export function planValues(name: string, dtype: TfDataType, shape: readonly number[], values: readonly number[]): PlannedWeight {
  const manifest = MANIFEST_DTYPE_OF[dtype];
  return {
    name,
    shape: [...shape],
    dtype: manifest,
    float16: false,
    byteLength: storedBytes(manifest, false, shape),
    source: { kind: 'values', values: [...values] },
  };
}

export function manifestEntry(w: PlannedWeight): TfWeightEntry {
  return w.float16 ? { name: w.name, shape: [...w.shape], dtype: w.dtype, quantization: { dtype: 'float16' } } : { name: w.name, shape: [...w.shape], dtype: w.dtype };
}

/**
 * The bytes of one weight as they go into the shards (little-endian). Initializers are
 * materialized here, one at a time, so peak memory stays near the largest tensor.
 */
export async function encodeWeight(w: PlannedWeight): Promise<Uint8Array> {
  const out = w.source.kind === 'values' ? encodeValues(w.dtype, w.source.values) : await encodeInitializer(w, w.source.init, w.source.conversion);
  if (out.length !== w.byteLength) {
    throw new TfjsError('TFJS_SIZE_MISMATCH', `weight "${w.name}" encoded to ${out.length} bytes, its manifest entry needs ${w.byteLength}`, {
      tensor: w.name,
      hint: 'this is a bug in @mlpack/tfjs',
    });
  }
  return out;
}

async function encodeInitializer(w: PlannedWeight, init: Initializer, conversion: WeightConversion): Promise<Uint8Array> {
  const bytes = await materialize(init);
  const expected = initializerByteLength(init);
  if (bytes.length !== expected) {
    throw new TfjsError('TFJS_SIZE_MISMATCH', `initializer "${init.name}" materialized to ${bytes.length} bytes, its shape needs ${expected}`, {
      tensor: init.name,
      ...(init.kind === 'tensor' ? { file: init.source.file } : {}),
      hint: 'the weights file changed after the graph was built; convert again',
    });
  }
  const src = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (conversion === 'f32-to-f16') {
    const n = bytes.length / 4;
    const out = new Uint8Array(n * FLOAT16_BYTES);
    const dst = new DataView(out.buffer);
    for (let i = 0; i < n; i++) {
      const v = src.getFloat32(i * 4, LITTLE_ENDIAN);
      const h = f32ToF16Bits(v);
      if ((h & F16_ABS_MASK) === F16_INFINITY_BITS && Number.isFinite(v)) {
        throw new TfjsError('TFJS_FP16_OVERFLOW', `element ${i} (${v}) of weight "${w.name}" does not fit in float16`, {
          tensor: init.name,
          ...(init.kind === 'tensor' ? { file: init.source.file } : {}),
          hint: 'store the weights as float32 (weightDtype "float32")',
        });
      }
      dst.setUint16(i * FLOAT16_BYTES, h, LITTLE_ENDIAN);
    }
    return out;
  }
  if (conversion === 'i64-to-i32') {
    const n = bytes.length / 8;
    const out = new Uint8Array(n * 4);
    const dst = new DataView(out.buffer);
    for (let i = 0; i < n; i++) {
      const v = src.getBigInt64(i * 8, LITTLE_ENDIAN);
      if (v < BigInt(-(2 ** 31)) || v > BigInt(2 ** 31 - 1)) throw intRangeError(init.name, i, v);
      dst.setInt32(i * 4, Number(v), LITTLE_ENDIAN);
    }
    return out;
  }
  return bytes;
}

function encodeValues(dtype: ManifestDType, values: readonly number[]): Uint8Array {
  const size = MANIFEST_DTYPE_BYTES[dtype];
  const out = new Uint8Array(values.length * size);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => {
    if (dtype === 'float32') view.setFloat32(i * size, v, LITTLE_ENDIAN);
    else if (dtype === 'int32') view.setInt32(i * size, v, LITTLE_ENDIAN);
    else view.setUint8(i, v ? 1 : 0);
  });
  return out;
}

function intRangeError(tensor: string, index: number, value: number | bigint): TfjsError {
  return new TfjsError('TFJS_INT_RANGE', `element ${index} (${value}) of int64 "${tensor}" does not fit in int32, and TF.js has no int64`, {
    tensor,
    hint: 'TF.js graphs compute integers as int32; values must lie in [-2^31, 2^31 - 1]',
  });
}
