import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { convertModel } from '@mlpack/convert';
import { generateSample } from '@mlpack/samples';
import type { SampleFamily, SampleHead } from '@mlpack/samples';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { TOKENIZER_CLASS_OF_MODEL_TYPE, loadTokenizer } from '@mlpack/tokenizers';
import type { EncodedText, LoadedTokenizer } from '@mlpack/tokenizers';
import { createOnnxRunner, verifyConversion } from '@mlpack/verify';

/**
 * The real client: transformers.js (@huggingface/transformers) loads each converted folder offline
 * as written and runs the pipeline of its task. Every number it returns must equal what we compute
 * ourselves from onnxruntime's outputs on the same ids (tokenized by @mlpack/tokenizers, which must
 * give the ids transformers.js gives): softmax + labels, argmax per token, the best QA span,
 * fill-mask's top 5. Every encoder family × task, with the sample's own tokenizer_config.json and,
 * for two tasks per family, with none (convert writes it).
 */

const FAMILIES: readonly SampleFamily[] = ['bert', 'distilbert', 'roberta', 'xlm-roberta', 'camembert', 'electra', 'albert'];
const TASKS: readonly (readonly [string, SampleHead])[] = [
  ['feature-extraction', 'base'],
  ['text-classification', 'sequence-classification'],
  ['token-classification', 'token-classification'],
  ['question-answering', 'question-answering'],
  ['fill-mask', 'masked-lm'],
];
/**
 * What transformers.js 4.3.1 itself lacks (checked, so that a new release that adds it fails here and
 * the README's list is updated): it has no AlbertForTokenClassification.
 */
const CLIENT_GAPS: Readonly<Record<string, RegExp>> = { 'albert/token-classification': /Unsupported model type: albert/ };
/** Tasks also run on a source without tokenizer_config.json / special_tokens_map.json. */
const WITHOUT_CONFIG: ReadonlySet<string> = new Set(['text-classification', 'fill-mask']);

const TEXTS = ['Hello world!', 'The quick brown fox jumps over the lazy dog.', 'We convert the weights, then we check.'];
const QUESTION = 'Where does she live?';
const CONTEXT = 'She works in London and lives near the river.';
const TOL = 2e-5;

interface Pipe {
  (...args: unknown[]): Promise<unknown>;
  tokenizer: (texts: string | string[], options?: Record<string, unknown>) => { input_ids: { tolist(): bigint[][] } };
  dispose(): Promise<void>;
}
let tjs: typeof import('@huggingface/transformers');
let tmp: string;

beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-tjs-pipes-');
  tjs = await import('@huggingface/transformers');
  tjs.env.allowRemoteModels = false;
  tjs.env.allowLocalModels = true;
  tjs.env.localModelPath = `${tmp}/`;
});
afterAll(async () => {
  await removeTempDir(tmp);
});

async function prepare(
  name: string,
  family: SampleFamily,
  head: SampleHead,
  options: { withoutConfig?: boolean; labels?: string[]; config?: Record<string, unknown> } = {},
): Promise<string> {
  const src = join(tmp, 'src', name);
  await generateSample({ family, head, seed: 7, layers: 1, ...(options.labels ? { labels: options.labels } : {}) }, src);
  if (options.withoutConfig) {
    await rm(join(src, 'tokenizer_config.json'));
    await rm(join(src, 'special_tokens_map.json'));
  }
  if (options.config) {
    const config = JSON.parse(await readFile(join(src, 'config.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(src, 'config.json'), JSON.stringify({ ...config, ...options.config }, null, 2));
  }
  const out = join(tmp, name);
  const r = await convertModel(src, { out });
  expect(r.manifest.generated).toEqual(options.withoutConfig ? ['tokenizer_config.json'] : undefined);
  return out;
}

/** Right-padded batch of our encodings, as the model's inputs (only those it takes). */
function batchOf(tok: LoadedTokenizer, rows: readonly EncodedText[], inputNames: readonly string[]): HostTensorMap {
  const width = Math.max(...rows.map((r) => r.ids.length));
  const pad = BigInt(tok.specialTokens.pad ?? 0);
  const make = (pick: (r: EncodedText, j: number) => bigint, fill: bigint): HostTensor => {
    const data = new BigInt64Array(rows.length * width).fill(fill);
    rows.forEach((r, i) => r.ids.forEach((_, j) => (data[i * width + j] = pick(r, j))));
    return { dtype: 'int64', dims: [rows.length, width], data };
  };
  const all: HostTensorMap = {
    input_ids: make((r, j) => BigInt(r.ids[j]!), pad),
    attention_mask: make(() => 1n, 0n),
    token_type_ids: make((r, j) => BigInt(r.typeIds[j] ?? 0), 0n),
  };
  return Object.fromEntries(inputNames.map((n) => [n, all[n]!]));
}

async function ortRun(dir: string, inputs: HostTensorMap): Promise<HostTensorMap> {
  const runner = await createOnnxRunner(join(dir, 'onnx', 'model.onnx'));
  try {
    return await runner.run(inputs);
  } finally {
    await runner.dispose();
  }
}

async function inputNamesOf(dir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(dir, 'mlpack.json'), 'utf8')) as { signature: { inputs: { name: string }[] } };
  return manifest.signature.inputs.map((i) => i.name);
}

function softmax(v: ArrayLike<number>): number[] {
  const a = Array.from(v);
  const m = Math.max(...a);
  const e = a.map((x) => Math.exp(x - m));
  const s = e.reduce((x, y) => x + y, 0);
  return e.map((x) => x / s);
}

const row = (t: HostTensor, i: number, n: number): number[] => Array.from((t.data as Float32Array).subarray(i * n, (i + 1) * n));
const idsOf = (x: { input_ids: { tolist(): bigint[][] } }): number[][] => x.input_ids.tolist().map((r) => r.map(Number));
const specialIds = (tok: LoadedTokenizer): Set<number> =>
  new Set((tok.json.added_tokens as { id: number; special: boolean }[]).filter((t) => t.special).map((t) => t.id));

async function withPipeline<T>(task: string, name: string, f: (p: Pipe) => Promise<T>): Promise<T> {
  const p = (await tjs.pipeline(task as 'fill-mask', name, { dtype: 'fp32' })) as unknown as Pipe;
  try {
    return await f(p);
  } finally {
    await p.dispose();
  }
}

/** The pipeline's result for `task` and what onnxruntime + our post-processing give. */
async function check(task: string, name: string, dir: string): Promise<void> {
  const tok = await loadTokenizer(dir);
  const inputNames = await inputNamesOf(dir);
  const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as { id2label?: Record<string, string> };
  await withPipeline(task, name, async (p) => {
    switch (task) {
      case 'feature-extraction': {
        const rows = TEXTS.map((t) => tok.encode(t));
        expect(idsOf(p.tokenizer([...TEXTS], { padding: true })).map((r, i) => r.slice(0, rows[i]!.ids.length))).toEqual(rows.map((r) => r.ids));
        const out = (await p([...TEXTS])) as { dims: number[]; data: Float32Array };
        const expected = (await ortRun(dir, batchOf(tok, rows, inputNames))).last_hidden_state!;
        expect(out.dims).toEqual(expected.dims);
        let maxAbs = 0;
        (expected.data as Float32Array).forEach((v, k) => (maxAbs = Math.max(maxAbs, Math.abs(v - out.data[k]!))));
        expect(maxAbs).toBeLessThan(TOL);
        return;
      }
      case 'text-classification': {
        const rows = TEXTS.map((t) => tok.encode(t));
        const logits = (await ortRun(dir, batchOf(tok, rows, inputNames))).logits!;
        const n = logits.dims[1]!;
        const out = (await p([...TEXTS], { top_k: null })) as { label: string; score: number }[][];
        rows.forEach((_, i) => {
          const probs = softmax(row(logits, i, n));
          const expected = probs.map((score, id) => ({ label: config.id2label![String(id)]!, score })).sort((a, b) => b.score - a.score);
          expect(out[i]!.map((r) => r.label)).toEqual(expected.map((r) => r.label));
          out[i]!.forEach((r, k) => expect(Math.abs(r.score - expected[k]!.score)).toBeLessThan(TOL));
        });
        return;
      }
      case 'token-classification': {
        const text = TEXTS[1]!;
        const e = tok.encode(text);
        const logits = (await ortRun(dir, batchOf(tok, [e], inputNames))).logits!;
        const n = logits.dims[2]!;
        const expected: { entity: string; score: number; index: number; word: string }[] = [];
        e.ids.forEach((id, j) => {
          const probs = softmax(row(logits, j, n));
          const top = probs.indexOf(Math.max(...probs));
          const entity = config.id2label![String(top)]!;
          const word = tok.decode([id], { skipSpecialTokens: true });
          if (entity === 'O' || word === '') return;
          expected.push({ entity, score: probs[top]!, index: j, word });
        });
        const out = (await p(text)) as { entity: string; score: number; index: number; word: string }[];
        expect(out.map(({ entity, index, word }) => ({ entity, index, word }))).toEqual(expected.map(({ entity, index, word }) => ({ entity, index, word })));
        out.forEach((r, k) => expect(Math.abs(r.score - expected[k]!.score)).toBeLessThan(TOL));
        return;
      }
      case 'question-answering': {
        const e = tok.encode(QUESTION, CONTEXT);
        expect(idsOf(p.tokenizer(QUESTION, { text_pair: CONTEXT }))[0]).toEqual(e.ids);
        const outputs = await ortRun(dir, batchOf(tok, [e], inputNames));
        // transformers.js' span search: scores after the first separator, specials excluded, [0] zeroed.
        const sep = tok.specialTokens.sep;
        const sepIndex = e.ids.findIndex((x) => x === sep);
        const specials = specialIds(tok);
        const masked = (t: HostTensor): number[] => {
          const v = Array.from(t.data as Float32Array);
          return v.map((x, i) => (i >= 1 && (i <= sepIndex || specials.has(e.ids[i]!)) ? -Infinity : x));
        };
        const start = softmax(masked(outputs.start_logits!));
        const end = softmax(masked(outputs.end_logits!));
        start[0] = 0;
        end[0] = 0;
        let best = { s: 0, e: 0, score: -1 };
        for (let s = 0; s < start.length; s++)
          for (let t = s; t < end.length; t++) if (start[s]! * end[t]! > best.score) best = { s, e: t, score: start[s]! * end[t]! };
        const out = (await p(QUESTION, CONTEXT)) as { answer: string; score: number };
        expect(out.answer).toBe(tok.decode(e.ids.slice(best.s, best.e + 1), { skipSpecialTokens: true }));
        expect(Math.abs(out.score - best.score)).toBeLessThan(TOL);
        return;
      }
      case 'fill-mask': {
        const mask = tok.specialTokens.mask!;
        const text = `The quick brown ${tok.idToToken(mask)} jumps over the lazy dog.`;
        const e = tok.encode(text);
        const at = e.ids.indexOf(mask);
        expect(at).toBeGreaterThan(0);
        expect(idsOf(p.tokenizer(text))[0]).toEqual(e.ids);
        const logits = (await ortRun(dir, batchOf(tok, [e], inputNames))).logits!;
        const vocab = logits.dims[2]!;
        const probs = softmax(row(logits, at, vocab));
        const top = probs
          .map((score, token) => ({ score, token }))
          .sort((a, b) => b.score - a.score)
          .slice(0, 5);
        const out = (await p(text, { top_k: 5 })) as { score: number; token: number; token_str: string; sequence: string }[];
        expect(out.map((r) => r.token)).toEqual(top.map((r) => r.token));
        out.forEach((r, k) => {
          expect(Math.abs(r.score - top[k]!.score)).toBeLessThan(TOL);
          expect(r.token_str).toBe(tok.decode([r.token]));
          const filled = [...e.ids];
          filled[at] = r.token;
          expect(r.sequence).toBe(tok.decode(filled, { skipSpecialTokens: true }));
        });
        return;
      }
      default:
        throw new Error(`no check for ${task}`);
    }
  });
}

describe.each(FAMILIES)('transformers.js pipelines on converted %s folders = onnxruntime + our post-processing', (family) => {
  for (const [task, head] of TASKS) {
    const gap = CLIENT_GAPS[`${family}/${task}`];
    it(`${task}${gap ? ' (not in transformers.js: refused by the client)' : ''}`, async () => {
      const name = `${family}-${head}`;
      const dir = await prepare(name, family, head);
      if (gap) await expect(check(task, name, dir)).rejects.toThrow(gap);
      else await check(task, name, dir);
    });
    if (WITHOUT_CONFIG.has(task)) {
      it(`${task}, source without tokenizer_config.json (convert writes it)`, async () => {
        const name = `${family}-${head}-no-config`;
        const dir = await prepare(name, family, head, { withoutConfig: true });
        const written = JSON.parse(await readFile(join(dir, 'tokenizer_config.json'), 'utf8')) as Record<string, unknown>;
        expect(written.tokenizer_class).toBe(TOKENIZER_CLASS_OF_MODEL_TYPE[family]);
        await check(task, name, dir);
      });
    }
  }
});

describe('single-logit rerankers (num_labels 1)', () => {
  const texts = [...TEXTS];
  const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

  it('text-classification returns score 1 for every input (softmax of one logit) unless problem_type is multi_label_classification (sigmoid)', async () => {
    const results: Record<string, number[]> = {};
    let logits: number[] = [];
    for (const problem of [undefined, 'regression', 'multi_label_classification']) {
      const name = `reranker-${problem ?? 'default'}`;
      const dir = await prepare(name, 'bert', 'sequence-classification', { labels: ['score'], ...(problem ? { config: { problem_type: problem } } : {}) });
      const tok = await loadTokenizer(dir);
      const l = (
        await ortRun(
          dir,
          batchOf(
            tok,
            texts.map((t) => tok.encode(t)),
            await inputNamesOf(dir),
          ),
        )
      ).logits!;
      expect(l.dims).toEqual([texts.length, 1]);
      logits = Array.from(l.data as Float32Array);
      results[problem ?? 'default'] = await withPipeline('text-classification', name, async (p) =>
        ((await p(texts)) as { label: string; score: number }[]).map((r) => {
          expect(r.label).toBe('score');
          return r.score;
        }),
      );
    }
    expect(results.default).toEqual(texts.map(() => 1));
    expect(results.regression).toEqual(texts.map(() => 1));
    results.multi_label_classification!.forEach((s, i) => expect(Math.abs(s - sigmoid(logits[i]!))).toBeLessThan(TOL));
    // The logits differ per text: a score of 1 everywhere is the pipeline's softmax, not the model.
    expect(new Set(logits.map((v) => v.toFixed(4))).size).toBe(texts.length);
  });

  it("verify accepts the reranker's golden recorded as [n] scores or [n, 1] logits", async () => {
    const dir = join(tmp, 'reranker-default');
    const src = join(tmp, 'src', 'reranker-default');
    const ids = [
      [2, 10, 11, 12, 3],
      [2, 13, 14, 3, 0],
    ];
    const mask = ids.map((r) => r.map((id, j) => (j < 4 || id !== 0 ? 1 : 0)));
    const inputs: HostTensorMap = {
      input_ids: { dtype: 'int64', dims: [2, 5], data: BigInt64Array.from(ids.flat().map(BigInt)) },
      attention_mask: { dtype: 'int64', dims: [2, 5], data: BigInt64Array.from(mask.flat().map(BigInt)) },
      token_type_ids: { dtype: 'int64', dims: [2, 5], data: new BigInt64Array(10) },
    };
    const scores = Array.from((await ortRun(dir, inputs)).logits!.data as Float32Array);
    const legacy = join(tmp, 'reference_logits.json');
    await writeFile(legacy, JSON.stringify({ sequences: ids, real_tokens: [5, 4], logits: scores }));
    const native = join(tmp, 'reranker-golden.json');
    await writeFile(
      native,
      JSON.stringify({
        format: 'mlpack-golden',
        version: 1,
        inputs: { input_ids: { dtype: 'int64', dims: [2, 5], data: ids.flat() }, attention_mask: { dtype: 'int64', dims: [2, 5], data: mask.flat() } },
        outputs: { logits: { dtype: 'float32', dims: [2, 1], data: scores } },
      }),
    );
    for (const golden of [legacy, native]) {
      const r = await verifyConversion(src, dir, { golden });
      expect(r.errors, golden).toEqual([]);
      expect(r.ok).toBe(true);
      expect(r.comparisons.filter((c) => c.against === 'golden').map((c) => [c.target, c.shape])).toEqual([
        ['reference', [2, 1]],
        ['onnx', [2, 1]],
      ]);
    }
    // A golden of another size is still refused.
    await writeFile(legacy, JSON.stringify({ sequences: ids, real_tokens: [5, 4], logits: [scores, scores] }));
    expect((await verifyConversion(src, dir, { golden: legacy })).ok).toBe(false);
  });
});
