import { readdir } from 'node:fs/promises';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { benchSafetensors } from './safetensors-bench.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-bench-st-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('benchSafetensors', () => {
  it('measures parse time and both throughputs on a small file, then cleans up', async () => {
    const r = await benchSafetensors(dir, { targetBytes: 8 * 1024 * 1024, runs: 1 });
    // 2 tensors of 4 MiB plus an 8-byte-aligned header for 2 entries
    expect(r.fileBytes).toBeGreaterThan(8 * 1024 * 1024);
    expect(r.fileBytes).toBeLessThan(8 * 1024 * 1024 + 512);
    expect((r.fileBytes - 8 * 1024 * 1024) % 8).toBe(0);
    for (const v of [r.headerParseMs1000, r.readMBps, r.cpMBps, r.readOverCp]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThan(0);
    }
    expect(r.readOverCp).toBeCloseTo(r.readMBps / r.cpMBps, 10);
    expect(await readdir(dir)).toEqual([]);
  });
});
