/**
 * `mlpack run`: greedy generation with the converted decoder's KV cache gives the tokens
 * transformers.js (the real client) generates from the same folder; sampling is seeded and
 * reproducible; what cannot run is refused with codes.
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_FIXTURES_SKIP_REASON, hasSharedFixtures, loopOnnxModel, makeTempDir, removeTempDir, samplesRoot, sharedFixture } from '@mlpack/test-utils';
import { generateSample } from '@mlpack/samples';
import { jsonOf, runCli } from './helpers/cli.js';

interface RunJson {
  ok: boolean;
  prompt_ids: number[];
  ids: number[];
  text: string;
  stop_reason: 'eos' | 'max_new_tokens';
  time_to_first_token_ms: number;
  tokens_per_second: number | null;
}

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-run-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

/** transformers.js greedy generation (do_sample false) from a local converted folder: prompt + new ids. */
async function transformersJsGenerate(dir: string, prompt: string, maxNewTokens: number): Promise<{ promptIds: number[]; all: number[]; text: string }> {
  const { AutoModelForCausalLM, AutoTokenizer, pipeline, env } = await import('@huggingface/transformers');
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = dirname(dir) + '/';
  const tokenizer = await AutoTokenizer.from_pretrained(basename(dir));
  const model = await AutoModelForCausalLM.from_pretrained(basename(dir), { dtype: 'fp32' });
  try {
    const inputs = tokenizer(prompt);
    const out = (await model.generate({ ...inputs, max_new_tokens: maxNewTokens, do_sample: false })) as unknown as { tolist(): bigint[][] };
    const generator = await pipeline('text-generation', basename(dir), { dtype: 'fp32' });
    const generations = (await generator(prompt, { max_new_tokens: maxNewTokens, do_sample: false })) as unknown as { generated_text: string }[];
    const generated_text = generations[0]!.generated_text;
    await generator.dispose();
    return {
      promptIds: Array.from((inputs as unknown as { input_ids: { data: BigInt64Array } }).input_ids.data, Number),
      all: out.tolist()[0]!.map(Number),
      text: generated_text,
    };
  } finally {
    await model.dispose();
  }
}

/** A model folder: a fixture or committed sample, or a seeded sample of a family generated (with its tokenizer) on first use. */
type ModelSource = () => Promise<string>;
const at =
  (dir: string): ModelSource =>
  async () =>
    dir;
const seeded =
  (family: 'qwen2' | 'qwen3' | 'phi3' | 'gemma'): ModelSource =>
  async () => {
    const dir = join(tmp, `sample-${family}`);
    await generateSample({ family, head: 'causal-lm', seed: 11 }, dir);
    return dir;
  };

// Every decoder family through the real client's text-generation pipeline, each with its own tokenizer kind.
const MODELS: [string, ModelSource][] = [
  ...(hasSharedFixtures() ? [['tiny-random-gpt2 (byte-level BPE)', at(sharedFixture('tiny-random-gpt2'))] as [string, ModelSource]] : []),
  ['samples/llama (SentencePiece BPE, BOS added)', at(join(samplesRoot, 'llama'))],
  ['samples/mistral (sliding window)', at(join(samplesRoot, 'mistral'))],
  ['seeded qwen2 (Qwen2Tokenizer)', seeded('qwen2')],
  ['seeded qwen3', seeded('qwen3')],
  ['seeded phi3', seeded('phi3')],
  ['seeded gemma (GemmaTokenizer)', seeded('gemma')],
];

describe('mlpack run', () => {
  it.each(MODELS)('%s: greedy tokens equal transformers.js generate() and its text-generation pipeline', async (_name, source) => {
    const model = await source();
    const out = join(tmp, `run-${basename(model)}`);
    const c = await runCli(['convert', model, '--out', out]);
    expect(c.code, c.stderr).toBe(0);
    const prompt = 'Hello world, the quick brown fox';
    const r = await runCli(['run', out, prompt, '--max-new-tokens', '12', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const ours = jsonOf<RunJson>(r);
    expect(ours.ids.length).toBeGreaterThan(0);
    expect(ours.time_to_first_token_ms).toBeGreaterThan(0);
    const theirs = await transformersJsGenerate(out, prompt, 12);
    expect(ours.prompt_ids).toEqual(theirs.promptIds);
    expect([...ours.prompt_ids, ...ours.ids]).toEqual(theirs.all);
    expect(theirs.text.endsWith(ours.text)).toBe(true);

    // Human output streams the same text.
    const human = await runCli(['run', out, prompt, '--max-new-tokens', '12']);
    expect(human.code).toBe(0);
    // Control characters a random model may produce are shown escaped (\xNN) on the terminal, never raw.
    // eslint-disable-next-line no-control-regex -- raw control characters are what must not reach the terminal
    expect(human.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(human.stdout.replace(/\\x([0-9a-f]{2})/g, (_m: string, h: string) => String.fromCharCode(parseInt(h, 16)))).toBe(`${ours.text}\n`);
    expect(human.stderr).toMatch(/first token in \d+ ms/);
  });

  it.skipIf(!hasSharedFixtures())(
    `sampling is seeded: same seed, same tokens; another seed, other tokens${hasSharedFixtures() ? '' : ` (${SHARED_FIXTURES_SKIP_REASON})`}`,
    async () => {
      const out = join(tmp, 'gpt2-sampling');
      expect((await runCli(['convert', sharedFixture('tiny-random-gpt2'), '--out', out])).code).toBe(0);
      const sample = async (seed: number) =>
        jsonOf<RunJson>(
          await runCli(['run', out, 'Hello', '--max-new-tokens', '16', '--temperature', '1.5', '--top-k', '50', '--seed', String(seed), '--json']),
        ).ids;
      const a = await sample(1);
      expect(await sample(1)).toEqual(a);
      expect(await sample(2)).not.toEqual(a);
    },
  );

  it.skipIf(!hasSharedFixtures())('a model without a tokenizer runs from --ids', async () => {
    const out = join(tmp, 'llama-fixture');
    expect((await runCli(['convert', sharedFixture('tiny-llama'), '--out', out])).code).toBe(0);
    const r = jsonOf<RunJson>(await runCli(['run', out, '--ids', '1,2,3', '--max-new-tokens', '5', '--json']));
    expect(r.prompt_ids).toEqual([1, 2, 3]);
    expect(r.ids).toHaveLength(5);
    const noTok = await runCli(['run', out, 'hello', '--json']);
    expect(noTok.code).toBe(1);
    expect(jsonOf<{ error: { code: string } }>(noTok).error.code).toBe('GENERATE_NO_TOKENIZER');
  });

  // The seeded fixtures of the other families have no tokenizer: transformers.js generates from ids.
  it.skipIf(!hasSharedFixtures()).each([
    ['tiny-llama', 'llama'],
    ['tiny-mistral-window', 'mistral'],
    ['tiny-qwen2-bias', 'qwen2'],
    ['tiny-qwen3-qknorm', 'qwen3'],
    ['tiny-phi3-partial', 'phi3'],
    ['tiny-gemma-headdim', 'gemma'],
  ])('%s (%s): transformers.js generate() from ids decodes the tokens `mlpack run --ids` decodes', async (name) => {
    const out = join(tmp, `tjs-${name}`);
    const c = await runCli(['convert', sharedFixture(name), '--out', out]);
    expect(c.code, c.stderr).toBe(0);
    const prompt = [4, 9, 2, 7, 1];
    const r = await runCli(['run', out, '--ids', prompt.join(','), '--max-new-tokens', '8', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const ours = jsonOf<RunJson>(r);
    const { AutoModelForCausalLM, Tensor, env } = await import('@huggingface/transformers');
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = dirname(out) + '/';
    const model = await AutoModelForCausalLM.from_pretrained(basename(out), { dtype: 'fp32' });
    try {
      const ids = new Tensor('int64', BigInt64Array.from(prompt, BigInt), [1, prompt.length]);
      const mask = new Tensor('int64', new BigInt64Array(prompt.length).fill(1n), [1, prompt.length]);
      const all = (await model.generate({ input_ids: ids, attention_mask: mask, max_new_tokens: 8, do_sample: false })) as unknown as { tolist(): bigint[][] };
      expect([...prompt, ...ours.ids]).toEqual(all.tolist()[0]!.map(Number));
      // Without generation_config.json both stop at config.json's eos_token_id (2): phi3 picks it first.
      if (name === 'tiny-phi3-partial') expect([ours.ids, ours.stop_reason]).toEqual([[2], 'eos']);
    } finally {
      await model.dispose();
    }
  });

  it('refuses an encoder conversion (exit 1) and bad options (exit 2)', async () => {
    const out = join(tmp, 'bert');
    expect((await runCli(['convert', join(samplesRoot, 'bert-seqcls'), '--out', out])).code).toBe(0);
    const enc = await runCli(['run', out, 'hello', '--json']);
    expect(enc.code).toBe(1);
    expect(jsonOf<{ error: { code: string } }>(enc).error.code).toBe('GENERATE_NOT_A_DECODER');
    for (const args of [
      ['--max-new-tokens', '0'],
      ['--temperature', '-1'],
      ['--top-k', '5'],
      ['--top-p', '1.5', '--temperature', '1'],
    ]) {
      const r = await runCli(['run', out, 'hello', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
    }
    expect((await runCli(['run', out])).code).toBe(2);
  });

  it('refuses a model holding a Loop before loading it (ONNX_OP_NOT_ALLOWED, exit 1)', async () => {
    const out = join(tmp, 'llama-loop');
    expect((await runCli(['convert', join(samplesRoot, 'llama'), '--out', out])).code).toBe(0);
    await writeFile(join(out, 'onnx', 'model.onnx'), loopOnnxModel());
    const r = await runCli(['run', out, '--ids', '1,2,3', '--json']);
    expect(r.code, r.stderr).toBe(1);
    const error = jsonOf<{ error: { code: string; message: string } }>(r).error;
    expect(error.code).toBe('ONNX_OP_NOT_ALLOWED');
    expect(error.message).toContain('"Loop"');
  });
});
