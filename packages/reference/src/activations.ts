import { erf } from './erf.js';
import { ReferencePassError } from './reference-error.js';

/** One scalar activation, applied elementwise in float64. */
export type Activation = (x: number) => number;

/** sqrt(2/pi), the slope of the tanh argument in the tanh-approximated GELU. */
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
/** transformers' FastGELUActivation hard-codes sqrt(2/pi) cut to 10 digits: kept as is to match it. */
const GELU_FAST_SQRT_2_OVER_PI = 0.7978845608;
/** Cubic coefficient of the tanh GELU approximation (Hendrycks & Gimpel). */
const GELU_TANH_CUBIC = 0.044715;
/** QuickGELU: x * sigmoid(1.702 x). */
const QUICK_GELU_SCALE = 1.702;
/** transformers' `gelu_10` clips GELU to [-10, 10]. */
const GELU_10_BOUND = 10;
/** torch.nn.ReLU6 upper bound. */
const RELU6_BOUND = 6;
/** torch.nn.LeakyReLU default negative_slope (transformers instantiates it without arguments). */
const LEAKY_RELU_SLOPE = 0.01;
/** transformers' LaplaceActivation defaults (mu, sigma). */
const LAPLACE_MU = 0.707107;
const LAPLACE_SIGMA = 0.282095;
/** torch.nn.functional.softplus default threshold: above it softplus(x) returns x (used by mish). */
const SOFTPLUS_THRESHOLD = 20;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
/** Exact GELU as torch computes it: x * 0.5 * (1 + erf(x / sqrt 2)). */
const geluErf = (x: number): number => x * 0.5 * (1 + erf(x * Math.SQRT1_2));
const geluTanh = (x: number): number => 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * (x + GELU_TANH_CUBIC * x * x * x)));
const softplus = (x: number): number => (x > SOFTPLUS_THRESHOLD ? x : Math.log1p(Math.exp(x)));

/**
 * transformers' `ACT2FN` names → the function each computes (see `transformers/activations.py`).
 * `gelu_new`, `gelu_accurate` and `gelu_pytorch_tanh` are the same tanh formula; `gelu_fast` is the
 * same shape with a truncated constant; `gelu` / `gelu_python` are the exact erf form.
 */
const ACTIVATIONS: Readonly<Record<string, Activation>> = {
  gelu: geluErf,
  gelu_python: geluErf,
  gelu_new: geluTanh,
  gelu_accurate: geluTanh,
  gelu_pytorch_tanh: geluTanh,
  gelu_fast: (x) => 0.5 * x * (1 + Math.tanh(x * GELU_FAST_SQRT_2_OVER_PI * (1 + GELU_TANH_CUBIC * x * x))),
  gelu_10: (x) => Math.min(GELU_10_BOUND, Math.max(-GELU_10_BOUND, geluErf(x))),
  quick_gelu: (x) => x * sigmoid(QUICK_GELU_SCALE * x),
  laplace: (x) => 0.5 * (1 + erf((x - LAPLACE_MU) / (LAPLACE_SIGMA * Math.SQRT2))),
  leaky_relu: (x) => (x >= 0 ? x : LEAKY_RELU_SLOPE * x),
  linear: (x) => x,
  mish: (x) => x * Math.tanh(softplus(x)),
  relu: (x) => (x > 0 ? x : 0),
  relu2: (x) => (x > 0 ? x * x : 0),
  relu6: (x) => Math.min(RELU6_BOUND, Math.max(0, x)),
  sigmoid,
  silu: (x) => x * sigmoid(x),
  swish: (x) => x * sigmoid(x),
  tanh: Math.tanh,
};

/** Activation names the witness implements, sorted. */
export const ACTIVATION_NAMES: readonly string[] = Object.keys(ACTIVATIONS).sort();

export function isKnownActivation(name: string): boolean {
  return Object.hasOwn(ACTIVATIONS, name);
}

/** The activation called `name` in transformers' ACT2FN, or a `REF_UNSUPPORTED` error. */
export function activationByName(name: string): Activation {
  const fn = Object.hasOwn(ACTIVATIONS, name) ? ACTIVATIONS[name] : undefined;
  if (fn === undefined) {
    throw new ReferencePassError('REF_UNSUPPORTED', `activation "${name}" is not supported by the reference`, {
      hint: `use one of: ${ACTIVATION_NAMES.join(', ')}`,
    });
  }
  return fn;
}

/** Applies `fn` to every element of `data`, in place. */
export function applyActivation(data: Float64Array, fn: Activation): void {
  for (let i = 0; i < data.length; i++) data[i] = fn(data[i]!);
}
