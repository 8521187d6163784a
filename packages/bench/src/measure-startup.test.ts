import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureStartup, CLI_BIN } from './measure-startup.js';

// Unit tests run from src/, so CLI_BIN points at packages/cli/dist: present once `pnpm build` ran.
describe.skipIf(!existsSync(CLI_BIN))('measureStartup', () => {
  it('times bare node and each CLI command in the same rounds', async () => {
    const r = await measureStartup({ runs: 2 });
    expect(r.timings.map((t) => [t.id, t.until, t.runsMs.length])).toEqual([
      ['node', 'exit', 2],
      ['version', 'exit', 2],
      ['help', 'exit', 2],
      ['inspect', 'first-output', 2],
    ]);
    for (const t of r.timings) {
      expect(t.medianMs).toBeGreaterThan(0);
      expect(t.medianMs).toBeLessThan(30_000);
    }
    // The CLI cannot start faster than Node itself.
    const [node, version] = r.timings;
    expect(Math.min(...version!.runsMs)).toBeGreaterThan(Math.min(...node!.runsMs) * 0.5);
  });

  it('fails loudly when the command fails', async () => {
    await expect(measureStartup({ runs: 1, sample: '/nonexistent/model' })).rejects.toThrow(/inspect samples\/bert-seqcls exited with [12]/);
  });
});
