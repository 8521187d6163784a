/**
 * Each ACT2FN name builds the formula transformers uses for it (erf GELU vs the tanh
 * approximation, quick_gelu, relu6, silu, …): the op sequence is run by onnxruntime on a sweep of
 * inputs and compared with the formula computed here in float64.
 */
import { GraphBuilder } from '@mlpack/graph';
import { assertClose } from '@mlpack/test-utils';
import { describe, expect, it } from 'vitest';
import { runGraphInOrt } from './__fixtures__/onnx-run.js';
import { ACTIVATIONS, applyActivation, isActivationName, readActivation } from './activation.js';
import type { ActivationName } from './activation.js';
import { ConfigReader } from './config-reader.js';
import { ModuleOps } from './module-ops.js';

/**
 * erf in float64: Maclaurin series below 2.5, else 1 - erfc with erfc from its continued fraction
 * (evaluated from the tail); both far below float32 resolution.
 */
function erf(x: number): number {
  const ax = Math.abs(x);
  if (ax < 2.5) {
    let term = ax;
    let sum = ax;
    for (let n = 1; n < 100; n++) {
      term *= (-ax * ax) / n;
      sum += term / (2 * n + 1);
    }
    return Math.sign(x) * (2 / Math.sqrt(Math.PI)) * sum;
  }
  let f = ax;
  for (let k = 80; k >= 1; k--) f = ax + k / 2 / f;
  return Math.sign(x) * (1 - Math.exp(-ax * ax) / (Math.sqrt(Math.PI) * f));
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const geluTanh = (x: number): number => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));

/** transformers/activations.py, written out independently of the builder's table. */
const FORMULAS: Record<ActivationName, (x: number) => number> = {
  gelu: (x) => 0.5 * x * (1 + erf(x / Math.SQRT2)),
  gelu_python: (x) => 0.5 * x * (1 + erf(x / Math.SQRT2)),
  gelu_new: geluTanh,
  gelu_pytorch_tanh: geluTanh,
  gelu_fast: (x) => 0.5 * x * (1 + Math.tanh(x * 0.7978845608 * (1 + 0.044715 * x * x))),
  gelu_accurate: geluTanh,
  quick_gelu: (x) => x * sigmoid(1.702 * x),
  relu: (x) => Math.max(x, 0),
  relu6: (x) => Math.min(Math.max(x, 0), 6),
  silu: (x) => x * sigmoid(x),
  swish: (x) => x * sigmoid(x),
  tanh: Math.tanh,
  sigmoid,
  linear: (x) => x,
};

/** -8 … 8 in steps of 1/16: covers both tails and where erf and tanh GELU differ most (|x| ≈ 2). */
const XS = Array.from({ length: 257 }, (_, i) => -8 + i / 16);

describe('activations', () => {
  it.each(Object.keys(ACTIVATIONS) as ActivationName[])('%s matches its transformers formula', async (name) => {
    const g = new GraphBuilder({ name: `act-${name}` });
    const x = g.input('x', 'float32', ['n']);
    g.output('y', applyActivation(new ModuleOps(g), ACTIVATIONS[name], name === 'linear' ? g.identity(x) : x));
    const out = await runGraphInOrt(g.build(), { x: { dtype: 'float32', dims: [XS.length], data: Float32Array.from(XS) } });
    assertClose(
      out['y']!.data,
      XS.map((v) => FORMULAS[name](Math.fround(v))),
      { atol: 2e-6, rtol: 1e-6 },
      name,
    );
  });

  it('distinguishes the erf and tanh GELUs (they differ by more than the parity tolerance)', () => {
    const maxDiff = Math.max(...XS.map((v) => Math.abs(FORMULAS.gelu(v) - FORMULAS.gelu_new(v))));
    expect(maxDiff).toBeGreaterThan(1e-4);
    expect(ACTIVATIONS.gelu).toBe('gelu');
    expect(ACTIVATIONS.gelu_new).toBe('gelu_tanh');
  });

  it('reads the config key with its default and refuses unknown names with a pointer', () => {
    expect(readActivation(new ConfigReader({}), 'hidden_act', 'gelu_new')).toBe('gelu_tanh');
    expect(readActivation(new ConfigReader({ activation: 'relu' }), 'activation', 'gelu')).toBe('relu');
    expect(() => readActivation(new ConfigReader({ hidden_act: 'mish' }), 'hidden_act', 'gelu')).toThrow(
      expect.objectContaining({ code: 'ARCH_UNSUPPORTED', pointer: '/hidden_act' }),
    );
    expect(isActivationName('toString')).toBe(false);
  });
});
