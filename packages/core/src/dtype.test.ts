import { describe, expect, it } from 'vitest';
import { DTYPES, DTYPE_INFO, byteLengthOf, elementCount, isDType } from './dtype.js';

describe('dtype table', () => {
  it('has the 22 safetensors dtypes', () => {
    expect(DTYPES).toHaveLength(22);
    expect(new Set(DTYPES).size).toBe(22);
    expect(Object.keys(DTYPE_INFO).sort()).toEqual([...DTYPES].sort());
  });
  it('knows ONNX codes of the common types', () => {
    expect(DTYPE_INFO.F32.onnx).toBe(1);
    expect(DTYPE_INFO.F16.onnx).toBe(10);
    expect(DTYPE_INFO.BF16.onnx).toBe(16);
    expect(DTYPE_INFO.I64.onnx).toBe(7);
    expect(DTYPE_INFO.BOOL.onnx).toBe(9);
  });
  it('rejects near-miss names', () => {
    expect(isDType('F32')).toBe(true);
    expect(isDType('f32')).toBe(false);
    expect(isDType('FLOAT')).toBe(false);
    expect(isDType(32)).toBe(false);
  });
  it('computes byte lengths with BigInt, packed types included', () => {
    expect(byteLengthOf('F32', elementCount([2, 3]))).toBe(24n);
    expect(byteLengthOf('F4', 3n)).toBeUndefined();
    expect(byteLengthOf('F4', 4n)).toBe(2n);
    expect(byteLengthOf('F6_E2M3', 4n)).toBe(3n);
    expect(elementCount([])).toBe(1n);
    expect(elementCount([2 ** 40, 2 ** 40])).toBe(2n ** 80n);
  });
});
