import { describe, expect, it } from 'vitest';
import { linear } from './linear.js';
import { seededRandom } from './__fixtures__/random-models.js';

describe('linear', () => {
  it('computes x W^T + b with W stored [out, in] (hand example)', () => {
    // x = [[1, 2, 3]], W = [[1, 0, -1], [2, 1, 0]], b = [0.5, -1]
    const y = linear(new Float64Array([1, 2, 3]), 1, 3, new Float64Array([1, 0, -1, 2, 1, 0]), new Float64Array([0.5, -1]), 2);
    expect([...y]).toEqual([1 - 3 + 0.5, 2 + 2 - 1]);
  });

  it.each([1, 3, 4, 5, 8, 11])('row blocking gives the plain dot products for %i rows', (rows) => {
    const rand = seededRandom(rows);
    const inF = 7;
    const outF = 5;
    const x = Float64Array.from({ length: rows * inF }, rand);
    const w = Float64Array.from({ length: outF * inF }, rand);
    const b = Float64Array.from({ length: outF }, rand);
    const y = linear(x, rows, inF, w, b, outF);
    for (let r = 0; r < rows; r++) {
      for (let o = 0; o < outF; o++) {
        let want = 0;
        for (let k = 0; k < inF; k++) want += x[r * inF + k]! * w[o * inF + k]!;
        expect(y[r * outF + o]).toBe(want + b[o]!);
      }
    }
  });

  it('treats a missing bias as zero and rejects mismatched sizes', () => {
    expect([...linear(new Float64Array([2]), 1, 1, new Float64Array([3]), undefined, 1)]).toEqual([6]);
    expect(() => linear(new Float64Array(5), 1, 4, new Float64Array(4), undefined, 1)).toThrow(RangeError);
  });
});
