import { describe, expect, it } from 'vitest';
import { DEFAULT_OPSET, SUPPORTED_OPSETS, onnxIrVersion } from './opset.js';

describe('opsets', () => {
  it('maps each opset to the IR version that introduced it', () => {
    expect(SUPPORTED_OPSETS.map((o) => [o, onnxIrVersion(o)])).toEqual([
      [14, 7],
      [15, 8],
      [16, 8],
      [17, 8],
      [18, 8],
      [19, 9],
      [20, 9],
      [21, 10],
    ]);
    expect(DEFAULT_OPSET).toBe(17);
  });
  it.each([13, 22, 17.5])('refuses opset %s as a usage error', (o) => {
    expect(() => onnxIrVersion(o)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_OPSET', exitCode: 2 }));
  });
});
