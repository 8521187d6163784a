/**
 * Variants end to end through convertModel: the files transformers.js looks for, one targets entry
 * per variant with its dtype, the parity gate recorded (or refusing), usage errors for dtypes the
 * targets cannot take. The gate is @mlpack/verify's (a devDependency: convert does not import it).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOnnxModelInfo } from '@mlpack/onnx';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { variantParityGate } from '@mlpack/verify';
import type { ConversionManifest, TargetParity } from './conversion-manifest.js';
import { convertModel } from './convert-model.js';
import type { ParityGate } from './parity-gate.js';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-variants-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

const sample = join(samplesRoot, 'bert-seqcls');
const ALL = ['fp32', 'fp16', 'q8', 'q4', 'q4f16', 'uint8', 'uint16'];

describe('convertModel --dtype', () => {
  it('writes every variant under the names transformers.js loads, each gated and recorded', async () => {
    const out = join(tmp, 'all');
    const r = await convertModel(sample, { out, targets: ['onnx', 'tfjs'], dtypes: ALL, parityGate: variantParityGate });
    const m = JSON.parse(await readFile(join(out, 'mlpack.json'), 'utf8')) as ConversionManifest;
    expect(r.manifest).toEqual(m);
    expect(m.targets.map((t) => [t.format, t.dtype, t.path])).toEqual([
      ['onnx', 'fp32', 'onnx/model.onnx'],
      ['onnx', 'fp16', 'onnx/model_fp16.onnx'],
      ['onnx', 'q8', 'onnx/model_quantized.onnx'],
      ['onnx', 'q4', 'onnx/model_q4.onnx'],
      ['onnx', 'q4f16', 'onnx/model_q4f16.onnx'],
      ['tfjs', 'fp32', 'tfjs/model.json'],
      ['tfjs', 'fp16', 'tfjs_fp16/model.json'],
      ['tfjs', 'uint8', 'tfjs_uint8/model.json'],
      ['tfjs', 'uint16', 'tfjs_uint16/model.json'],
    ]);
    expect(m.options['dtypes']).toEqual(ALL);
    expect(m.options['block_size']).toBe(32);
    for (const t of m.targets) {
      expect(t.parity?.ok, t.path).toBe(true);
      expect(t.parity?.measured['finite'], t.path).toBe(true);
    }
    // The fp16 variant is within its elementwise gate; q8 is judged on cosine and argmax.
    const fp16 = m.targets.find((t) => t.dtype === 'fp16' && t.format === 'onnx')!.parity!;
    expect(fp16.gate).toMatchObject({ atol: 2e-2, rtol: 1e-2, min_cosine: 0.999, min_argmax_agreement: 1 });
    expect(fp16.measured['max_abs']).toBeLessThan(2e-2);
    const q8 = m.targets.find((t) => t.dtype === 'q8')!.parity!;
    expect(q8.gate['atol']).toBeUndefined();
    expect(q8.measured['min_cosine']).toBeGreaterThanOrEqual(q8.gate['min_cosine']!);

    // Sizes: fp16 about half of fp32, int4 well below int8.
    const size = async (p: string): Promise<number> => (await stat(join(out, p))).size;
    const fp32 = await size('onnx/model.onnx');
    expect((await size('onnx/model_fp16.onnx')) / fp32).toBeLessThan(0.65);
    expect(await size('onnx/model_q4.onnx')).toBeLessThan(await size('onnx/model_quantized.onnx'));
    // The ops each variant is made of.
    const ops = async (p: string): Promise<string[]> => (await readOnnxModelInfo(join(out, p))).nodes.map((n) => n.opType);
    expect(await ops('onnx/model_quantized.onnx')).toEqual(expect.arrayContaining(['DynamicQuantizeLinear', 'MatMulInteger']));
    expect(await ops('onnx/model_q4.onnx')).toContain('MatMulNBits');
    expect(await ops('onnx/model.onnx')).not.toContain('MatMulNBits');
    const meta = (await readOnnxModelInfo(join(out, 'onnx/model_q4f16.onnx'))).metadata;
    expect(meta.find((x) => x.key === 'mlpack.dtype')?.value).toBe('q4f16');
    const uint8 = JSON.parse(await readFile(join(out, 'tfjs_uint8/model.json'), 'utf8')) as {
      weightsManifest: { weights: { quantization?: { dtype: string } }[] }[];
    };
    expect(uint8.weightsManifest[0]!.weights.some((w) => w.quantization?.dtype === 'uint8')).toBe(true);
  });

  it('a variant that misses its gate is not written (CONVERT_PARITY_FAILED names output and metric), unless allowDegraded', async () => {
    // A gate that reports a miss for q8, to exercise the refusal without depending on numerics.
    const miss: TargetParity = {
      gate: { min_cosine: 0.99 },
      measured: { min_cosine: 0.5, finite: true },
      ok: false,
      misses: [{ output: 'logits', metric: 'cosine', value: 0.5, limit: 0.99 }],
    };
    const gate: ParityGate = async ({ manifest }) =>
      Object.fromEntries(manifest.targets.map((t) => [t.path, t.dtype === 'q8' ? miss : { gate: {}, measured: {}, ok: true }]));
    const out = join(tmp, 'refused');
    await expect(convertModel(sample, { out, dtypes: ['fp32', 'q8'], parityGate: gate })).rejects.toMatchObject({
      code: 'CONVERT_PARITY_FAILED',
      tensor: 'logits',
      message: expect.stringContaining('onnx/model_quantized.onnx (q8) misses its parity gate: output "logits" cosine 0.5 (gate 0.99)'),
    });
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await readdir(tmp)).filter((n) => n.includes('refused'))).toEqual([]);

    const kept = join(tmp, 'kept');
    const r = await convertModel(sample, { out: kept, dtypes: ['fp32', 'q8'], parityGate: gate, allowDegraded: true });
    expect(r.manifest.targets.find((t) => t.dtype === 'q8')!.parity).toEqual({ ...miss, degraded: true });
    expect(r.manifest.options['allow_degraded']).toBe(true);
  });

  it.each([
    [['tfjs'], ['q8'], /dtype q8 cannot be written for --to tfjs: it is a onnx variant/],
    [['onnx'], ['uint8'], /dtype uint8 cannot be written for --to onnx: it is a tfjs variant/],
    [['onnx', 'tfjs'], ['q4'], /has no variant for the tfjs target/],
    [['onnx'], ['int3'], /unknown dtype "int3"/],
  ] as const)('--to %j --dtype %j is CONVERT_BAD_DTYPE (exit 2)', async (targets, dtypes, message) => {
    await expect(convertModel(sample, { out: join(tmp, 'never'), targets, dtypes })).rejects.toMatchObject({
      code: 'CONVERT_BAD_DTYPE',
      exitCode: 2,
      message: expect.stringMatching(message),
    });
  });
});
