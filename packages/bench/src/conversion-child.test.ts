import { describe, expect, it } from 'vitest';
import { peakRssBytes } from './conversion-child.js';

describe('peakRssBytes', () => {
  it('is this process’s own high-water mark and grows with memory touched', () => {
    const before = peakRssBytes();
    expect(before).toBeGreaterThan(10e6);
    const big = Buffer.alloc(128 * 1024 * 1024, 1); // every page touched
    expect(peakRssBytes()).toBeGreaterThanOrEqual(before + (process.platform === 'linux' ? 100e6 : 0));
    expect(big[big.length - 1]).toBe(1);
  });
});
