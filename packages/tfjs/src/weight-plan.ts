import { elementCountNumber } from '@mlpack/core';
import { DIRECT_READER, initializerByteLength } from '@mlpack/graph';
import type { Initializer, WeightReader } from '@mlpack/graph';
import type { ManifestDType, TfDataType, TfWeightEntry } from './graph-def.js';
import { MANIFEST_DTYPE_BYTES, MANIFEST_DTYPE_OF, QUANTIZED_BYTES, TF_DTYPE_OF, isInt32 } from './tf-dtype.js';
import { TfjsError } from './tfjs-error.js';

/** How float weights are stored in the shards (what the passes decided: float16 / affine storage). */
export type TfjsWeightDType = 'float32' | 'float16' | 'uint8' | 'uint16';

/** What happens to an initializer's materialized bytes before they go into a shard. */
export type WeightConversion = 'none' | 'i64-to-i32' | 'affine-uint8' | 'affine-uint16';

/** An affine-quantized weight's scale and min, known once its bytes are encoded. */
export interface AffineParams {
  scale: number;
  min: number;
}

/** One Const node's bytes: where they come from and how they are stored (manifest entry + size). */
export interface PlannedWeight {
  /** The Const node name, which is also the manifest entry name. */
  name: string;
  shape: number[];
  /** Dtype TF.js holds the tensor in after loading. */
  dtype: ManifestDType;
  /** Stored as float16 (`quantization: { dtype: 'float16' }`), dequantized to float32 on load. */
  float16: boolean;
  /** Stored as affine codes (`quantization: { dtype, scale, min }`); `params` is set when encoded. */
  affine?: { dtype: 'uint8' | 'uint16'; params?: AffineParams };
  /** Bytes this entry takes in the shards. */
  byteLength: number;
  source: { kind: 'initializer'; init: Initializer; conversion: WeightConversion } | { kind: 'values'; values: readonly number[] };
}

const LITTLE_ENDIAN = true;

function storedBytes(dtype: ManifestDType, stored: 'float16' | 'uint8' | 'uint16' | undefined, shape: readonly number[]): number {
  return elementCountNumber(shape) * (stored ? QUANTIZED_BYTES[stored] : MANIFEST_DTYPE_BYTES[dtype]);
}

/**
 * The storage plan of a graph initializer, as the graph says: float16 initializers are stored as
 * float16 (TF.js computes in float32 and expands them on load), float32 weights with affine storage
 * (`affineWeightStorage` pass) as uint8 / uint16 codes, int64 ones as int32 (values range-checked;
 * inline constants right here, file weights when their bytes are read). Quantized int8 / uint8
 * initializers belong to ONNX variants and are refused.
 */
export function planInitializer(init: Initializer, name: string): PlannedWeight {
  const dtype = MANIFEST_DTYPE_OF[TF_DTYPE_OF[init.dtype]];
  let conversion: WeightConversion = 'none';
  let stored: 'float16' | 'uint8' | 'uint16' | undefined;
  if (init.dtype === 'int8' || init.dtype === 'uint8') {
    throw new TfjsError('TFJS_DTYPE', `initializer "${init.name}" is ${init.dtype}: quantized weights are an ONNX variant`, {
      tensor: init.name,
      hint: 'TF.js variants are fp32, fp16, uint8 and uint16 (weight storage)',
    });
  }
  if (init.dtype === 'float16') {
    stored = 'float16';
  } else if (init.kind === 'tensor' && init.storage !== undefined) {
    stored = init.storage.dtype;
    conversion = init.storage.dtype === 'uint8' ? 'affine-uint8' : 'affine-uint16';
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
    float16: stored === 'float16',
    ...(stored === 'uint8' || stored === 'uint16' ? { affine: { dtype: stored } } : {}),
    byteLength: storedBytes(dtype, stored, init.shape),
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
    byteLength: storedBytes(manifest, undefined, shape),
    source: { kind: 'values', values: [...values] },
  };
}

export function manifestEntry(w: PlannedWeight): TfWeightEntry {
  const base = { name: w.name, shape: [...w.shape], dtype: w.dtype };
  if (w.float16) return { ...base, quantization: { dtype: 'float16' } };
  if (w.affine) {
    const p = w.affine.params;
    if (!p) throw new Error(`bug: affine weight "${w.name}" was never encoded`);
    return { ...base, quantization: { dtype: w.affine.dtype, scale: p.scale, min: p.min } };
  }
  return base;
}

/**
 * The bytes of one weight as they go into the shards (little-endian). Initializers are
 * materialized here, one at a time, so peak memory stays near the largest tensor.
 */
export async function encodeWeight(w: PlannedWeight, reader: WeightReader = DIRECT_READER): Promise<Uint8Array> {
  const out = w.source.kind === 'values' ? encodeValues(w.dtype, w.source.values) : await encodeInitializer(w, w.source.init, w.source.conversion, reader);
  if (out.length !== w.byteLength) {
    throw new TfjsError('TFJS_SIZE_MISMATCH', `weight "${w.name}" encoded to ${out.length} bytes, its manifest entry needs ${w.byteLength}`, {
      tensor: w.name,
      hint: 'this is a bug in @mlpack/tfjs',
    });
  }
  return out;
}

async function encodeInitializer(w: PlannedWeight, init: Initializer, conversion: WeightConversion, reader: WeightReader): Promise<Uint8Array> {
  const bytes = await reader.materialize(init);
  const expected = initializerByteLength(init);
  if (bytes.length !== expected) {
    throw new TfjsError('TFJS_SIZE_MISMATCH', `initializer "${init.name}" materialized to ${bytes.length} bytes, its shape needs ${expected}`, {
      tensor: init.name,
      ...(init.kind === 'tensor' ? { file: init.source.file } : {}),
      hint: 'the weights file changed after the graph was built; convert again',
    });
  }
  const src = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (conversion === 'affine-uint8' || conversion === 'affine-uint16') {
    const { bytes: codes, params } = affineQuantize(src, bytes.length / 4, conversion === 'affine-uint8' ? 8 : 16, init.name);
    w.affine!.params = params;
    return codes;
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

/**
 * tfjs-converter's affine scheme: codes q in [0, 2^bits − 1], value = q · scale + min, with min
 * and max nudged so that 0 is exactly a code (zero biases and padding stay exactly zero).
 */
export function affineQuantize(src: DataView, n: number, bits: 8 | 16, tensor: string): { bytes: Uint8Array; params: AffineParams } {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    const v = src.getFloat32(i * 4, LITTLE_ENDIAN);
    if (!Number.isFinite(v)) {
      throw new TfjsError('TFJS_DTYPE', `element ${i} of "${tensor}" is ${v}: it cannot be quantized`, { tensor, hint: 'keep this model in float32' });
    }
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const maxCode = 2 ** bits - 1;
  // [lo, hi] contains 0 (both start at 0), so the nudged zero point is a valid code.
  const rawScale = (hi - lo) / maxCode;
  const scale = rawScale === 0 ? 1 : Math.fround(rawScale);
  const zero = Math.round(-lo / scale);
  const min = Math.fround(-zero * scale);
  const out = new Uint8Array(n * (bits / 8));
  const dst = new DataView(out.buffer);
  for (let i = 0; i < n; i++) {
    const q = Math.max(0, Math.min(maxCode, Math.round((src.getFloat32(i * 4, LITTLE_ENDIAN) - min) / scale)));
    if (bits === 8) dst.setUint8(i, q);
    else dst.setUint16(i * 2, q, LITTLE_ENDIAN);
  }
  return { bytes: out, params: { scale, min } };
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
