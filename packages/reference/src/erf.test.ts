import { describe, expect, it } from 'vitest';
import { erf } from './erf.js';

/** erf values from Python's `math.erf` (an independent libm implementation). */
const PYTHON_ERF: ReadonlyArray<[number, number]> = [
  [1e-8, 1.1283791670955126e-8],
  [0.1, 0.1124629160182849],
  [0.5, 0.5204998778130465],
  [-0.7, -0.6778011938374184],
  [1.0, 0.8427007929497149],
  [1.5, 0.9661051464753108],
  [2.0, 0.9953222650189527],
  [2.4999, 0.9995928300996666], // last point of the series branch
  [2.5, 0.999593047982555], // first point of the continued-fraction branch
  [3.0, 0.9999779095030014],
  [4.0, 0.9999999845827421],
  [5.5, 0.9999999999999927],
  [6.5, 1.0],
];

describe('erf', () => {
  it.each(PYTHON_ERF)('erf(%d) matches libm within 4 ulps', (x, want) => {
    expect(Math.abs(erf(x) - want)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(want));
  });

  it('is odd, exactly', () => {
    for (const x of [0.3, 1.7, 2.6, 4.2]) expect(erf(-x)).toBe(-erf(x));
  });

  it('is 0 at 0, saturates to ±1, and propagates NaN', () => {
    expect(erf(0)).toBe(0);
    expect(erf(6)).toBe(1);
    expect(erf(-40)).toBe(-1);
    expect(erf(Infinity)).toBe(1);
    expect(Number.isNaN(erf(NaN))).toBe(true);
  });

  it('is monotonic across the branch switch at 2.5', () => {
    let prev = erf(2.45);
    for (let x = 2.451; x < 2.55; x += 0.001) {
      const y = erf(x);
      expect(y).toBeGreaterThanOrEqual(prev);
      prev = y;
    }
  });
});
