import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, sharedFixture } from '@mlpack/test-utils';
import { openWeights } from '@mlpack/safetensors';
import { readFile } from 'node:fs/promises';
import type { HostTensor } from '@mlpack/core';
import { compareOutputs } from './compare-outputs.js';
import { readGolden } from './goldens.js';
import { createReferenceRunner } from './reference-runner.js';
import { DEFAULT_ATOL, DEFAULT_RTOL } from './tolerances.js';

/** The witness against transformers' own float64 outputs, through verify's goldens + compare. */
async function referenceVsGolden(name: string, precision: 'float64' | 'float32' = 'float64') {
  const dir = sharedFixture(name);
  const golden = await readGolden(join(dir, 'reference_hidden.json'));
  const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
  const weights = await openWeights(dir);
  try {
    const runner = createReferenceRunner({ config, weights, task: 'feature-extraction' }, { precision });
    const actual = await runner.run(golden.inputs);
    return { golden, actual };
  } finally {
    await weights.close();
  }
}

describe.skipIf(!hasSharedFixtures())('reference vs the shared transformers goldens', () => {
  it.each([
    ['tiny-bert', ['last_hidden_state', 'pooler_output']],
    ['tiny-distilbert', ['last_hidden_state']],
    ['tiny-roberta', ['last_hidden_state', 'pooler_output']],
  ])('%s passes at atol 1e-4 / rtol 1e-3 (and is far closer)', async (name, outputs) => {
    for (const precision of ['float64', 'float32'] as const) {
      const { golden, actual } = await referenceVsGolden(name, precision);
      const r = compareOutputs(actual, golden.outputs, { atol: DEFAULT_ATOL, rtol: DEFAULT_RTOL });
      expect(r.missing).toEqual([]);
      expect(r.comparisons.map((c) => c.output)).toEqual(outputs);
      expect(r.ok).toBe(true);
      for (const c of r.comparisons) {
        expect(c.max_abs as number).toBeLessThan(precision === 'float64' ? 1e-6 : 2e-6);
        expect(c.cosine as number).toBeGreaterThan(1 - 1e-9);
      }
    }
  });

  it('a golden with one value moved by 1e-3 fails, naming that output and index', async () => {
    const { golden, actual } = await referenceVsGolden('tiny-bert');
    const hidden = golden.outputs.last_hidden_state!;
    const data = Float64Array.from(hidden.data as Float64Array);
    // A value with |e| < 0.5 so that 1e-3 exceeds atol + rtol·|e| = 1e-4 + 1e-3·|e| (< 6e-4).
    const flat = data.findIndex((v, i) => i >= 100 && Math.abs(v) < 0.5);
    data[flat] = data[flat]! + 1e-3;
    const perturbed: HostTensor = { dtype: 'float64', dims: hidden.dims, data };
    const r = compareOutputs(actual, { ...golden.outputs, last_hidden_state: perturbed }, { atol: DEFAULT_ATOL, rtol: DEFAULT_RTOL });
    expect(r.ok).toBe(false);
    const bad = r.comparisons.filter((c) => !c.ok);
    expect(bad.map((c) => c.output)).toEqual(['last_hidden_state']);
    const [b, s, h] = hidden.dims as [number, number, number];
    expect(bad[0]!.first_bad!.index).toEqual([Math.floor(flat / (s * h)), Math.floor(flat / h) % s, flat % h]);
    expect(bad[0]!.first_bad!.expected).toBe(data[flat]);
    expect(bad[0]!.max_abs as number).toBeGreaterThan(9.9e-4);
    expect(b).toBe(3);
    expect(r.comparisons.find((c) => c.output === 'pooler_output')!.ok).toBe(true);
  });
});
