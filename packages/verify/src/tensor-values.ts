import type { HostTensor } from '@mlpack/core';

/**
 * A HostTensor's elements as plain JS numbers (int64 via Number(); callers that need exact int64
 * values read `data` themselves). Float tensors are returned without copying.
 */
export function tensorValues(t: HostTensor): ArrayLike<number> {
  if (t.dtype === 'int64') return Float64Array.from(t.data, (v) => Number(v));
  return t.data;
}

/** Row-major multi-index of flat index `flat` in a tensor of shape `dims`. */
export function unravelIndex(flat: number, dims: readonly number[]): number[] {
  const out = new Array<number>(dims.length).fill(0);
  let rest = flat;
  for (let i = dims.length - 1; i >= 0; i--) {
    const d = dims[i]!;
    out[i] = d > 0 ? rest % d : 0;
    rest = d > 0 ? Math.floor(rest / d) : 0;
  }
  return out;
}
