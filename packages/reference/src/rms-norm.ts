import type { WeightArray } from './weight-reader.js';

/** Options of `rmsNorm`. */
export interface RmsNormOptions {
  /** Gemma's variant: scale by (1 + weight) instead of weight (its weights are stored as offsets from 1). */
  offsetOne?: boolean;
}

/**
 * RMSNorm over the last axis of x [rows, width]: `w * x / sqrt(mean(x²) + eps)` (LlamaRMSNorm,
 * Qwen3's per-head q/k norms when rows are heads), or `x / sqrt(mean(x²) + eps) * (1 + w)` for
 * Gemma. Returns a new array.
 */
export function rmsNorm(x: Float64Array, rows: number, width: number, weight: WeightArray, eps: number, o: RmsNormOptions = {}): Float64Array {
  if (x.length !== rows * width) throw new RangeError(`rmsNorm: x has ${x.length} values, expected ${rows}x${width}`);
  if (weight.length !== width) throw new RangeError(`rmsNorm: weight has ${weight.length} values, expected ${width}`);
  const y = new Float64Array(x.length);
  for (let r = 0; r < rows; r++) {
    const off = r * width;
    let sumSq = 0;
    for (let i = 0; i < width; i++) sumSq += x[off + i]! * x[off + i]!;
    const inv = 1 / Math.sqrt(sumSq / width + eps);
    for (let i = 0; i < width; i++) {
      const w = o.offsetOne === true ? 1 + weight[i]! : weight[i]!;
      y[off + i] = x[off + i]! * inv * w;
    }
  }
  return y;
}
