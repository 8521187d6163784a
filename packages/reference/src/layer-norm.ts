import type { WeightArray } from './weight-reader.js';

/**
 * torch.nn.LayerNorm over the last axis of x [rows, width] — (x - mean) / sqrt(var + eps) * gamma
 * + beta with the biased variance — applied to `x + residual` when a residual is given (the
 * post-LN "add & norm" of BERT-family layers). Returns a new array.
 */
export function layerNorm(
  x: Float64Array,
  rows: number,
  width: number,
  gamma: WeightArray,
  beta: WeightArray,
  eps: number,
  residual?: Float64Array,
): Float64Array {
  if (x.length !== rows * width) throw new RangeError(`layerNorm: x has ${x.length} values, expected ${rows}x${width}`);
  if (residual !== undefined && residual.length !== x.length) {
    throw new RangeError(`layerNorm: residual has ${residual.length} values, expected ${x.length}`);
  }
  const y = new Float64Array(x.length);
  const v = new Float64Array(width);
  for (let r = 0; r < rows; r++) {
    const o = r * width;
    let mean = 0;
    for (let i = 0; i < width; i++) {
      const xi = residual === undefined ? x[o + i]! : x[o + i]! + residual[o + i]!;
      v[i] = xi;
      mean += xi;
    }
    mean /= width;
    let variance = 0;
    for (let i = 0; i < width; i++) {
      const d = v[i]! - mean;
      variance += d * d;
    }
    variance /= width;
    const inv = 1 / Math.sqrt(variance + eps);
    for (let i = 0; i < width; i++) y[o + i] = (v[i]! - mean) * inv * gamma[i]! + beta[i]!;
  }
  return y;
}
