import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bf16ToF32, decodeToFloat32, f16ToF32, f32ToF16 } from './dtype-codecs.js';
import { SafetensorsError } from './errors.js';

describe('f16ToF32', () => {
  it.each([
    [0x0000, 0],
    [0x3c00, 1],
    [0xc000, -2],
    [0x3555, 0.333251953125],
    [0x4248, 3.140625],
    [0x7bff, 65504],
    [0x0400, 2 ** -14],
    [0x0001, 2 ** -24],
    [0x03ff, 1023 * 2 ** -24],
    [0x8001, -(2 ** -24)],
    [0x7c00, Infinity],
    [0xfc00, -Infinity],
  ])('0x%s → %f', (bits, value) => {
    expect(f16ToF32(bits)).toBe(value);
  });
  it('keeps the sign of zero and decodes NaNs', () => {
    expect(Object.is(f16ToF32(0x8000), -0)).toBe(true);
    expect(f16ToF32(0x7e00)).toBeNaN();
    expect(f16ToF32(0xfc01)).toBeNaN();
  });
});

describe('bf16ToF32', () => {
  it.each([
    [0x3f80, 1],
    [0xc000, -2],
    [0x4049, 3.140625],
    [0x7f7f, 3.3895313892515355e38],
    [0x0080, 2 ** -126],
    [0x0001, 2 ** -133],
    [0x7f80, Infinity],
    [0xff80, -Infinity],
  ])('0x%s → %f', (bits, value) => {
    expect(bf16ToF32(bits)).toBe(value);
  });
  it('decodes NaN and -0', () => {
    expect(bf16ToF32(0x7fc0)).toBeNaN();
    expect(Object.is(bf16ToF32(0x8000), -0)).toBe(true);
  });
});

describe('f32ToF16', () => {
  it.each([
    [1, 0x3c00],
    [-2, 0xc000],
    [65504, 0x7bff],
    [65519, 0x7bff], // just below the halfway point to 65536
    [65520, 0x7c00], // halfway: ties to even rounds to Infinity
    [1e6, 0x7c00],
    [-1e6, 0xfc00],
    [Infinity, 0x7c00],
    [-Infinity, 0xfc00],
    [2 ** -14, 0x0400],
    [2 ** -24, 0x0001],
    [2 ** -25, 0x0000], // tie between 0 and the smallest subnormal: even is 0
    [1.5 * 2 ** -25, 0x0001],
    [3 * 2 ** -25, 0x0002], // 1.5 units: tie, even is 2
    [5 * 2 ** -25, 0x0002], // 2.5 units: tie, even is 2
    [2 ** -14 - 2 ** -25, 0x0400], // halfway between the largest subnormal and the smallest normal
    [1 + 2 ** -11, 0x3c00], // tie at 1: even mantissa
    [1 + 3 * 2 ** -11, 0x3c02], // tie at 1 + 2^-10: rounds up to the even mantissa
    [1 + 2 ** -11 + 2 ** -20, 0x3c01], // just above the tie
    [1e-10, 0x0000],
    [-1e-10, 0x8000],
    [0.1, 0x2e66],
    [3.14159265, 0x4248],
  ])('%f → 0x%s', (value, bits) => {
    expect(f32ToF16(value).toString(16)).toBe(bits.toString(16));
  });

  it('keeps -0 and NaN', () => {
    expect(f32ToF16(-0)).toBe(0x8000);
    const nan = f32ToF16(NaN);
    expect(nan & 0x7c00).toBe(0x7c00);
    expect(nan & 0x3ff).not.toBe(0);
    // a NaN whose payload sits only in the low float32 bits must not become Infinity
    const f = new Float32Array(new Uint32Array([0x7f800001]).buffer)[0]!;
    expect(f32ToF16(f) & 0x3ff).not.toBe(0);
  });

  it('round-trips all 63,488 non-NaN half values exactly', () => {
    let checked = 0;
    for (let h = 0; h < 0x10000; h++) {
      const v = f16ToF32(h);
      if (Number.isNaN(v)) continue;
      if (f32ToF16(v) !== h) throw new Error(`0x${h.toString(16)} → ${v} → 0x${f32ToF16(v).toString(16)}`);
      checked++;
    }
    expect(checked).toBe(0x10000 - 2 * 1023);
  });

  it('rounds every float32 to the nearest half, ties to even (property)', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true, min: -65504, max: 65504 }), (x) => {
        const h = f32ToF16(x);
        const v = f16ToF32(h);
        const err = Math.abs(v - x);
        // neighbours of h on the number line (same sign side; h ± 1 crosses zero correctly via sign bit handling)
        for (const n of neighbours(h)) {
          const nv = f16ToF32(n);
          if (Number.isNaN(nv) || !Number.isFinite(nv)) continue;
          const ne = Math.abs(nv - x);
          if (ne < err) return false;
          if (ne === err && nv !== v && (h & 1) === 1) return false; // tie must pick the even mantissa
        }
        return true;
      }),
      { numRuns: 5000 },
    );
  });
});

/** Adjacent half values of h (toward zero and away from it, and across zero). */
function neighbours(h: number): number[] {
  const mag = h & 0x7fff;
  const sign = h & 0x8000;
  const out: number[] = [];
  if (mag > 0) out.push(sign | (mag - 1));
  else out.push((sign ^ 0x8000) | 1, 0x0001);
  if (mag < 0x7bff) out.push(sign | (mag + 1));
  return out;
}

describe('decodeToFloat32', () => {
  it.each<[string, Uint8Array, number[]]>([
    ['F32', new Uint8Array(new Float32Array([1.5, -2, 3.25]).buffer), [1.5, -2, 3.25]],
    ['F64', new Uint8Array(new Float64Array([0.1, -1e300]).buffer), [Math.fround(0.1), -Infinity]],
    ['F16', Uint8Array.from([0x00, 0x3c, 0x00, 0xc0, 0x00, 0x7c]), [1, -2, Infinity]],
    ['BF16', Uint8Array.from([0x80, 0x3f, 0x49, 0x40]), [1, 3.140625]],
    ['I8', Uint8Array.from([0x7f, 0x80, 0xff]), [127, -128, -1]],
    ['U8', Uint8Array.from([0, 200, 255]), [0, 200, 255]],
    ['BOOL', Uint8Array.from([0, 1, 2]), [0, 1, 1]],
    ['I16', Uint8Array.from([0x00, 0x80, 0xff, 0x7f]), [-32768, 32767]],
    ['U16', Uint8Array.from([0xff, 0xff, 0x01, 0x00]), [65535, 1]],
    ['I32', Uint8Array.from([0xfe, 0xff, 0xff, 0xff, 0x10, 0x00, 0x00, 0x00]), [-2, 16]],
    ['U32', Uint8Array.from([0xff, 0xff, 0xff, 0xff]), [4294967296]],
    ['I64', Uint8Array.from([0xfd, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00]), [-3, 2 ** 32]],
    ['U64', Uint8Array.from([0x05, 0, 0, 0, 0, 0, 0, 0x80]), [2 ** 63]],
  ])('%s (explicit little-endian bytes)', (dtype, bytes, expected) => {
    expect([...decodeToFloat32(dtype as never, bytes)]).toEqual(expected.map((v) => Math.fround(v)));
  });

  it("F32 bytes handed over ('owned') and filling their buffer are viewed in place; borrowed ones, or a sub-view, are copied", () => {
    const bytes = new Uint8Array(new Float32Array([1.5, -2, 3.25]).buffer);
    const owned = decodeToFloat32('F32', bytes, {}, 'owned');
    expect(owned.buffer).toBe(bytes.buffer);
    expect([...owned]).toEqual([1.5, -2, 3.25]);
    const borrowed = decodeToFloat32('F32', bytes);
    expect(borrowed.buffer).not.toBe(bytes.buffer);
    bytes.fill(0);
    expect([...borrowed]).toEqual([1.5, -2, 3.25]);
    const padded = new Uint8Array(16);
    padded.set(new Uint8Array(new Float32Array([7, 8, 9]).buffer), 4);
    const sub = decodeToFloat32('F32', padded.subarray(4), {}, 'owned');
    expect(sub.buffer).not.toBe(padded.buffer);
    expect([...sub]).toEqual([7, 8, 9]);
    // Other dtypes always give a fresh array.
    const bf = Uint8Array.from([0x80, 0x3f]);
    expect(decodeToFloat32('BF16', bf, {}, 'owned').buffer).not.toBe(bf.buffer);
  });

  it('decodes unaligned views and leaves the input untouched', () => {
    const raw = Uint8Array.from([9, 0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0xc0]);
    const view = raw.subarray(1);
    const out = decodeToFloat32('F32', view);
    expect([...out]).toEqual([1, -2]);
    out[0] = 7;
    expect([...raw]).toEqual([9, 0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0xc0]);
  });

  it('ST_UNSUPPORTED_DTYPE for packed and 8-bit floats and complex', () => {
    for (const dtype of ['F8_E4M3', 'F4', 'C64'] as const) {
      expect(() => decodeToFloat32(dtype, new Uint8Array(8), { tensor: 't' })).toThrow(expect.objectContaining({ code: 'ST_UNSUPPORTED_DTYPE', tensor: 't' }));
    }
  });

  it('ST_DECODE_LENGTH for a partial element', () => {
    expect(() => decodeToFloat32('F32', new Uint8Array(6))).toThrow(SafetensorsError);
    expect(() => decodeToFloat32('F32', new Uint8Array(6))).toThrow(expect.objectContaining({ code: 'ST_DECODE_LENGTH' }));
  });
});
