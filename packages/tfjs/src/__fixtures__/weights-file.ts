/** Test helper: write tensors to `<dir>/model.safetensors` and open them as a TensorSource. */
import { join } from 'node:path';
import type { DType } from '@mlpack/core';
import { openWeights, writeSafetensors } from '@mlpack/safetensors';
import type { WeightSet } from '@mlpack/safetensors';

export interface TestTensor {
  name: string;
  dtype: Extract<DType, 'F32' | 'I64' | 'F16'>;
  shape: number[];
  /** Element values (F16 given as raw uint16 bits). */
  values: ArrayLike<number>;
}

function bytesOf(t: TestTensor): Uint8Array {
  const view =
    t.dtype === 'F32'
      ? Float32Array.from(t.values)
      : t.dtype === 'F16'
        ? Uint16Array.from(t.values)
        : BigInt64Array.from(Array.from(t.values, (v) => BigInt(v)));
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

export async function writeWeights(dir: string, tensors: readonly TestTensor[]): Promise<WeightSet> {
  await writeSafetensors(
    join(dir, 'model.safetensors'),
    tensors.map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, data: bytesOf(t) })),
  );
  return openWeights(dir);
}
