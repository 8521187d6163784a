import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BERT_MULTI_GB_SPEC, BERT_QUICK_SPEC, formatMultiGbReport, planBertTensors, runMultiGb, summarizePlan } from '@mlpack/bench';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { cliBin } from './helpers/cli.js';

/**
 * The `pnpm bench --multi-gb` chain on a tiny model (the real 2.69 GB run is opt-in, not in CI):
 * every step runs the built CLI and reports a time and a peak RSS.
 */
let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-multigb-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

describe('bench --multi-gb', () => {
  it("the default spec is past protobuf's 2 GiB limit and above 2.5 GB", () => {
    const { params } = summarizePlan(planBertTensors(BERT_MULTI_GB_SPEC));
    expect(params * 4).toBeGreaterThan(2.5e9);
    expect(params * 4).toBeGreaterThan(2 ** 31);
  });

  it('runs convert, verify, bundle, unbundle, verify-bundle on a tiny model, each measured', async () => {
    const spec = { ...BERT_QUICK_SPEC, name: 'tiny-multi', hidden: 32, layers: 2, heads: 2, intermediate: 64, vocabSize: 200 };
    const r = await runMultiGb({ cacheRoot: join(tmp, 'cache'), cliBin, spec });
    expect(r.steps.map((s) => s.step)).toEqual(['convert onnx', 'convert tfjs', 'verify onnx', 'bundle', 'unbundle', 'verify bundle']);
    for (const s of r.steps) {
      expect(s.wallMs).toBeGreaterThan(0);
      expect(s.peakRssBytes).toBeGreaterThan(20e6); // a node process: tens of MB at least
      expect(s.peakRssBytes).toBeLessThan(2e9);
    }
    expect(r.externalDataBytes).toBe(0); // tiny: inline
    expect(r.bundleBytes).toBeGreaterThan(0);
    expect(formatMultiGbReport(r)).toMatch(/convert onnx .* peak RSS .* \(goal <= \d+ MB\)/);
  });
});
