import { describe, expect, it } from 'vitest';
import { layerNorm } from './layer-norm.js';

describe('layerNorm', () => {
  it('normalizes each row with the biased variance (hand example)', () => {
    // mean 2.5, biased var 1.25: (x - 2.5) / sqrt(1.25)
    const y = layerNorm(new Float64Array([1, 2, 3, 4]), 1, 4, new Float64Array([1, 1, 1, 1]), new Float64Array(4), 0);
    const s = Math.sqrt(1.25);
    y.forEach((v, i) => expect(Math.abs(v - ([1, 2, 3, 4][i]! - 2.5) / s)).toBeLessThan(1e-15));
  });

  it('applies eps inside the square root, then gamma and beta', () => {
    const y = layerNorm(new Float64Array([0, 2]), 1, 2, new Float64Array([2, 3]), new Float64Array([0.5, -0.5]), 1);
    // mean 1, var 1, inv = 1/sqrt(2)
    expect(y[0]).toBeCloseTo((-1 / Math.SQRT2) * 2 + 0.5, 15);
    expect(y[1]).toBeCloseTo((1 / Math.SQRT2) * 3 - 0.5, 15);
  });

  it('normalizes x + residual when a residual is given, row by row', () => {
    const x = new Float64Array([1, 0, 5, 5]);
    const res = new Float64Array([0, 3, 1, 3]);
    const g = new Float64Array([1, 1]);
    const b = new Float64Array(2);
    const y = layerNorm(x, 2, 2, g, b, 0, res);
    // rows: [1, 3] → [-1, 1]; [6, 8] → [-1, 1]
    expect([...y]).toEqual([-1, 1, -1, 1]);
  });
});
