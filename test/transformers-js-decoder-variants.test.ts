/**
 * transformers.js 4.3.1 loads each decoder weight variant by its `dtype` option (`fp32`
 * model.onnx, `fp16` model_fp16.onnx, `q8` model_quantized.onnx, `q4` model_q4.onnx, `q4f16`
 * model_q4f16.onnx) and generates with it: for each, its forward pass on the prompt returns the
 * logits our onnxruntime runner gets from that very file (so it loaded that file, float16 KV cache
 * included), and `generate` (greedy) continues the prompt with exactly the tokens our own greedy
 * loop over the file's KV cache picks. The variants' logits differ from each other (each file
 * really is another model). tiny-random-gpt2 (a shared fixture with a tokenizer) passes every
 * gate; the llama sample (RMSNorm, rotary positions, grouped-query attention) is converted with
 * --allow-degraded, since its random weights miss the quantized gates (README, "Weight variants").
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { convertModel } from '@mlpack/convert';
import type { ConversionManifest } from '@mlpack/convert';
import { SHARED_FIXTURES_SKIP_REASON, hasSharedFixtures, makeTempDir, removeTempDir, samplesRoot, sharedFixture } from '@mlpack/test-utils';
import { createOnnxRunner, variantParityGate } from '@mlpack/verify';
import type { OnnxRunner } from '@mlpack/verify';

const FILES = { fp32: 'model.onnx', fp16: 'model_fp16.onnx', q8: 'model_quantized.onnx', q4: 'model_q4.onnx', q4f16: 'model_q4f16.onnx' } as const;
type Dtype = keyof typeof FILES;
const DTYPES = Object.keys(FILES) as Dtype[];
const PROMPT = 'Hello world, this is';
const NEW_TOKENS = 8;

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-decoder-variants-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

/** Greedy decoding with the file's own KV cache: what transformers.js' generate should pick. */
async function greedy(runner: OnnxRunner, prompt: readonly number[], steps: number, kv: [number, number]): Promise<{ ids: number[]; firstLogits: HostTensor }> {
  const ids = [...prompt];
  let feeds: HostTensorMap = { ...promptFeeds(prompt), ...emptyPast(runner, kv) };
  let firstLogits: HostTensor | undefined;
  for (let step = 0; step < steps; step++) {
    const out = await runner.run(feeds);
    const logits = out['logits']!;
    firstLogits ??= logits;
    const [, s, v] = logits.dims as [number, number, number];
    const last = (logits.data as Float32Array).subarray((s - 1) * v, s * v);
    let best = 0;
    for (let i = 1; i < v; i++) if (last[i]! > last[best]!) best = i;
    ids.push(best);
    const next: HostTensorMap = { input_ids: int64([[best]]), attention_mask: int64([ids.map(() => 1)]), position_ids: int64([[ids.length - 1]]) };
    for (const [name, t] of Object.entries(out)) if (name.startsWith('present.')) next[`past_key_values.${name.slice('present.'.length)}`] = t;
    feeds = next;
  }
  return { ids, firstLogits: firstLogits! };
}

function promptFeeds(prompt: readonly number[]): HostTensorMap {
  return { input_ids: int64([prompt]), attention_mask: int64([prompt.map(() => 1)]), position_ids: int64([prompt.map((_, i) => i)]) };
}

/** The first step's empty cache ([1, kv heads, 0, head dim]; the runner converts to the file's float16 where declared). */
function emptyPast(runner: OnnxRunner, [kv, hd]: [number, number]): HostTensorMap {
  const past: HostTensorMap = {};
  for (const { name } of runner.inputs.filter((i) => i.name.startsWith('past_key_values.')))
    past[name] = { dtype: 'float32', dims: [1, kv, 0, hd], data: new Float32Array(0) };
  return past;
}

function int64(rows: readonly (readonly number[])[]): HostTensor {
  return { dtype: 'int64', dims: [rows.length, rows[0]!.length], data: BigInt64Array.from(rows.flat(), (v) => BigInt(v)) };
}

const CASES = [
  { name: 'tiny-random-gpt2', dir: () => sharedFixture('tiny-random-gpt2'), degraded: false, skip: !hasSharedFixtures() },
  { name: 'llama sample', dir: () => join(samplesRoot, 'llama'), degraded: true, skip: false },
];

describe.each(CASES)('transformers.js generates with every decoder variant by dtype: $name', ({ name, dir, degraded, skip }) => {
  const out = (): string => join(tmp, name.replace(/\W+/g, '-'));
  const logitsOf = new Map<Dtype, Float32Array>();

  it.skipIf(skip)(`converts to ${DTYPES.join(', ')}${skip ? ` (${SHARED_FIXTURES_SKIP_REASON})` : ''}`, async () => {
    const r = await convertModel(dir(), { out: out(), dtypes: DTYPES, parityGate: variantParityGate, allowDegraded: degraded });
    const m: ConversionManifest = r.manifest;
    expect(m.targets.map((t) => [t.dtype, t.path])).toEqual(DTYPES.map((d) => [d, `onnx/${FILES[d]}`]));
    // fp16 and q4f16 carry a float16 KV cache, as transformers.js' fp16 decoders do.
    expect(m.targets.map((t) => (t.format === 'onnx' ? t.kv_cache_dtype : undefined))).toEqual(['float32', 'float16', 'float32', 'float32', 'float16']);
    for (const t of m.targets) {
      expect(t.parity?.measured['finite'], t.path).toBe(true);
      if (!degraded) expect(t.parity?.ok, `${t.path}: ${JSON.stringify(t.parity?.misses)}`).toBe(true);
      if (t.dtype !== 'fp32') expect(t.parity?.measured['greedy_tokens'], t.path).toBeGreaterThan(0);
    }
  });

  it.skipIf(skip).each(DTYPES)(
    'dtype %s: forward logits equal the file run by onnxruntime, generate() equals greedy decoding with its cache',
    async (dtype) => {
      const { AutoModelForCausalLM, AutoTokenizer, Tensor, env } = await import('@huggingface/transformers');
      env.allowRemoteModels = false;
      env.allowLocalModels = true;
      env.localModelPath = dirname(out()) + '/';
      const tokenizer = await AutoTokenizer.from_pretrained(basename(out()));
      const model = await AutoModelForCausalLM.from_pretrained(basename(out()), { dtype });
      const runner = await createOnnxRunner(join(out(), 'onnx', FILES[dtype]));
      try {
        const cacheInputs = runner.inputs.filter((i) => i.name.startsWith('past_key_values.'));
        expect(
          cacheInputs.map((i) => i.type),
          dtype,
        ).toEqual(cacheInputs.map(() => (dtype === 'fp16' || dtype === 'q4f16' ? 'float16' : 'float32')));
        const enc = tokenizer(PROMPT) as unknown as { input_ids: { data: BigInt64Array } };
        const prompt = Array.from(enc.input_ids.data, Number);
        expect(prompt.length).toBeGreaterThan(1);

        // The prompt pass through transformers.js (its empty cache built from the session's own input types) and through our runner.
        const ids = new Tensor('int64', BigInt64Array.from(prompt, BigInt), [1, prompt.length]);
        const mask = new Tensor('int64', new BigInt64Array(prompt.length).fill(1n), [1, prompt.length]);
        const theirs = (await model({ input_ids: ids, attention_mask: mask })) as { logits: { data: Float32Array; type: string; dims: number[] } };
        const kv = await kvFromManifest(out());
        const { firstLogits } = await greedy(runner, prompt, 1, kv);
        const want = firstLogits.data as Float32Array;
        expect(theirs.logits.dims).toEqual(firstLogits.dims);
        // Logits stay float32 in every variant (only the cache is float16 in fp16 / q4f16).
        expect(theirs.logits.type).toBe('float32');
        const got = theirs.logits.data;
        let worst = 0;
        for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!));
        expect(worst, `${dtype}: transformers.js logits vs onnxruntime on ${FILES[dtype]}`).toBeLessThan(1e-5);
        logitsOf.set(dtype, Float32Array.from(want));

        // generate(): greedy, the file's own cache carried from step to step.
        const generated = (await model.generate({
          input_ids: ids,
          attention_mask: mask,
          max_new_tokens: NEW_TOKENS,
          min_new_tokens: NEW_TOKENS,
          do_sample: false,
        })) as unknown as { tolist(): bigint[][] };
        const tokens = generated.tolist()[0]!.map(Number);
        expect(tokens, dtype).toEqual((await greedy(runner, prompt, NEW_TOKENS, kv)).ids);
      } finally {
        await runner.dispose();
        await model.dispose();
      }
    },
  );

  it.skipIf(skip)('the variants computed different logits (each file really is another model)', () => {
    const fp32 = logitsOf.get('fp32')!;
    expect(fp32).toBeDefined();
    for (const d of DTYPES.filter((x) => x !== 'fp32')) {
      const v = logitsOf.get(d);
      expect(v, d).toBeDefined();
      expect(
        v!.some((x, i) => x !== fp32[i]),
        d,
      ).toBe(true);
    }
  });
});

/** kv heads and head dim of the cache, from the manifest's signature (fixed numbers in Optimum's layout). */
async function kvFromManifest(dir: string): Promise<[number, number]> {
  const m = JSON.parse(await readFile(join(dir, 'mlpack.json'), 'utf8')) as ConversionManifest;
  const past = m.graphs[0]!.inputs.find((i) => i.name.startsWith('past_key_values.'))!;
  return [past.shape[1] as number, past.shape[3] as number];
}
