import { elementCountNumber } from '@mlpack/core';
import type { InitKind, TensorPlan } from './families/family-definition.js';
import { NormalSampler, tensorSeed } from './prng.js';

/**
 * Spread of each kind of weight. Larger than transformers' 0.02 init on purpose: parity tests
 * need activations that are far from zero and logits that differ by more than rounding noise.
 */
export const INIT_STD: Readonly<Record<InitKind, number>> = {
  /** Matrices and embeddings: N(0, 0.2) keeps attention scores and logits around unit scale at hidden 32. */
  normal: 0.2,
  /** LayerNorm/RMSNorm scales: 1 ± 0.1, so a norm that ignores its weight is caught. */
  'norm-weight': 0.1,
  /** Biases and LayerNorm shifts: 0.05, visible but not dominant. */
  bias: 0.05,
};

/** Centre of each kind (norm scales sit around 1). */
const INIT_MEAN: Readonly<Record<InitKind, number>> = { normal: 0, 'norm-weight': 1, bias: 0 };

/** The tensor's values, rounded to float32; depends only on (seed, plan.seedName, shape, init). */
export function initTensor(plan: TensorPlan, seed: number): Float32Array {
  const n = elementCountNumber(plan.shape);
  const out = new Float32Array(n);
  const sampler = new NormalSampler(tensorSeed(seed, plan.seedName));
  const mean = INIT_MEAN[plan.init];
  const std = INIT_STD[plan.init];
  for (let i = 0; i < n; i++) out[i] = mean + std * sampler.normal();
  if (plan.zeroRow !== undefined) {
    const cols = plan.shape[1] ?? 1;
    out.fill(0, plan.zeroRow * cols, (plan.zeroRow + 1) * cols);
  }
  return out;
}
