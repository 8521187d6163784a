import { describe, expect, it } from 'vitest';
import type { HostTensor } from '@mlpack/core';
import { argmaxAgreement, compareTensors, isClose } from './compare.js';

const f64 = (dims: number[], values: number[]): HostTensor => ({ dtype: 'float64', dims, data: Float64Array.from(values) });
const f32 = (dims: number[], values: number[]): HostTensor => ({ dtype: 'float32', dims, data: Float32Array.from(values) });

describe('compareTensors metrics', () => {
  it('computes max abs / rel error, cosine and the first bad index by hand', () => {
    const r = compareTensors(f64([3], [1, 2, 3]), f64([3], [1, 2, 3.5]), { atol: 0.1, rtol: 0 });
    expect(r.max_abs).toBe(0.5);
    expect(r.max_rel).toBeCloseTo(0.5 / 3.5, 15);
    // cos = (1 + 4 + 10.5) / (sqrt(14) * sqrt(17.25))
    expect(r.cosine).toBeCloseTo(15.5 / (Math.sqrt(14) * Math.sqrt(17.25)), 15);
    expect(r.ok).toBe(false);
    expect(r.first_bad).toEqual({ index: [2], actual: 3, expected: 3.5 });
    expect(r.argmax_agreement).toBeUndefined();
  });

  it('cosine of known vectors: orthogonal 0, opposite -1, parallel 1, both zero 1, one zero 0', () => {
    const cos = (a: number[], e: number[]) => compareTensors(f64([a.length], a), f64([e.length], e), { atol: 1e9, rtol: 0 }).cosine;
    expect(cos([1, 0], [0, 1])).toBe(0);
    expect(cos([1, 2], [-1, -2])).toBeCloseTo(-1, 15);
    expect(cos([3, 4], [6, 8])).toBeCloseTo(1, 15);
    expect(cos([0, 0], [0, 0])).toBe(1);
    expect(cos([0, 0], [1, 0])).toBe(0);
    expect(cos([1, 1], [1, 0])).toBeCloseTo(Math.SQRT1_2, 15);
  });

  it('passes exactly on the atol + rtol·|e| boundary and fails just beyond it', () => {
    // bound = 0.5 + 0.01 * 100 = 1.5
    expect(compareTensors(f64([1], [101.5]), f64([1], [100]), { atol: 0.5, rtol: 0.01 }).ok).toBe(true);
    expect(compareTensors(f64([1], [98.5]), f64([1], [100]), { atol: 0.5, rtol: 0.01 }).ok).toBe(true);
    expect(compareTensors(f64([1], [101.5000001]), f64([1], [100]), { atol: 0.5, rtol: 0.01 }).ok).toBe(false);
    // rtol scales with the expected value, not the actual one
    expect(isClose(0, 1, 0, 0.5)).toBe(false);
    expect(isClose(1, 2, 0, 0.5)).toBe(true);
  });

  it('NaN only matches NaN; infinities only themselves; NaN is reported as a string', () => {
    expect(compareTensors(f64([2], [NaN, 1]), f64([2], [NaN, 1]), { atol: 0, rtol: 0 }).ok).toBe(true);
    const r = compareTensors(f64([2, 2], [0, 1, NaN, 3]), f64([2, 2], [0, 1, 2, 3]), { atol: 1, rtol: 1 });
    expect(r.ok).toBe(false);
    expect(r.first_bad).toEqual({ index: [1, 0], actual: 'NaN', expected: 2 });
    expect(r.max_abs).toBe(0); // NaN pairs do not enter max_abs
    expect(r.cosine).toBe('NaN');
    expect(compareTensors(f64([1], [1]), f64([1], [NaN]), { atol: 1e9, rtol: 0 }).ok).toBe(false);
    expect(compareTensors(f64([1], [Infinity]), f64([1], [Infinity]), { atol: 0, rtol: 0 }).ok).toBe(true);
    const inf = compareTensors(f64([1], [Infinity]), f64([1], [1e300]), { atol: 0, rtol: 1e9 });
    expect(inf.ok).toBe(false);
    expect(inf.max_abs).toBe('Infinity');
    expect(JSON.parse(JSON.stringify(inf)).first_bad).toEqual({ index: [0], actual: 'Infinity', expected: 1e300 });
  });

  it('reports a multi-index for the first failing element in row-major order', () => {
    const n = 2 * 3 * 4;
    const e = Array.from({ length: n }, (_, i) => i / 10);
    const a = [...e];
    a[17] = a[17]! + 1e-3; // 17 = 1*12 + 1*4 + 1
    a[20] = a[20]! + 1; // later and larger: still not the first
    const r = compareTensors(f32([2, 3, 4], a), f64([2, 3, 4], e), { atol: 1e-4, rtol: 0 });
    expect(r.first_bad?.index).toEqual([1, 1, 1]);
    expect(r.first_bad?.expected).toBe(1.7);
    expect(r.first_bad?.actual).toBe(Math.fround(1.7 + 1e-3));
    expect(r.max_abs).toBeCloseTo(1, 5);
  });

  it('fails on shape mismatch even with equal element counts, without metrics', () => {
    const r = compareTensors(f64([2, 3], [1, 2, 3, 4, 5, 6]), f64([3, 2], [1, 2, 3, 4, 5, 6]), { atol: 1, rtol: 1, argmax: true });
    expect(r).toEqual({ shape: [2, 3], expected_shape: [3, 2], max_abs: null, max_rel: null, cosine: null, argmax_agreement: null, ok: false });
  });

  it('compares int64 against float64', () => {
    const ids: HostTensor = { dtype: 'int64', dims: [3], data: BigInt64Array.from([1n, 2n, 3n]) };
    expect(compareTensors(ids, f64([3], [1, 2, 3]), { atol: 0, rtol: 0 }).ok).toBe(true);
    expect(compareTensors(ids, f64([3], [1, 2, 4]), { atol: 0, rtol: 0 }).first_bad).toEqual({ index: [2], actual: 3, expected: 4 });
  });
});

describe('argmax agreement', () => {
  it('is the fraction of last-axis rows whose argmax matches', () => {
    // rows: [1,5,2] vs [0,9,1] agree (1 = 1); [3,1,0] vs [0,1,3] disagree (0 vs 2)
    expect(argmaxAgreement([1, 5, 2, 3, 1, 0], [0, 9, 1, 0, 1, 3], 3)).toBe(0.5);
    const r = compareTensors(f64([2, 3], [1, 5, 2, 3, 1, 0]), f64([2, 3], [0, 9, 1, 0, 1, 3]), { atol: 0, rtol: 0, argmax: true });
    expect(r.argmax_agreement).toBe(0.5);
    expect(Object.keys(compareTensors(f64([1, 2], [1, 2]), f64([1, 2], [2, 1]), { atol: 0, rtol: 0, argmax: true }))).toEqual([
      'shape',
      'max_abs',
      'max_rel',
      'cosine',
      'argmax_agreement',
      'ok',
      'first_bad',
    ]);
    expect(argmaxAgreement([1, 5, 2, 3, 1, 0, 7, 7, 7, 0, 0, 1], [0, 9, 1, 4, 1, 0, 7, 7, 7, 0, 0, 1], 3)).toBe(1);
  });
  it('breaks ties towards the first maximum and lets NaN win (numpy convention)', () => {
    expect(argmaxAgreement([2, 2, 1], [2, 1, 0], 3)).toBe(1); // tie → index 0
    expect(argmaxAgreement([1, 2, 2], [0, 2, 1], 3)).toBe(1); // tie → index 1
    expect(argmaxAgreement([1, NaN, 5], [0, 1, 0], 3)).toBe(1); // NaN at 1 wins over 5
    expect(argmaxAgreement([1, NaN, 5], [0, 0, 1], 3)).toBe(0);
  });
  it('is null for an empty last axis', () => {
    expect(argmaxAgreement([], [], 0)).toBeNull();
  });
});
