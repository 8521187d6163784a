import type { HostTensor } from '@mlpack/core';
import { VerifyError } from './verify-error.js';

/** Range of int32, the id type of runtimes without int64 (TF.js) or models that declare int32 inputs. */
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** An integer HostTensor's values as int32, refusing values that do not fit (never wraps silently). */
export function toInt32(t: HostTensor, name: string): Int32Array {
  if (t.dtype === 'int32') return t.data;
  if (t.dtype !== 'int64') {
    throw new VerifyError('INPUT_RANGE', `input "${name}" is ${t.dtype}, an integer tensor is needed`, { tensor: name });
  }
  const out = new Int32Array(t.data.length);
  for (let i = 0; i < out.length; i++) {
    const v = t.data[i]!;
    if (v < BigInt(INT32_MIN) || v > BigInt(INT32_MAX)) {
      throw new VerifyError('INPUT_RANGE', `input "${name}" holds ${v} at flat index ${i}, outside int32`, { tensor: name });
    }
    out[i] = Number(v);
  }
  return out;
}

/** An integer HostTensor's values as int64. */
export function toInt64(t: HostTensor, name: string): BigInt64Array {
  if (t.dtype === 'int64') return t.data;
  if (t.dtype === 'int32') return BigInt64Array.from(t.data, (v) => BigInt(v));
  throw new VerifyError('INPUT_RANGE', `input "${name}" is ${t.dtype}, an integer tensor is needed`, { tensor: name });
}

/** Any HostTensor's values as float32. */
export function toFloat32(t: HostTensor): Float32Array {
  if (t.dtype === 'float32') return t.data;
  if (t.dtype === 'int64') return Float32Array.from(t.data, (v) => Number(v));
  return Float32Array.from(t.data);
}
