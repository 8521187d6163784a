import { describe, expect, it } from 'vitest';
import { broadcastDim, canonicalDim, dimProduct, dimQuotient, isValidSymbol, unifyDims } from './dim.js';

describe('symbolic dims', () => {
  it('multiplies into sorted products with a numeric coefficient', () => {
    expect(dimProduct(['sequence_length', 'batch_size', 12, 64])).toBe('768*batch_size*sequence_length');
    expect(dimProduct([2, 3])).toBe(6);
    expect(dimProduct([])).toBe(1);
    expect(canonicalDim('b*a*2*3')).toBe('6*a*b');
  });
  it('divides exactly or not at all', () => {
    expect(dimQuotient('768*batch_size*sequence_length', dimProduct(['batch_size', 768]))).toBe('sequence_length');
    expect(dimQuotient('768*batch_size', 12)).toBe('64*batch_size');
    expect(dimQuotient('768*batch_size', 7)).toBeUndefined();
    expect(dimQuotient('batch_size', 'sequence_length')).toBeUndefined();
    expect(dimQuotient(24, 4)).toBe(6);
  });
  it('unifies symbols with numbers but not with other symbols', () => {
    expect(unifyDims('a', 'a')).toBe('a');
    expect(unifyDims('a', 5)).toBe(5);
    expect(unifyDims(5, 'a')).toBe(5);
    expect(unifyDims('a', 'b')).toBeUndefined();
    expect(unifyDims(3, 4)).toBeUndefined();
    expect(broadcastDim(1, 'a')).toBe('a');
    expect(broadcastDim('a', 1)).toBe('a');
    expect(broadcastDim(1, 1)).toBe(1);
  });
  it('accepts only plain symbol names for inputs', () => {
    expect(isValidSymbol('batch_size')).toBe(true);
    expect(isValidSymbol('a*b')).toBe(false);
    expect(isValidSymbol('12')).toBe(false);
    expect(isValidSymbol('')).toBe(false);
    expect(isValidSymbol(' x')).toBe(false);
  });
});
