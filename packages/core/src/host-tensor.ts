/**
 * mlpack's own in-memory tensor at package boundaries (runtimes' tensor types stay inside the
 * packages that wrap them). Row-major, little-endian host order.
 */
export type HostTensor =
  | { dtype: 'float32'; dims: number[]; data: Float32Array }
  | { dtype: 'float64'; dims: number[]; data: Float64Array }
  | { dtype: 'int64'; dims: number[]; data: BigInt64Array }
  | { dtype: 'int32'; dims: number[]; data: Int32Array };

export type HostTensorMap = Record<string, HostTensor>;

export function float32Tensor(dims: number[], data: Float32Array): HostTensor {
  checkSize(dims, data.length);
  return { dtype: 'float32', dims, data };
}

export function int64Tensor(dims: number[], data: BigInt64Array): HostTensor {
  checkSize(dims, data.length);
  return { dtype: 'int64', dims, data };
}

/** int64 tensor from rows of ids (all rows must have the same length). */
export function int64FromRows(rows: readonly (readonly number[])[]): HostTensor {
  const b = rows.length;
  const s = rows[0]?.length ?? 0;
  const data = new BigInt64Array(b * s);
  rows.forEach((row, i) => {
    if (row.length !== s) throw new RangeError(`row ${i} has length ${row.length}, expected ${s}`);
    row.forEach((v, j) => (data[i * s + j] = BigInt(v)));
  });
  return { dtype: 'int64', dims: [b, s], data };
}

function checkSize(dims: number[], n: number): void {
  const want = dims.reduce((a, d) => a * d, 1);
  if (want !== n) throw new RangeError(`dims [${dims.join(', ')}] need ${want} elements, data has ${n}`);
}
