import type { Value } from '@mlpack/graph';
import type { ConfigReader } from './config-reader.js';
import type { ModuleOps } from './module-ops.js';

/**
 * transformers' `ACT2FN` names we build, and the formula each one is (transformers/activations.py):
 * - `gelu`, `gelu_python`: exact GELU, `x · Φ(x)` with erf.
 * - `gelu_new`, `gelu_pytorch_tanh`, `gelu_fast`, `gelu_accurate`: the tanh approximation
 *   `0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³)))` (gelu_fast writes the same polynomial factored).
 * - `quick_gelu`: `x · sigmoid(1.702 x)`.
 * - `relu`, `relu6` (`min(max(x, 0), 6)`), `silu` / `swish` (`x · sigmoid(x)`), `tanh`, `sigmoid`,
 *   `linear` (identity).
 */
export const ACTIVATIONS = {
  gelu: 'gelu',
  gelu_python: 'gelu',
  gelu_new: 'gelu_tanh',
  gelu_pytorch_tanh: 'gelu_tanh',
  gelu_fast: 'gelu_tanh',
  gelu_accurate: 'gelu_tanh',
  quick_gelu: 'quick_gelu',
  relu: 'relu',
  relu6: 'relu6',
  silu: 'silu',
  swish: 'silu',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  linear: 'identity',
} as const;

export type ActivationName = keyof typeof ACTIVATIONS;
export type ActivationKind = (typeof ACTIVATIONS)[ActivationName];

/** quick_gelu's sigmoid scale (transformers' QuickGELUActivation). */
const QUICK_GELU_SCALE = 1.702;
/** relu6's upper clip. */
const RELU6_MAX = 6;

export function isActivationName(name: string): name is ActivationName {
  return Object.hasOwn(ACTIVATIONS, name);
}

/** The activation named by config key `key` (default `fallback`), or `ARCH_UNSUPPORTED` at its pointer. */
export function readActivation(cfg: ConfigReader, key: string, fallback: ActivationName): ActivationKind {
  const name = cfg.string(key, fallback);
  if (!isActivationName(name)) {
    throw cfg.unsupported(key, `"${name}" is not a supported activation`, `supported: ${Object.keys(ACTIVATIONS).join(', ')}`);
  }
  return ACTIVATIONS[name];
}

export function applyActivation(ops: ModuleOps, kind: ActivationKind, x: Value): Value {
  const g = ops.g;
  switch (kind) {
    case 'gelu':
      return g.gelu(x, 'none');
    case 'gelu_tanh':
      return g.gelu(x, 'tanh');
    case 'quick_gelu':
      return g.mul(x, g.sigmoid(g.mul(x, QUICK_GELU_SCALE)));
    case 'relu':
      return g.relu(x);
    case 'relu6':
      return g.min(g.relu(x), RELU6_MAX);
    case 'silu':
      return g.mul(x, g.sigmoid(x));
    case 'tanh':
      return g.tanh(x);
    case 'sigmoid':
      return g.sigmoid(x);
    case 'identity':
      return x;
  }
}
