import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, activationByName, applyActivation, isKnownActivation } from './activations.js';
import { ReferencePassError } from './reference-error.js';

/** Values from Python's math module, each formula written out as transformers' activations.py has it. */
const PYTHON = {
  gelu: [
    [1, 0.8413447460685429],
    [-1, -0.15865525393145707],
    [0.5, 0.34573123063700656],
    [-2.25, -0.027505063473850636],
    [3, 2.99595030590511],
  ],
  tanhGelu: [
    [1, 0.8411919906082768],
    [-1, -0.15880800939172324],
    [0.5, 0.34571400982514394],
    [-2.25, -0.02720132989728863],
    [3, 2.996362607918227],
  ],
  fastGelu: [
    [1, 0.841191990607477],
    [-1, -0.1588080093925231],
    [0.5, 0.34571400982483486],
    [-2.25, -0.02720132989771354],
    [3, 2.9963626079181394],
  ],
  quickGelu: [
    [1, 0.8457957659328212],
    [-1, -0.1542042340671787],
    [0.5, 0.35038843660638014],
    [-2.25, -0.047832128136604604],
    [3, 2.981928690292214],
  ],
  silu: [
    [1, 0.7310585786300049],
    [-1, -0.2689414213699951],
    [0.5, 0.3112296656009273],
    [-2.25, -0.21453629602299634],
    [3, 2.8577223804672998],
  ],
  mish: [
    [1, 0.8650983882673103],
    [-1, -0.30340146137410895],
    [0.5, 0.3752452113048951],
    [-2.25, -0.22471311922296616],
    [3, 2.9865350049679575],
  ],
} as const;

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 4 * Number.EPSILON * Math.max(1, Math.abs(b));

describe('activations', () => {
  it('gelu(1) and the tanh GELU(1) are the known values', () => {
    expect(close(activationByName('gelu')(1), 0.8413447460685429)).toBe(true);
    expect(close(activationByName('gelu_new')(1), 0.8411919906082768)).toBe(true);
  });

  it.each([
    ['gelu', PYTHON.gelu],
    ['gelu_python', PYTHON.gelu],
    ['gelu_new', PYTHON.tanhGelu],
    ['gelu_pytorch_tanh', PYTHON.tanhGelu],
    ['gelu_accurate', PYTHON.tanhGelu],
    ['gelu_fast', PYTHON.fastGelu],
    ['quick_gelu', PYTHON.quickGelu],
    ['silu', PYTHON.silu],
    ['swish', PYTHON.silu],
    ['mish', PYTHON.mish],
  ] as const)('%s matches its transformers formula', (name, table) => {
    const fn = activationByName(name);
    for (const [x, want] of table) expect(close(fn(x), want), `${name}(${x}) = ${fn(x)}, want ${want}`).toBe(true);
  });

  it('gelu_fast keeps its truncated constant (differs from gelu_new by ~8e-13 at 1)', () => {
    const d = activationByName('gelu_fast')(1) - activationByName('gelu_new')(1);
    expect(d).toBeLessThan(-7e-13);
    expect(d).toBeGreaterThan(-9e-13);
  });

  it('piecewise activations', () => {
    expect([-2, 0.5].map(activationByName('relu'))).toEqual([0, 0.5]);
    expect([-2, 3].map(activationByName('relu2'))).toEqual([0, 9]);
    expect([-2, 3, 7].map(activationByName('relu6'))).toEqual([0, 3, 6]);
    expect([-2, 3].map(activationByName('leaky_relu'))).toEqual([-0.02, 3]);
    expect([-20, 20].map(activationByName('gelu_10'))).toEqual([-0, 10]);
    expect(activationByName('tanh')(0.5)).toBe(Math.tanh(0.5));
    expect(activationByName('linear')(-3.25)).toBe(-3.25);
    expect(activationByName('sigmoid')(0)).toBe(0.5);
  });

  it('applyActivation works in place', () => {
    const a = new Float64Array([-1, 2]);
    applyActivation(a, activationByName('relu'));
    expect([...a]).toEqual([0, 2]);
  });

  it('names are sorted and unknown names are REF_UNSUPPORTED', () => {
    expect([...ACTIVATION_NAMES]).toEqual([...ACTIVATION_NAMES].sort());
    expect(isKnownActivation('gelu')).toBe(true);
    expect(isKnownActivation('toString')).toBe(false);
    expect(() => activationByName('swiglu')).toThrow(ReferencePassError);
    try {
      activationByName('swiglu');
    } catch (e) {
      expect((e as ReferencePassError).code).toBe('REF_UNSUPPORTED');
    }
  });
});
