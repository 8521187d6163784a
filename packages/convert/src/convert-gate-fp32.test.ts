/**
 * fp32 at convert time: an fp32-only conversion is not judged (no `parity` in mlpack.json;
 * `mlpack verify` is its gate), `gateFp32` judges it like any variant, and a miss then refuses
 * the conversion.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { variantParityGate } from '@mlpack/verify';
import { convertModel } from './convert-model.js';
import type { ParityGate } from './parity-gate.js';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-gate-fp32-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

const sample = join(samplesRoot, 'distilbert');

describe('the fp32 gate at convert time', () => {
  it('fp32 alone: the gate does not run, nothing is recorded', async () => {
    let calls = 0;
    const gate: ParityGate = async (c) => {
      calls++;
      return variantParityGate(c);
    };
    const r = await convertModel(sample, { out: join(tmp, 'plain'), parityGate: gate });
    expect(calls).toBe(0);
    expect(r.manifest.targets.map((t) => t.parity)).toEqual([undefined]);
  });

  it('gateFp32: judged with the fp32 limits and recorded', async () => {
    const r = await convertModel(sample, { out: join(tmp, 'gated'), parityGate: variantParityGate, gateFp32: true });
    const p = r.manifest.targets[0]!.parity!;
    expect(p.ok).toBe(true);
    expect(p.gate).toEqual({ atol: 1e-4, rtol: 1e-3, min_cosine: 0.9999, min_argmax_agreement: 1 });
    expect(p.measured['min_argmax_agreement']).toBe(1);
    expect(p.measured['max_abs']).toBeLessThan(1e-4);
    expect(p.measured['min_cosine']).toBeGreaterThan(0.9999);
  });

  it('gateFp32 with a miss: CONVERT_PARITY_FAILED, nothing written', async () => {
    const gate: ParityGate = async ({ manifest }) =>
      Object.fromEntries(
        manifest.targets.map((t) => [
          t.path,
          { gate: { atol: 1e-4 }, measured: { max_abs: 0.5 }, ok: false, misses: [{ output: 'logits', metric: 'elementwise', value: 0.5, limit: 1e-4 }] },
        ]),
      );
    const out = join(tmp, 'refused');
    await expect(convertModel(sample, { out, parityGate: gate, gateFp32: true })).rejects.toMatchObject({ code: 'CONVERT_PARITY_FAILED', tensor: 'logits' });
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
