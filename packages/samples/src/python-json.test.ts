import { describe, expect, it } from 'vitest';
import { compareCodePoints, pyFloat, pythonFloatRepr, pythonJson, transformersJson, tokenizerJson } from './python-json.js';

describe('pythonFloatRepr', () => {
  // Expected strings are what CPython's repr() prints for these doubles.
  it.each([
    [1e-12, '1e-12'],
    [1e-5, '1e-05'],
    [1e-6, '1e-06'],
    [0.0001, '0.0001'],
    [0.02, '0.02'],
    [0.1, '0.1'],
    [10000, '10000.0'],
    [0, '0.0'],
    [-0, '-0.0'],
    [-2.5, '-2.5'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [123456789.125, '123456789.125'],
    [1.5e-7, '1.5e-07'],
    [2.2250738585072014e-308, '2.2250738585072014e-308'],
  ])('%s -> %s', (x, want) => {
    expect(pythonFloatRepr(x)).toBe(want);
  });
  it('refuses non-finite values', () => {
    expect(() => pythonFloatRepr(Number.NaN)).toThrow(RangeError);
    expect(() => pythonFloatRepr(Infinity)).toThrow(RangeError);
  });
});

describe('pythonJson', () => {
  it('writes like json.dumps(indent=2, sort_keys=True) + newline', () => {
    const text = transformersJson({ b: [1, pyFloat(2)], a: { z: null, y: true }, c: [], d: {} });
    expect(text).toBe('{\n  "a": {\n    "y": true,\n    "z": null\n  },\n  "b": [\n    1,\n    2.0\n  ],\n  "c": [],\n  "d": {}\n}\n');
  });
  it('escapes non-ASCII under ensure_ascii and keeps it otherwise', () => {
    expect(transformersJson({ l: 'café ✓ \u007f "q"\n' })).toBe('{\n  "l": "caf\\u00e9 \\u2713 \\u007f \\"q\\"\\n"\n}\n');
    expect(tokenizerJson({ l: 'café\u0001' })).toBe('{\n  "l": "café\\u0001"\n}');
  });
  it('keeps Map order even when sorting (Python sorts int keys numerically)', () => {
    const ids = new Map([
      ['2', 'b'],
      ['10', 'c'],
    ]);
    expect(transformersJson({ m: ids })).toBe('{\n  "m": {\n    "2": "b",\n    "10": "c"\n  }\n}\n');
  });
  it('refuses plain objects with integer-like keys when order matters', () => {
    expect(() => pythonJson({ b: 1, '3': 2 }, { indent: 2, sortKeys: false, ensureAscii: false })).toThrow(TypeError);
  });
  it('sorts by code point like Python, not by UTF-16 unit', () => {
    // U+1F600 is one code point above U+FFFF; its first UTF-16 unit (0xD83D) is below 0xFF5E.
    expect(compareCodePoints('\u{1F600}', '\uFF5E')).toBeGreaterThan(0);
    expect('\u{1F600}' < '\uFF5E').toBe(true);
  });
});
