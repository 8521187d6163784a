import { DTYPE_INFO } from '@mlpack/core';
import type { DType, TensorInfo, TensorSource } from '@mlpack/core';

/**
 * One in-memory tensor: values stored as F32 (default) or F64. Other dtypes may be declared (to
 * test dtype checks); their bytes cannot be read.
 */
export interface MemoryTensor {
  shape: number[];
  data: Float32Array | Float64Array;
  dtype?: DType;
}

/**
 * A `TensorSource` over in-memory tensors, for tests. It counts reads per tensor so tests can
 * check that a forward pass reads each weight at most once.
 */
export class MemorySource implements TensorSource {
  readonly tensors: ReadonlyMap<string, TensorInfo>;
  readonly readCounts = new Map<string, number>();
  private readonly values: ReadonlyMap<string, MemoryTensor>;

  constructor(entries: Record<string, MemoryTensor>) {
    const names = Object.keys(entries).sort();
    const infos = new Map<string, TensorInfo>();
    const values = new Map<string, MemoryTensor>();
    for (const name of names) {
      const t = entries[name]!;
      const count = t.shape.reduce((a, b) => a * b, 1);
      if (count !== t.data.length) throw new RangeError(`${name}: shape [${t.shape.join(', ')}] needs ${count} values, got ${t.data.length}`);
      const dtype: DType = t.dtype ?? 'F32';
      const bytesPer = DTYPE_INFO[dtype].bits / 8;
      infos.set(name, { name, dtype, shape: [...t.shape], file: '<memory>', byteOffset: 0, byteLength: count * bytesPer });
      values.set(name, t);
    }
    this.tensors = infos;
    this.values = values;
  }

  get(name: string): TensorInfo | undefined {
    return this.tensors.get(name);
  }

  async read(name: string): Promise<Uint8Array> {
    const t = this.take(name);
    if (t.dtype !== undefined && t.dtype !== 'F32' && t.dtype !== 'F64') throw new Error(`${name}: cannot serialize ${t.dtype}`);
    const bytes = new Uint8Array(t.shape.reduce((a, b) => a * b, 1) * (t.dtype === 'F64' ? 8 : 4));
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < t.data.length; i++) {
      if (t.dtype === 'F64') view.setFloat64(i * 8, t.data[i]!, true);
      else view.setFloat32(i * 4, t.data[i]!, true);
    }
    return bytes;
  }

  async readFloat32(name: string): Promise<Float32Array> {
    return Float32Array.from(this.take(name).data);
  }

  async close(): Promise<void> {}

  private take(name: string): MemoryTensor {
    const t = this.values.get(name);
    if (t === undefined) throw new Error(`no tensor ${name}`);
    this.readCounts.set(name, (this.readCounts.get(name) ?? 0) + 1);
    return t;
  }
}
