import { describe, expect, it } from 'vitest';
import { roundToDtype } from './round-to-dtype.js';

describe('roundToDtype', () => {
  it("sqrt(3072) as Gemma casts it: 55.5 in bfloat16 (transformers' own comment), 55.4375 in float16", () => {
    expect(roundToDtype(Math.sqrt(3072), 'BF16')).toBe(55.5);
    expect(roundToDtype(Math.sqrt(3072), 'F16')).toBe(55.4375);
    expect(roundToDtype(Math.sqrt(3072), 'F32')).toBe(Math.fround(Math.sqrt(3072)));
    expect(roundToDtype(Math.sqrt(3072), 'F64')).toBe(Math.sqrt(3072));
  });

  it('rounds ties to even and keeps representable values', () => {
    expect(roundToDtype(4, 'BF16')).toBe(4);
    expect(roundToDtype(1 + 2 ** -8, 'BF16')).toBe(1); // tie → even significand
    expect(roundToDtype(1 + 3 * 2 ** -8, 'BF16')).toBe(1 + 2 ** -6);
    expect(roundToDtype(2 - 2 ** -30, 'F16')).toBe(2);
  });
});
