import type { ManifestTarget } from '@mlpack/schema';
import type { VariantDType } from './parity-gates.js';

/**
 * The variant a target is: its `dtype`, or for manifests written before variants fp32 (ONNX) /
 * from `weight_dtype` (TF.js: float16 → fp16).
 */
export function variantDtype(t: ManifestTarget): VariantDType {
  if (t.dtype !== undefined) return t.dtype;
  return t.format === 'tfjs' && t.weight_dtype !== 'float32' ? (t.weight_dtype === 'float16' ? 'fp16' : t.weight_dtype) : 'fp32';
}

/**
 * Targets judged by a dtype gate rather than the fp32 tolerances. A TF.js fp16 target written
 * before variants (no `dtype`) keeps the tolerances it was verified with then.
 */
export function isVariantTarget(t: ManifestTarget): boolean {
  return t.dtype !== undefined && t.dtype !== 'fp32';
}
