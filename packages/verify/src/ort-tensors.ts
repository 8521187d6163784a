import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { f16ToF32, f32ToF16 } from '@mlpack/safetensors';
import { toFloat32, toInt32, toInt64 } from './int-casts.js';
import { VerifyError } from './verify-error.js';

/** A tensor as onnxruntime takes and gives it: element type name, dims, typed array. */
export interface OrtTensorData {
  type: string;
  dims: number[];
  data: ArrayLike<number | bigint>;
}

/**
 * The feeds of every model input from `given`, each converted to the element type the model
 * declares: int64 / int32 (range-checked), float32, or float16 (a fp16 KV cache: the previous
 * step's present.* came back as float32 holding float16 values exactly, so nothing is lost).
 * Shared by the in-process and the isolated runner so both feed exactly the same bytes.
 */
export function ortFeeds(inputs: ReadonlyArray<{ name: string; type: string }>, given: HostTensorMap, file: string): Record<string, OrtTensorData> {
  const feeds: Record<string, OrtTensorData> = {};
  for (const { name, type } of inputs) {
    const t = given[name];
    if (!t) {
      throw new VerifyError('ORT_MISSING_INPUT', `the model needs input "${name}" (${type}), which was not given`, {
        file,
        tensor: name,
        hint: `given: ${Object.keys(given).sort().join(', ') || 'nothing'}`,
      });
    }
    feeds[name] = feedOf(t, name, type, file);
  }
  return feeds;
}

function feedOf(t: HostTensor, name: string, type: string, file: string): OrtTensorData {
  const dims = [...t.dims];
  switch (type) {
    case 'int64':
      return { type, dims, data: toInt64(t, name) };
    case 'int32':
      return { type, dims, data: toInt32(t, name) };
    case 'float32':
      return { type, dims, data: toFloat32(t) };
    case 'float16':
      return { type, dims, data: Uint16Array.from(toFloat32(t), f32ToF16) };
    default:
      throw new VerifyError('ORT_UNSUPPORTED_DTYPE', `input "${name}" has element type ${type}, which verify cannot feed`, { file, tensor: name });
  }
}

/** An onnxruntime output as a HostTensor: floats as float32 (float16 widened exactly), float64, int64, int32 (bool as 0/1). */
export function hostTensorOfOrt(v: { type: string; dims: readonly (number | bigint)[]; data: unknown }, name: string, file: string): HostTensor {
  const dims = v.dims.map(Number);
  switch (v.type) {
    case 'float32':
      return { dtype: 'float32', dims, data: Float32Array.from(v.data as Float32Array) };
    case 'float16':
      return { dtype: 'float32', dims, data: Float32Array.from(v.data as Uint16Array, f16ToF32) };
    case 'float64':
      return { dtype: 'float64', dims, data: Float64Array.from(v.data as Float64Array) };
    case 'int64':
      return { dtype: 'int64', dims, data: BigInt64Array.from(v.data as BigInt64Array) };
    case 'int32':
      return { dtype: 'int32', dims, data: Int32Array.from(v.data as Int32Array) };
    case 'bool':
      return { dtype: 'int32', dims, data: Int32Array.from(v.data as Uint8Array) };
    default:
      throw new VerifyError('ORT_UNSUPPORTED_DTYPE', `output "${name}" has element type ${v.type}, which verify cannot compare`, { file, tensor: name });
  }
}
