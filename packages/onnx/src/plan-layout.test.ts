import { describe, expect, it } from 'vitest';
import { EXTERNAL_ALIGNMENT, EXTERNAL_LARGE_ALIGNMENT, EXTERNAL_MIN_BYTES, chooseLayout, planExternal } from './plan-layout.js';
import type { LayoutPlan } from './plan-layout.js';

describe('external data layout', () => {
  it('keeps small tensors inline and aligns the others', () => {
    const plan = planExternal([100, 1024, 5000, 2 << 20, 1023, 4096]);
    expect(plan.placements).toEqual([
      { location: 'inline', offset: 0, length: 100 },
      { location: 'external', offset: 0, length: 1024 },
      { location: 'external', offset: 4096, length: 5000 },
      // >= 1 MiB: 64 KiB alignment (12288 → 65536).
      { location: 'external', offset: 65536, length: 2 << 20 },
      { location: 'inline', offset: 0, length: 1023 },
      { location: 'external', offset: 65536 + (2 << 20), length: 4096 },
    ]);
    expect(plan.dataFileSize).toBe(65536 + (2 << 20) + 4096);
    for (const p of plan.placements) if (p.location === 'external') expect(p.offset % EXTERNAL_ALIGNMENT).toBe(0);
    expect(EXTERNAL_LARGE_ALIGNMENT % EXTERNAL_ALIGNMENT).toBe(0);
    expect(EXTERNAL_MIN_BYTES).toBe(1024);
  });

  it('auto goes external only above the limit; never and always do as they say', () => {
    const lengths = [600, 2000, 3000];
    // A stand-in for the model size: 100 bytes of structure plus the inline tensor bytes.
    const size = (p: LayoutPlan): number => 100 + p.placements.reduce((a, x) => a + (x.location === 'inline' ? x.length : 0), 0);
    const where = (r: { plan: LayoutPlan }): string[] => r.plan.placements.map((p) => p.location);
    expect(chooseLayout(lengths, 'auto', size, 5700)).toMatchObject({ modelSize: 5700 });
    expect(where(chooseLayout(lengths, 'auto', size, 5700))).toEqual(['inline', 'inline', 'inline']);
    const auto = chooseLayout(lengths, 'auto', size, 5699);
    expect(where(auto)).toEqual(['inline', 'external', 'external']);
    expect(auto.modelSize).toBe(700);
    expect(chooseLayout(lengths, 'never', size, 10).modelSize).toBe(5700);
    expect(where(chooseLayout(lengths, 'always', size))).toEqual(['inline', 'external', 'external']);
  });
});
