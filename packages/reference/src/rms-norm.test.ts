import { describe, expect, it } from 'vitest';
import { rmsNorm } from './rms-norm.js';

describe('rmsNorm', () => {
  it('w * x / sqrt(mean(x²) + eps), per row', () => {
    // row [3, 4]: mean square 12.5
    const y = rmsNorm(Float64Array.from([3, 4, 1, 1]), 2, 2, Float64Array.from([2, 0.5]), 0.5);
    expect(y[0]).toBeCloseTo((2 * 3) / Math.sqrt(13), 15);
    expect(y[1]).toBeCloseTo((0.5 * 4) / Math.sqrt(13), 15);
    expect(y[2]).toBeCloseTo(2 / Math.sqrt(1.5), 15);
  });

  it('Gemma scales by (1 + w)', () => {
    const y = rmsNorm(Float64Array.from([3, 4]), 1, 2, Float64Array.from([1, -0.5]), 0, { offsetOne: true });
    expect(y[0]).toBeCloseTo((2 * 3) / Math.sqrt(12.5), 15);
    expect(y[1]).toBeCloseTo((0.5 * 4) / Math.sqrt(12.5), 15);
  });
});
