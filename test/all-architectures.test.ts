import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENCODER_FAMILIES, SUPPORTED } from '@mlpack/architectures';
import { convertModel } from '@mlpack/convert';
import { generateSample } from '@mlpack/samples';
import type { SampleFamily } from '@mlpack/samples';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { verifyConversion } from '@mlpack/verify';
import { CHECKER_SKIP_REASON, checkOnnxModels, checkerAvailable } from './helpers/onnx-checker.js';

/** The architectures' task names → the sample generator's head names. */
const HEAD_OF_TASK: Record<string, 'base' | 'sequence-classification' | 'token-classification' | 'question-answering' | 'masked-lm'> = {
  'feature-extraction': 'base',
  'text-classification': 'sequence-classification',
  'token-classification': 'token-classification',
  'question-answering': 'question-answering',
  'fill-mask': 'masked-lm',
};

// Encoders: ONNX + TF.js for every head. (Decoders, ONNX only, are covered by test/decoders.test.ts.)
const cases = SUPPORTED.filter((s) => ENCODER_FAMILIES.includes(s.family)).flatMap((s) => s.tasks.map((task) => ({ family: s.family as SampleFamily, task })));

let tmp: string;
const onnxModels: string[] = [];
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-arch-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

describe('every supported architecture x head: ONNX and TF.js match the independent reference', () => {
  it('covers 7 families x 5 tasks', () => {
    expect(new Set(cases.map((c) => c.family)).size).toBe(7);
    expect(cases).toHaveLength(35);
  });

  it.each(cases)('$family / $task', async ({ family, task }) => {
    const model = join(tmp, `${family}-${task}`);
    await generateSample({ family, head: HEAD_OF_TASK[task]!, seed: 7 }, model);
    const out = join(tmp, `${family}-${task}-out`);
    const { manifest } = await convertModel(model, { out, targets: ['onnx', 'tfjs'] });
    expect(manifest.task).toBe(task);
    onnxModels.push(join(out, 'onnx', 'model.onnx'));
    const report = await verifyConversion(model, out, { target: 'all', atol: 1e-4, rtol: 1e-3 });
    const failed = report.comparisons.filter((c) => !c.ok);
    expect(report.errors, JSON.stringify(report.errors)).toEqual([]);
    expect(failed, JSON.stringify(failed)).toEqual([]);
    // onnx vs reference, tfjs vs reference and tfjs vs onnx for every output.
    expect(report.comparisons.length).toBe(3 * manifest.signature.outputs.length);
    for (const c of report.comparisons) expect(c.max_abs).toBeLessThan(1e-4);
    expect(report.ok).toBe(true);
  });

  it.skipIf(!checkerAvailable)(`every emitted model passes onnx.checker (full_check)${checkerAvailable ? '' : ` — ${CHECKER_SKIP_REASON}`}`, async () => {
    expect(onnxModels.length).toBe(35);
    expect(await checkOnnxModels(onnxModels)).toEqual([]);
  });
});
