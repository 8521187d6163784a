import { describe, expect, it } from 'vitest';
import { TRANSPOSE_TILE, transpose2d } from './transpose-2d.js';

/** The obvious element-by-element transpose, as the witness. */
function naive(src: Uint8Array, rows: number, cols: number, size: number): Uint8Array {
  const out = new Uint8Array(src.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out.set(src.subarray((r * cols + c) * size, (r * cols + c + 1) * size), (c * rows + r) * size);
  }
  return out;
}

/** Distinct, non-repeating bytes so that any misplaced element shows. */
function pattern(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : Math.min(a.length, b.length);
}

describe('transpose2d', () => {
  const T = TRANSPOSE_TILE;
  // Edges of the tiles (T ± 1) and of the 8-row kernel (7, 9), vectors, and BERT-like rectangles.
  const shapes: [number, number][] = [
    [1, 1],
    [1, 7],
    [7, 1],
    [2, 3],
    [7, 9],
    [8, 8],
    [9, 17],
    [T - 1, T + 1],
    [T, T],
    [T + 1, 2 * T + 3],
    [3 * T + 5, 40],
    [40, 3 * T + 5],
    [96, 384],
  ];
  for (const size of [1, 2, 4, 8]) {
    it(`matches the element-by-element transpose for ${size}-byte elements`, () => {
      for (const [rows, cols] of shapes) {
        const src = pattern(rows * cols * size, rows * 131 + cols + size);
        const dst = new Uint8Array(src.length).fill(0xa5);
        transpose2d(src, dst, rows, cols, size);
        expect(firstDifference(dst, naive(src, rows, cols, size)), `[${rows}, ${cols}] × ${size}`).toBe(-1);
      }
    });
  }

  it('transposing twice gives the input back (and [1, n] is a copy)', () => {
    const src = pattern(300 * 70 * 4, 9);
    const once = new Uint8Array(src.length);
    const twice = new Uint8Array(src.length);
    transpose2d(src, once, 300, 70, 4);
    transpose2d(once, twice, 70, 300, 4);
    expect(firstDifference(twice, src)).toBe(-1);
    const row = pattern(40, 3);
    const out = new Uint8Array(40);
    transpose2d(row, out, 1, 10, 4);
    expect([...out]).toEqual([...row]);
  });

  it('moves float32 NaN payloads and -0 bit for bit', () => {
    const words = Uint32Array.from([0x7fc00001, 0xffa00000, 0x80000000, 0x7f800001, 0x00000001, 0x3f800000]);
    const src = new Uint8Array(words.buffer);
    const dst = new Uint8Array(24);
    transpose2d(src, dst, 2, 3, 4);
    expect([...new Uint32Array(dst.buffer)]).toEqual([0x7fc00001, 0x7f800001, 0xffa00000, 0x00000001, 0x80000000, 0x3f800000]);
  });

  it('accepts a source view at an unaligned offset (copied once)', () => {
    const backing = pattern(1 + 5 * 6 * 4, 77);
    const src = backing.subarray(1);
    const dst = new Uint8Array(src.length);
    transpose2d(src, dst, 5, 6, 4);
    expect(firstDifference(dst, naive(src, 5, 6, 4))).toBe(-1);
  });

  it('rejects wrong lengths, an unaligned destination and odd element sizes', () => {
    expect(() => transpose2d(new Uint8Array(24), new Uint8Array(20), 2, 3, 4)).toThrow(RangeError);
    expect(() => transpose2d(new Uint8Array(20), new Uint8Array(24), 2, 3, 4)).toThrow(/is 24 bytes, got 20 in/);
    expect(() => transpose2d(new Uint8Array(24), new Uint8Array(26).subarray(2), 2, 3, 4)).toThrow(/not 4-byte aligned/);
    expect(() => transpose2d(new Uint8Array(18), new Uint8Array(18), 2, 3, 3)).toThrow(/element size 3/);
  });
});
