import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertModel } from '@mlpack/convert';
import { readModelFolder } from '@mlpack/model';
import { SHARED_FIXTURES_SKIP_REASON, hasSharedFixtures, makeTempDir, removeTempDir, samplesRoot, sharedFixture } from '@mlpack/test-utils';
import { createOnnxRunner, makeInputs } from '@mlpack/verify';

/**
 * A real client: @huggingface/transformers (transformers.js) loads the converted folder as a local
 * model, offline, and its text-classification pipeline must give softmax(logits) of the same texts
 * as computed by our own ONNX run. makeInputs appends verify's sentence pair to models with token
 * types: the pipeline takes no pairs, so those rows go through its tokenizer (`text_pair`) and model.
 */
let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-tjs-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

const TEXTS = ['Hello world!', 'the quick brown fox jumps over the lazy dog', 'mlpack converts models without python'];

function softmax(row: Float32Array): number[] {
  const m = Math.max(...row);
  const e = [...row].map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

type Pair = readonly [string, string];

async function pipelineScores(convertedDir: string, pairs: readonly Pair[], labels: Record<string, string>): Promise<{ label: string; score: number }[][]> {
  const { pipeline, env } = await import('@huggingface/transformers');
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = dirname(convertedDir) + '/';
  const classify = await pipeline('text-classification', basename(convertedDir), { dtype: 'fp32' });
  try {
    const out = (await classify(TEXTS, { top_k: null })) as unknown as { label: string; score: number }[][];
    if (pairs.length > 0) {
      // What the pipeline does, with text_pair: the tokenizer's pair template, then the model.
      const inputs = classify.tokenizer(
        pairs.map((p) => p[0]),
        { text_pair: pairs.map((p) => p[1]), padding: true, truncation: true },
      );
      const types = (inputs as unknown as { token_type_ids: { data: BigInt64Array } }).token_type_ids;
      expect(Array.from(types.data, Number)).toContain(1);
      const { logits } = (await classify.model(inputs)) as { logits: { dims: number[]; data: Float32Array } };
      const n = logits.dims[1]!;
      pairs.forEach((_, k) => {
        const p = softmax(logits.data.subarray(k * n, (k + 1) * n));
        out.push(p.map((score, id) => ({ label: labels[String(id)]!, score })));
      });
    }
    return out;
  } finally {
    await classify.dispose();
  }
}

async function ourProbabilities(modelDir: string, convertedDir: string): Promise<{ probabilities: number[][]; pairs: Pair[] }> {
  const read = await readModelFolder(modelDir);
  expect(read.ok, JSON.stringify(read.issues)).toBe(true);
  const folder = read.folder!;
  try {
    const manifest = JSON.parse(await readFile(join(convertedDir, 'mlpack.json'), 'utf8'));
    const made = await makeInputs({
      config: folder.config,
      inputNames: manifest.signature.inputs.map((i: { name: string }) => i.name),
      tokenizer: { tokenizerJson: join(modelDir, 'tokenizer.json'), tokenizerConfig: folder.tokenizerConfig, specialTokensMap: folder.specialTokensMap },
      texts: TEXTS,
    });
    expect(made.source).toBe('tokenizer');
    // TEXTS, then the sentence-pair rows (the bert models take token_type_ids)
    expect(made.texts!.slice(0, TEXTS.length)).toEqual(TEXTS);
    const pairs = (made.textPairs ?? []).flatMap((b, i) => (b === null ? [] : [[made.texts![i]!, b] as const]));
    expect(pairs.length).toBeGreaterThan(0);
    expect(made.texts).toHaveLength(TEXTS.length + pairs.length);
    const rows = made.texts!.length;
    const runner = await createOnnxRunner(join(convertedDir, 'onnx', 'model.onnx'));
    try {
      const out = await runner.run(made.inputs);
      const logits = out.logits!;
      expect(logits.dims).toEqual([rows, logits.dims[1]]);
      const n = logits.dims[1]!;
      return { probabilities: Array.from({ length: rows }, (_, i) => softmax(logits.data.subarray(i * n, (i + 1) * n) as Float32Array)), pairs };
    } finally {
      await runner.dispose();
    }
  } finally {
    await folder.close();
  }
}

async function expectSameScores(modelDir: string, name: string, labels: Record<string, string>): Promise<void> {
  const out = join(tmp, name);
  await convertModel(modelDir, { out, targets: ['onnx'] });
  const { probabilities: ours, pairs } = await ourProbabilities(modelDir, out);
  const theirs = await pipelineScores(out, pairs, labels);
  expect(theirs).toHaveLength(TEXTS.length + pairs.length);
  theirs.forEach((row, i) => {
    expect(row).toHaveLength(Object.keys(labels).length);
    for (const [id, label] of Object.entries(labels)) {
      const s = row.find((r) => r.label === label);
      expect(s, `${label} in ${JSON.stringify(row)}`).toBeDefined();
      expect(Math.abs(s!.score - ours[i]![Number(id)]!), `text ${i} label ${label}`).toBeLessThan(1e-5);
    }
  });
}

describe('transformers.js loads converted folders offline', () => {
  it('bert-seqcls sample: pipeline scores = softmax(our logits)', async () => {
    await expectSameScores(join(samplesRoot, 'bert-seqcls'), 'bert-seqcls', { '0': 'negative', '1': 'positive' });
  });

  it.skipIf(!hasSharedFixtures())(
    `tiny-bert-seqcls-tokenizer (transformers dummy model)${hasSharedFixtures() ? '' : ` — ${SHARED_FIXTURES_SKIP_REASON}`}`,
    async () => {
      await expectSameScores(sharedFixture('tiny-bert-seqcls-tokenizer'), 'tiny-bert-seqcls-tokenizer', { '0': 'LABEL_0', '1': 'LABEL_1' });
    },
  );
});
