import { writeFile } from 'node:fs/promises';
import type { DType, TensorInfo } from '@mlpack/core';

export interface RawTensor {
  name: string;
  dtype: DType;
  shape: number[];
  bytes: Uint8Array;
}

/**
 * Write a safetensors-like file: `headerBytes` bytes of filler (standing in for the JSON header),
 * then each tensor's bytes back to back. Returns each tensor's `TensorInfo` (absolute offsets).
 */
export async function writeTensorFile(path: string, tensors: readonly RawTensor[], headerBytes = 37): Promise<Map<string, TensorInfo>> {
  const total = headerBytes + tensors.reduce((a, t) => a + t.bytes.length, 0);
  const buf = new Uint8Array(total).fill(0xee, 0, headerBytes);
  const infos = new Map<string, TensorInfo>();
  let offset = headerBytes;
  for (const t of tensors) {
    buf.set(t.bytes, offset);
    infos.set(t.name, { name: t.name, dtype: t.dtype, shape: t.shape, file: path, byteOffset: offset, byteLength: t.bytes.length });
    offset += t.bytes.length;
  }
  await writeFile(path, buf);
  return infos;
}

export function f32Bytes(values: readonly number[]): Uint8Array {
  const v = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((x, i) => v.setFloat32(i * 4, x, true));
  return new Uint8Array(v.buffer);
}

export function f64Bytes(values: readonly number[]): Uint8Array {
  const v = new DataView(new ArrayBuffer(values.length * 8));
  values.forEach((x, i) => v.setFloat64(i * 8, x, true));
  return new Uint8Array(v.buffer);
}

export function u16Bytes(values: readonly number[]): Uint8Array {
  const v = new DataView(new ArrayBuffer(values.length * 2));
  values.forEach((x, i) => v.setUint16(i * 2, x, true));
  return new Uint8Array(v.buffer);
}

export function i64Bytes(values: readonly number[]): Uint8Array {
  const v = new DataView(new ArrayBuffer(values.length * 8));
  values.forEach((x, i) => v.setBigInt64(i * 8, BigInt(x), true));
  return new Uint8Array(v.buffer);
}

/** A TensorInfo that is never read (for graph-only tests). */
export function fakeInfo(name: string, shape: number[], dtype: DType = 'F32', byteOffset = 0): TensorInfo {
  const size = { F32: 4, F16: 2, BF16: 2, F64: 8, I64: 8, I32: 4, BOOL: 1 }[dtype as 'F32'] ?? 4;
  return { name, dtype, shape, file: '/nonexistent/model.safetensors', byteOffset, byteLength: shape.reduce((a, d) => a * d, 1) * size };
}
