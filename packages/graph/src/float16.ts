/**
 * IEEE 754 half (F16) and bfloat16 (BF16) conversions, bit-exact, for initializer transforms.
 * (This package depends on core only, so it keeps its own small codec.)
 */

/** One float32 seen as its bits (typed-array views of one buffer: faster than a DataView in V8, and endian-neutral). */
const scratchF32 = new Float32Array(1);
const scratchU32 = new Uint32Array(scratchF32.buffer);

const F16_EXP_MASK = 0x1f;
const F16_MANT_BITS = 10;
const F16_EXP_BIAS = 15;
const F32_EXP_BIAS = 127;
/** 2^-24: the value of the lowest F16 mantissa bit in subnormals. */
const F16_SUBNORMAL_UNIT = 2 ** -24;

export function f16BitsToF32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> F16_MANT_BITS) & F16_EXP_MASK;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * F16_SUBNORMAL_UNIT;
  if (exp === F16_EXP_MASK) return mant ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + mant / 1024) * 2 ** (exp - F16_EXP_BIAS);
}

/** Nearest F16 (ties to even); overflow gives ±Infinity, NaN stays NaN. */
export function f32ToF16Bits(value: number): number {
  scratchF32[0] = value;
  return f32BitsToF16Bits(scratchU32[0]!);
}

/** `f32ToF16Bits` from the float32's bit pattern (what a Uint32Array view of float32 data holds). */
export function f32BitsToF16Bits(x: number): number {
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - F32_EXP_BIAS + F16_EXP_BIAS;
  if (e >= F16_EXP_MASK) return sign | 0x7c00;
  if (e <= 0) {
    // Subnormal F16 (or zero): shift the 24-bit significand so its unit is 2^-24.
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && (half & 1) === 1)) half++;
    return sign | half;
  }
  let h = (e << F16_MANT_BITS) | (mant >>> 13);
  const rest = mant & 0x1fff;
  // A carry out of the mantissa correctly bumps the exponent (up to Infinity).
  if (rest > 0x1000 || (rest === 0x1000 && (h & 1) === 1)) h++;
  return sign | h;
}

export function bf16BitsToF32(b: number): number {
  scratchU32[0] = (b & 0xffff) << 16;
  return scratchF32[0]!;
}

let f16Table: Float32Array | undefined;
/** Every float16 bit pattern's float32 value (256 KiB, built on first use): one load per element. */
export function f16ToF32Table(): Float32Array {
  if (f16Table === undefined) {
    f16Table = new Float32Array(65536);
    for (let h = 0; h < 65536; h++) f16Table[h] = f16BitsToF32(h);
  }
  return f16Table;
}
