import { f32ToF16 } from '@mlpack/safetensors';
import type { SampleDType } from './sample-spec.js';

/** Bytes per element of each sample dtype. */
export const SAMPLE_DTYPE_BYTES: Readonly<Record<SampleDType, number>> = { F32: 4, F16: 2, BF16: 2 };

/** bfloat16's canonical quiet NaN (float32's quiet NaN truncated to 16 bits). */
const BF16_QUIET_NAN = 0x7fc0;

const scratch = new DataView(new ArrayBuffer(4));

/**
 * bfloat16 bits of a float32 value, rounded to nearest with ties to even (the top 16 bits of the
 * float32 pattern, plus one when the dropped half is above 0x8000 or exactly 0x8000 with an odd
 * kept part). Overflow rounds to ±Infinity, as it should; NaN stays NaN.
 */
export function f32ToBf16(x: number): number {
  scratch.setFloat32(0, x, true);
  const bits = scratch.getUint32(0, true);
  if ((bits & 0x7f800000) === 0x7f800000 && (bits & 0x7fffff) !== 0) return ((bits >>> 16) & 0x8000) | BF16_QUIET_NAN;
  const rounded = bits + 0x7fff + ((bits >>> 16) & 1);
  return (rounded >>> 16) & 0xffff;
}

/** Little-endian bytes of `values` in `dtype` (float32 input; F16/BF16 rounded to nearest even). */
export function encodeTensor(values: Float32Array, dtype: SampleDType): Uint8Array {
  const out = new Uint8Array(values.length * SAMPLE_DTYPE_BYTES[dtype]);
  const view = new DataView(out.buffer);
  const littleEndian = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (dtype === 'F32') view.setFloat32(i * 4, v, littleEndian);
    else view.setUint16(i * 2, dtype === 'F16' ? f32ToF16(v) : f32ToBf16(v), littleEndian);
  }
  return out;
}
