import { describe, expect, it } from 'vitest';
import { compareMemoryScaling, formatMemoryScaling, memoryScalingPoint } from './memory-scaling.js';

const quick = { name: 'bert-quick', weightsFileBytes: 22_000_000, largestTensorBytes: 8_192_000 };
const base = { name: 'bert-base', weightsFileBytes: 437_951_328, largestTensorBytes: 93_763_584 };

describe('memoryScalingPoint', () => {
  it('takes the max per target (in the order targets first ran) and overall', () => {
    const p = memoryScalingPoint(base, [
      { target: 'onnx', maxRssBytes: 160e6 },
      { target: 'tfjs', maxRssBytes: 170e6 },
      { target: 'onnx', maxRssBytes: 168e6 },
      { target: 'tfjs', maxRssBytes: 165e6 },
    ]);
    expect(p).toEqual({
      model: 'bert-base',
      weightsFileBytes: 437_951_328,
      largestTensorBytes: 93_763_584,
      peakRssBytes: 170e6,
      targets: [
        { target: 'onnx', runs: 2, peakRssBytes: 168e6 },
        { target: 'tfjs', runs: 2, peakRssBytes: 170e6 },
      ],
    });
  });

  it('refuses an empty list', () => {
    expect(() => memoryScalingPoint(base, [])).toThrow(RangeError);
  });
});

describe('compareMemoryScaling / formatMemoryScaling', () => {
  const small = memoryScalingPoint(quick, [
    { target: 'onnx', maxRssBytes: 120e6 },
    { target: 'tfjs', maxRssBytes: 131e6 },
  ]);
  const large = memoryScalingPoint(base, [
    { target: 'onnx', maxRssBytes: 168e6 },
    { target: 'tfjs', maxRssBytes: 173e6 },
  ]);

  it('orders the points by weights size and computes growth and ratio', () => {
    const m = compareMemoryScaling(large, small);
    expect(m.small.model).toBe('bert-quick');
    expect(m.large.model).toBe('bert-base');
    expect(m.growthBytes).toBe(42e6);
    expect(m.weightsRatio).toBeCloseTo(19.9, 1);
    expect(compareMemoryScaling(small, large)).toEqual(m);
  });

  it('prints one summary line and one line per target', () => {
    expect(formatMemoryScaling(compareMemoryScaling(small, large))).toEqual([
      'peak RSS vs model size: 22 MB → 131 MB, 438 MB → 173 MB (growth 42 MB for 20× the weights)',
      '    max over 2 conversions of bert-quick and 2 conversions of bert-base; per target: onnx 120 MB → 168 MB, tfjs 131 MB → 173 MB; largest tensor 8.2 MB → 94 MB',
    ]);
  });

  it('says so when the larger model peaked lower, and shows small ratios with a decimal', () => {
    const bigger = memoryScalingPoint({ ...quick, name: 'q2', weightsFileBytes: 55_000_000 }, [{ target: 'onnx', maxRssBytes: 125e6 }]);
    const [line, detail] = formatMemoryScaling(compareMemoryScaling(small, bigger));
    expect(line).toBe('peak RSS vs model size: 22 MB → 131 MB, 55 MB → 125 MB (6.0 MB less for 2.5× the weights)');
    expect(detail).toContain('1 conversion of q2; per target: onnx 120 MB → 125 MB;');
  });
});
