import type { DType } from '@mlpack/core';

/** Significand bits (with the implicit bit) of the half-precision formats. */
const SIGNIFICAND_BITS: Partial<Record<DType, number>> = { F16: 11, BF16: 8 };

/**
 * The value a one-element tensor of `dtype` holds for the number `v` (as `torch.tensor(v, dtype=…)`):
 * float32 via Math.fround, F16 / BF16 by rounding the significand to nearest-even (for normal
 * positive `v`, the only use: Gemma's sqrt(hidden_size)), F64 or unknown unchanged.
 */
export function roundToDtype(v: number, dtype: DType | undefined): number {
  if (dtype === 'F32') return Math.fround(v);
  const bits = dtype === undefined ? undefined : SIGNIFICAND_BITS[dtype];
  if (bits === undefined || !(v > 0) || !Number.isFinite(v)) return v;
  let e = Math.floor(Math.log2(v));
  // log2 may round across an integer just below a power of two
  if (2 ** e > v) e--;
  else if (2 ** (e + 1) <= v) e++;
  const ulp = 2 ** (e - (bits - 1));
  const scaled = v / ulp;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  const rounded = diff > 0.5 || (diff === 0.5 && floor % 2 === 1) ? floor + 1 : floor;
  return rounded * ulp;
}
