/**
 * Bundles of a conversion with weight variants: every ONNX variant is bundled (transformers.js
 * names; Triton: one model per variant), judged on the goldens by its dtype's gate and recorded as
 * its target's `parity`; `verify <bundle>` re-runs each; a variant that misses refuses the bundle,
 * unless the conversion recorded it as degraded.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertModel } from '@mlpack/convert';
import type { ParityGate } from '@mlpack/convert';
import { loopOnnxModel, makeTempDir, removeTempDir, replaceListedFile, samplesRoot } from '@mlpack/test-utils';
import { PARITY_GATES, variantParityGate } from '@mlpack/verify';
import { scaleLinearWeight } from './__fixtures__/break-variant.js';
import { bundleModel } from './bundle-model.js';
import { unbundle } from './unbundle.js';
import { verifyBundle } from './verify-bundle.js';

const MODEL = join(samplesRoot, 'bert-seqcls');
const DTYPES = ['fp32', 'fp16', 'q8', 'q4', 'q4f16'];

let tmp: string;
let converted: string;
let n = 0;
const fresh = (name: string): string => join(tmp, `${n++}-${name}`);

beforeAll(async () => {
  tmp = await makeTempDir('mlpack-bundle-variants-');
  converted = (await convertModel(MODEL, { out: join(tmp, 'converted'), dtypes: DTYPES, parityGate: variantParityGate })).outDir;
});
afterAll(async () => {
  if (tmp) await removeTempDir(tmp);
});

describe('bundling weight variants', () => {
  it('transformers.js: every variant bundled under its transformers.js name, each with its gate and measured values; verify re-checks each', async () => {
    const b = await bundleModel(converted, { model: MODEL, name: 'v', version: '1.0.0', out: fresh('v.tar.gz') });
    const m = b.manifest;
    expect(m.targets.map((t) => [t.format === 'onnx' ? t.dtype : undefined, t.path])).toEqual([
      ['fp32', 'onnx/model.onnx'],
      ['fp16', 'onnx/model_fp16.onnx'],
      ['q8', 'onnx/model_quantized.onnx'],
      ['q4', 'onnx/model_q4.onnx'],
      ['q4f16', 'onnx/model_q4f16.onnx'],
    ]);
    // fp32 carries the goldens (atol / rtol); each variant its bundle-time verdict on them.
    expect(m.targets[0]!.parity).toBeUndefined();
    for (const t of m.targets.slice(1)) {
      const dtype = t.format === 'onnx' ? t.dtype! : 'fp32';
      expect(t.parity?.ok, t.path).toBe(true);
      expect(t.parity?.gate['min_cosine'], t.path).toBe(PARITY_GATES[dtype].min_cosine);
      expect(t.parity?.measured['min_cosine'], t.path).toBeGreaterThanOrEqual(PARITY_GATES[dtype].min_cosine);
      expect(t.parity?.measured['finite'], t.path).toBe(true);
    }
    expect(b.variants.map((v) => v.dtype)).toEqual(['fp16', 'q8', 'q4', 'q4f16']);
    expect(m.files.map((f) => f.path).filter((p) => p.startsWith('onnx/'))).toEqual([
      'onnx/model.onnx',
      'onnx/model_fp16.onnx',
      'onnx/model_q4.onnx',
      'onnx/model_q4f16.onnx',
      'onnx/model_quantized.onnx',
    ]);
    const report = await verifyBundle(b.path);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.goldens.variants?.map((v) => [v.dtype, v.path, v.ok])).toEqual([
      ['fp16', 'onnx/model_fp16.onnx', true],
      ['q8', 'onnx/model_quantized.onnx', true],
      ['q4', 'onnx/model_q4.onnx', true],
      ['q4f16', 'onnx/model_q4f16.onnx', true],
    ]);
    // Re-measured on the same inputs: the same numbers as recorded.
    for (const v of report.goldens.variants!) expect(v.measured.min_cosine).toBe(m.targets.find((t) => t.path === v.path)!.parity!.measured['min_cosine']);
  });

  it('Triton: one model per variant (<name>_<dtype>/config.pbtxt + <version>/model.onnx), each re-checked', async () => {
    const b = await bundleModel(converted, { model: MODEL, name: 'sst2', version: '1.0.0', out: fresh('t.tar.gz'), layout: 'triton' });
    expect(b.manifest.targets.map((t) => t.path)).toEqual([
      'sst2/1/model.onnx',
      'sst2_fp16/1/model.onnx',
      'sst2_q8/1/model.onnx',
      'sst2_q4/1/model.onnx',
      'sst2_q4f16/1/model.onnx',
    ]);
    expect(b.manifest.files.map((f) => f.path).filter((p) => p.endsWith('config.pbtxt'))).toEqual([
      'sst2/config.pbtxt',
      'sst2_fp16/config.pbtxt',
      'sst2_q4/config.pbtxt',
      'sst2_q4f16/config.pbtxt',
      'sst2_q8/config.pbtxt',
    ]);
    const dir = fresh('triton');
    await unbundle(b.path, { out: dir });
    expect(await readFile(join(dir, 'sst2_q8', 'config.pbtxt'), 'utf8')).toMatch(/^name: "sst2_q8"\nplatform: "onnxruntime_onnx"\n/);
    const report = await verifyBundle(dir);
    expect(report.ok).toBe(true);
    expect(report.goldens.variants?.map((v) => v.path)).toEqual([
      'sst2_fp16/1/model.onnx',
      'sst2_q8/1/model.onnx',
      'sst2_q4/1/model.onnx',
      'sst2_q4f16/1/model.onnx',
    ]);
  });

  it('a variant that misses its gate on the goldens refuses the bundle (BUNDLE_PARITY_FAILED naming the file, output and metric)', async () => {
    const broken = fresh('broken');
    await cp(converted, broken, { recursive: true });
    // The q8 file keeps the classifier head float32: negate it, so every prediction flips.
    await scaleLinearWeight(broken, MODEL, 'onnx/model_quantized.onnx', 'classifier.weight', -1);
    await expect(bundleModel(broken, { model: MODEL, name: 'v', version: '1.0.0', out: fresh('x.tar.gz') })).rejects.toMatchObject({
      code: 'BUNDLE_PARITY_FAILED',
      tensor: 'logits',
      message: expect.stringMatching(/the q8 variant misses its parity gate on output "logits": cosine -?\d/),
    });
  });

  it('a variant the conversion kept as degraded is bundled with its miss recorded; verify does not fail on it', async () => {
    const keep: ParityGate = async (c) => {
      const p = await variantParityGate(c);
      const q8 = c.manifest.targets.find((t) => t.dtype === 'q8')!.path;
      return { ...p, [q8]: { ...p[q8]!, ok: false, misses: [{ output: 'logits', metric: 'cosine', value: 0, limit: 1 }] } };
    };
    const degraded = (await convertModel(MODEL, { out: fresh('degraded'), dtypes: ['fp32', 'q8'], parityGate: keep, allowDegraded: true })).outDir;
    await scaleLinearWeight(degraded, MODEL, 'onnx/model_quantized.onnx', 'classifier.weight', -1);
    const b = await bundleModel(degraded, { model: MODEL, name: 'v', version: '1.0.0', out: fresh('d.tar.gz') });
    const q8 = b.manifest.targets[1]!;
    expect(q8.parity).toMatchObject({ ok: false, degraded: true });
    expect(q8.parity?.misses?.map((m) => m.metric)).toContain('argmax_agreement');
    const report = await verifyBundle(b.path);
    expect(report.ok).toBe(true);
    expect(report.goldens.variants?.[0]).toMatchObject({ dtype: 'q8', ok: false, degraded: true });
  });

  it('verify <bundle> fails a variant that no longer meets the gate its target records', async () => {
    const b = await bundleModel(converted, { model: MODEL, name: 'v', version: '1.0.0', out: fresh('s.tar.gz') });
    const dir = fresh('strict');
    await unbundle(b.path, { out: dir });
    // A gate stricter than the q4 file can meet (mlpack.json itself is not hashed without a signature).
    const manifestPath = join(dir, 'mlpack.json');
    const m = JSON.parse(await readFile(manifestPath, 'utf8')) as { targets: Array<{ dtype?: string; parity?: { gate: Record<string, number> } }> };
    m.targets.find((t) => t.dtype === 'q4')!.parity!.gate['min_cosine'] = 0.999999;
    await writeFile(manifestPath, `${JSON.stringify(m, null, 2)}\n`);
    const report = await verifyBundle(dir);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({ code: 'BUNDLE_GOLDEN_MISMATCH', file: 'onnx/model_q4.onnx', tensor: 'logits', message: expect.stringContaining('cosine') }),
    ]);
  });

  it('verify <bundle> refuses a variant holding a Loop before onnxruntime sees it (BUNDLE_MODEL_REFUSED naming the variant); the others still run', async () => {
    const b = await bundleModel(converted, { model: MODEL, name: 'v', version: '1.0.0', out: fresh('loop.tar.gz') });
    const dir = fresh('loop');
    await unbundle(b.path, { out: dir });
    // Re-packed as an attacker would: a q4 file with a Loop, its size and hash re-recorded, the signature dropped.
    await replaceListedFile(dir, 'onnx/model_q4.onnx', loopOnnxModel());
    await rm(join(dir, 'model.sig'), { force: true });
    const report = await verifyBundle(dir);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({ code: 'BUNDLE_MODEL_REFUSED', file: 'onnx/model_q4.onnx', message: expect.stringContaining('"Loop"') }),
    ]);
    expect(report.goldens.variants?.map((v) => [v.dtype, v.ok])).toEqual([
      ['fp16', true],
      ['q8', true],
      ['q4f16', true],
    ]);
  });
});
