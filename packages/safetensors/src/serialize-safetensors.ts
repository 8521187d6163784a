import { writeFileAtomic } from '@mlpack/core';
import type { DType } from '@mlpack/core';
import { planHeader } from './build-header.js';
import { SafetensorsError } from './errors.js';

/** A tensor to write: its raw little-endian bytes must be exactly shape × dtype size long. */
export interface TensorInput {
  name: string;
  dtype: DType;
  shape: readonly number[];
  data: Uint8Array;
}

/**
 * A complete safetensors file in memory. Deterministic: same tensors and metadata (in any order)
 * give the same bytes. Throws `ST_WRITE_INVALID` for bad input (wrong data length included).
 */
export function serializeSafetensors(tensors: readonly TensorInput[], metadata?: Readonly<Record<string, string>>): Uint8Array {
  const plan = planHeader(tensors, metadata);
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const out = new Uint8Array(plan.fileSize);
  out.set(plan.prefix, 0);
  for (const p of plan.tensors) {
    const data = byName.get(p.name)!.data;
    if (!(data instanceof Uint8Array) || data.length !== p.end - p.begin) {
      throw new SafetensorsError('ST_WRITE_INVALID', `data has ${data?.length} bytes, shape [${p.shape.join(', ')}] of ${p.dtype} needs ${p.end - p.begin}`, {
        tensor: p.name,
        hint: 'pass the raw little-endian bytes of exactly the declared shape',
      });
    }
    out.set(data, plan.prefix.length + p.begin);
  }
  return out;
}

/** Serialize and write atomically (temp file + rename). */
export async function writeSafetensors(path: string, tensors: readonly TensorInput[], metadata?: Readonly<Record<string, string>>): Promise<void> {
  await writeFileAtomic(path, serializeSafetensors(tensors, metadata));
}
