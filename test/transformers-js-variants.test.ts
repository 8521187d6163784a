import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostTensorMap } from '@mlpack/core';
import { convertModel } from '@mlpack/convert';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { createOnnxRunner, variantParityGate } from '@mlpack/verify';

/**
 * transformers.js 4.3.1 loads each ONNX variant of a converted folder offline through its `dtype`
 * option (`fp32` model.onnx, `fp16` model_fp16.onnx, `q8` model_quantized.onnx, `q4` model_q4.onnx,
 * `q4f16` model_q4f16.onnx): the pipeline's scores equal softmax of that very file's logits run by
 * our onnxruntime runner on the pipeline's own tokenization. The variants differ from each other, so
 * a client that loaded another file (or fell back to fp32) would fail.
 */
let tmp: string;
let out: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-variants-');
  out = join(tmp, 'bert-seqcls');
  await convertModel(join(samplesRoot, 'bert-seqcls'), { out, dtypes: ['fp32', 'fp16', 'q8', 'q4', 'q4f16'], parityGate: variantParityGate });
});
afterAll(async () => {
  await removeTempDir(tmp);
});

const TEXTS = ['Hello world!', 'the quick brown fox jumps over the lazy dog', 'mlpack converts models without python'];
const FILES = { fp32: 'model.onnx', fp16: 'model_fp16.onnx', q8: 'model_quantized.onnx', q4: 'model_q4.onnx', q4f16: 'model_q4f16.onnx' } as const;

function softmax(row: ArrayLike<number>): number[] {
  const v = Array.from(row);
  const m = Math.max(...v);
  const e = v.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

describe('transformers.js loads every ONNX variant by dtype', () => {
  const seen = new Map<string, number[]>();
  it.each(Object.keys(FILES) as (keyof typeof FILES)[])('dtype %s', async (dtype) => {
    const { pipeline, env } = await import('@huggingface/transformers');
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = dirname(out) + '/';
    const classify = await pipeline('text-classification', basename(out), { dtype });
    const id2label = (JSON.parse(await readFile(join(out, 'config.json'), 'utf8')) as { id2label: Record<string, string> }).id2label;
    try {
      const scores = (await classify(TEXTS, { top_k: null })) as unknown as { label: string; score: number }[][];
      const inputs = classify.tokenizer(TEXTS, { padding: true, truncation: true }) as unknown as Record<string, { dims: number[]; data: BigInt64Array }>;
      const feeds: HostTensorMap = {};
      for (const [k, t] of Object.entries(inputs)) feeds[k] = { dtype: 'int64', dims: [...t.dims], data: t.data };
      const runner = await createOnnxRunner(join(out, 'onnx', FILES[dtype]));
      try {
        const { logits } = await runner.run(feeds);
        const n = logits!.dims[1]!;
        TEXTS.forEach((_, row) => {
          const want = softmax((logits!.data as Float32Array).subarray(row * n, (row + 1) * n));
          const byLabel = Array.from({ length: n }, (_, i) => scores[row]!.find((s) => s.label === id2label[String(i)])!.score);
          for (let i = 0; i < n; i++) expect(Math.abs(byLabel[i]! - want[i]!), `${dtype} row ${row} class ${i}`).toBeLessThan(1e-5);
        });
        seen.set(dtype, Array.from(logits!.data as Float32Array));
      } finally {
        await runner.dispose();
      }
    } finally {
      await classify.dispose();
    }
  });

  it('the variants computed different numbers (each file really is another model)', () => {
    const fp32 = seen.get('fp32');
    expect(fp32).toBeDefined();
    for (const d of ['fp16', 'q8', 'q4', 'q4f16']) {
      const v = seen.get(d);
      expect(v, d).toBeDefined();
      expect(
        v!.some((x, i) => x !== fp32![i]),
        d,
      ).toBe(true);
    }
  });
});
