import { describe, expect, it } from 'vitest';
import { bf16ToF32, f16ToF32 } from '@mlpack/safetensors';
import { encodeTensor, f32ToBf16 } from './encode-tensor.js';

const f32Bits = (x: number) => {
  const v = new DataView(new ArrayBuffer(4));
  v.setFloat32(0, x, true);
  return v.getUint32(0, true);
};
const fromBits = (bits: number) => {
  const v = new DataView(new ArrayBuffer(4));
  v.setUint32(0, bits >>> 0, true);
  return v.getFloat32(0, true);
};

describe('f32ToBf16', () => {
  it('keeps exactly representable values', () => {
    expect(f32ToBf16(1)).toBe(0x3f80);
    expect(f32ToBf16(-2)).toBe(0xc000);
    expect(f32ToBf16(0)).toBe(0x0000);
    expect(f32ToBf16(-0)).toBe(0x8000);
    expect(f32ToBf16(Infinity)).toBe(0x7f80);
    expect(f32ToBf16(-Infinity)).toBe(0xff80);
  });
  it('rounds to nearest, ties to even', () => {
    // 1 + 2^-8 is exactly halfway between bf16 1.0 (0x3F80, even) and 1.0078125 (0x3F81): stays even.
    expect(f32ToBf16(fromBits(0x3f808000))).toBe(0x3f80);
    // Halfway above an odd mantissa rounds up to the even one.
    expect(f32ToBf16(fromBits(0x3f818000))).toBe(0x3f82);
    // Just above halfway rounds up; just below rounds down.
    expect(f32ToBf16(fromBits(0x3f808001))).toBe(0x3f81);
    expect(f32ToBf16(fromBits(0x3f807fff))).toBe(0x3f80);
    // The largest finite float32 rounds to infinity in bf16.
    expect(f32ToBf16(fromBits(0x7f7fffff))).toBe(0x7f80);
  });
  it('keeps NaN a NaN (never rounds it into infinity)', () => {
    expect(f32ToBf16(fromBits(0x7f800001)) & 0x7f).not.toBe(0);
    expect(Number.isNaN(bf16ToF32(f32ToBf16(Number.NaN)))).toBe(true);
    expect(f32ToBf16(fromBits(0xffffffff))).toBe(0xffc0);
  });
});

describe('encodeTensor', () => {
  const values = new Float32Array([1, -0.5, 0.1, 3.14159, 65504, 1e-8]);
  it('writes little-endian float32', () => {
    const bytes = encodeTensor(values, 'F32');
    expect(bytes.length).toBe(24);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < values.length; i++) expect(view.getUint32(i * 4, true)).toBe(f32Bits(values[i]!));
    expect([...bytes.subarray(0, 4)]).toEqual([0x00, 0x00, 0x80, 0x3f]);
  });
  it('rounds to F16 and BF16 within half a unit in the last place', () => {
    const h = new DataView(encodeTensor(values, 'F16').buffer);
    const b = new DataView(encodeTensor(values, 'BF16').buffer);
    for (let i = 0; i < values.length; i++) {
      const x = values[i]!;
      const hx = f16ToF32(h.getUint16(i * 2, true));
      const bx = bf16ToF32(b.getUint16(i * 2, true));
      expect(Math.abs(bx - x)).toBeLessThanOrEqual(Math.abs(x) * 2 ** -8);
      if (Math.abs(x) >= 2 ** -14) expect(Math.abs(hx - x)).toBeLessThanOrEqual(Math.abs(x) * 2 ** -11);
    }
    expect(h.getUint16(0, true)).toBe(0x3c00);
    expect(h.getUint16(8, true)).toBe(0x7bff); // 65504, the largest half
    expect(b.getUint16(2, true)).toBe(0xbf00); // -0.5
  });
});
