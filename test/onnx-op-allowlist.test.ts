import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED } from '@mlpack/architectures';
import { convertModel } from '@mlpack/convert';
import { SUPPORTED_OPSETS } from '@mlpack/onnx';
import { generateSample, isSupportedSample, SAMPLE_FAMILIES } from '@mlpack/samples';
import type { SampleFamily } from '@mlpack/samples';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { allowedOnnxOps, readOnnxOps } from '@mlpack/verify';

/**
 * The operator allow-list that `verify` applies before running a model must cover everything the
 * emitter produces: every supported family (a family added later is picked up from SUPPORTED) at
 * every supported opset. When this fails after a new op was added to the graph IR or the
 * lowering, add it to MLPACK_ONNX_OPS (packages/verify/src/onnx-op-allowlist.ts) — unless it is
 * control flow, which no conversion may contain.
 */
const HEAD_OF_TASK: Record<string, 'base' | 'sequence-classification' | 'token-classification' | 'question-answering' | 'masked-lm' | 'causal-lm'> = {
  'feature-extraction': 'base',
  'text-generation': 'causal-lm',
  'text-classification': 'sequence-classification',
  'token-classification': 'token-classification',
  'question-answering': 'question-answering',
  'fill-mask': 'masked-lm',
};
const CONTROL_FLOW = ['If', 'Loop', 'Scan', 'SequenceMap'];

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-ops-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

describe('the ONNX op allow-list covers every family at every opset, and holds no control flow', () => {
  it('no control flow in any list', () => {
    for (const s of SUPPORTED) for (const op of CONTROL_FLOW) expect(allowedOnnxOps(s.family)).not.toContain(op);
  });
  // Every head at the lowest and highest opset (decomposed vs native LayerNormalization and Gelu);
  // opset 17 is covered by test/all-architectures.test.ts, whose verify runs this same check.
  const opsets = [SUPPORTED_OPSETS[0], SUPPORTED_OPSETS[SUPPORTED_OPSETS.length - 1]!];
  const sampled = SUPPORTED.filter((s) => (SAMPLE_FAMILIES as readonly string[]).includes(s.family));
  const cases = sampled.flatMap((s) =>
    s.tasks
      .filter((t) => HEAD_OF_TASK[t] && isSupportedSample(s.family as SampleFamily, HEAD_OF_TASK[t]))
      .map((task) => ({ family: s.family as SampleFamily, task })),
  );
  it.each(cases)('$family / $task', async ({ family, task }) => {
    const model = join(tmp, `${family}-${task}`);
    await generateSample({ family, head: HEAD_OF_TASK[task]!, seed: 3 }, model);
    const seen = new Set<string>();
    for (const opset of opsets) {
      const out = join(tmp, `${family}-${task}-${opset}`);
      const { manifest } = await convertModel(model, { out, targets: ['onnx'], opset });
      const ops = await readOnnxOps(join(out, 'onnx', 'model.onnx'));
      expect(ops.opsetDomains).toEqual(['']);
      expect(ops.hasFunctions || ops.hasTrainingInfo).toBe(false);
      for (const op of ops.ops) seen.add(op);
      const allowed = new Set(allowedOnnxOps(manifest.source.model_type));
      expect(
        ops.ops.filter((o) => !o.startsWith(':') || !allowed.has(o.slice(1))),
        `opset ${opset}`,
      ).toEqual([]);
    }
    expect(seen.has(':MatMul')).toBe(true);
  });
});
