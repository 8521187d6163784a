/** An in-memory TensorSource of F32 tensor headers (no bytes), for resolver unit tests. */
import type { DType, TensorInfo, TensorSource } from '@mlpack/core';

export function fakeSource(shapes: Readonly<Record<string, readonly number[]>>, dtype: DType = 'F32'): TensorSource {
  const tensors = new Map<string, TensorInfo>();
  let offset = 8;
  for (const name of Object.keys(shapes).sort()) {
    const shape = shapes[name]!;
    const byteLength = shape.reduce((a, d) => a * d, 1) * 4;
    tensors.set(name, { name, dtype, shape, file: '/fake/model.safetensors', byteOffset: offset, byteLength });
    offset += byteLength;
  }
  return {
    tensors,
    get: (name) => tensors.get(name),
    read: async () => {
      throw new Error('fake source has no bytes');
    },
    readFloat32: async () => {
      throw new Error('fake source has no bytes');
    },
    close: async () => {},
  };
}
