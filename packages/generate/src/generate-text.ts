import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseJsonStrict, resolveInside } from '@mlpack/core';
import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { readJsonDocument } from '@mlpack/schema';
import type { MlpackManifest } from '@mlpack/schema';
import { loadTokenizer } from '@mlpack/tokenizers';
import type { LoadedTokenizer } from '@mlpack/tokenizers';
import { cacheSpecOf, checkOnnxOps, createOnnxRunner, emptyPast, pastFromPresent } from '@mlpack/verify';
import type { Runner } from '@mlpack/verify';
import { GenerateError } from './generate-error.js';
import { IncrementalText } from './incremental-text.js';
import { pickToken, seededUniform } from './pick-token.js';
import type { SamplingOptions } from './pick-token.js';

/** New tokens when the caller does not say. */
export const DEFAULT_MAX_NEW_TOKENS = 32;
/** Upper bound on new tokens per call (the cache grows with each one). */
export const MAX_NEW_TOKENS = 4096;

export interface GenerateOptions extends SamplingOptions {
  /** Tokens to generate at most (default 32). */
  maxNewTokens?: number | undefined;
  /** Seed of sampling (with a temperature > 0; default 0): the same seed gives the same text. */
  seed?: number | undefined;
  /** Prompt token ids to use instead of encoding the prompt text (models without a tokenizer). */
  promptIds?: readonly number[] | undefined;
  /** Which ONNX variant to run (`fp32` default; `fp16`, `q8`, `q4`, `q4f16` when converted). */
  dtype?: string | undefined;
  /** Stop at an end-of-sequence token (default true). */
  stopAtEos?: boolean | undefined;
  /** Called with each new piece of text as soon as it can be shown. */
  onText?: ((delta: string) => void) | undefined;
  /** onnxruntime intra-op threads (default 1). */
  intraOpNumThreads?: number | undefined;
}

export interface GenerateResult {
  /** The prompt's token ids (special tokens the tokenizer adds included). */
  promptIds: number[];
  /** The generated token ids (an end-of-sequence token that stopped generation included). */
  ids: number[];
  /** The generated text (special tokens skipped; empty without a tokenizer). */
  text: string;
  stopReason: 'eos' | 'max_new_tokens';
  /** From the start of the prompt pass to the first new token, in milliseconds. */
  timeToFirstTokenMs: number;
  /** New tokens after the first, per second of the steps that made them (null with fewer than two). */
  tokensPerSecond: number | null;
}

/**
 * Generate text with a converted decoder (`mlpack convert` output, task text-generation): encode
 * the prompt with the folder's tokenizer, run the prompt pass with an empty past, then one token
 * per step feeding `present.*` back as `past_key_values.*`. Greedy by default (as transformers'
 * and transformers.js' `do_sample: false`); a temperature samples with top-k / top-p from a seeded
 * generator. Stops at an end-of-sequence id of generation_config.json / config.json.
 */
export async function generateText(convertedDir: string, prompt: string, options: GenerateOptions = {}): Promise<GenerateResult> {
  const maxNew = options.maxNewTokens ?? DEFAULT_MAX_NEW_TOKENS;
  checkOptions(options, maxNew);
  const manifest = await readManifest(convertedDir);
  const graph = manifest.graphs?.[0] ?? { name: 'model', ...manifest.signature };
  const cache = cacheSpecOf(graph.inputs);
  if (manifest.task !== 'text-generation' || cache === undefined) {
    throw new GenerateError('GENERATE_NOT_A_DECODER', `the converted model is ${manifest.task}, not a text-generation model with a KV cache`, {
      file: join(convertedDir, 'mlpack.json'),
      pointer: '/task',
      hint: 'convert a causal LM (…ForCausalLM, GPT2LMHeadModel); use `mlpack verify` for other tasks',
    });
  }
  const dtype = options.dtype ?? 'fp32';
  const target = manifest.targets.find(
    (t) => t.format === 'onnx' && (t.graph ?? 'model') === graph.name && ((t as { dtype?: string }).dtype ?? 'fp32') === dtype,
  );
  if (target === undefined) {
    const have = manifest.targets.filter((t) => t.format === 'onnx').map((t) => (t as { dtype?: string }).dtype ?? 'fp32');
    throw new GenerateError('GENERATE_BAD_OPTION', `the converted folder has no ${dtype} ONNX model`, {
      hint: `present: ${have.join(', ') || 'none'}`,
      exitCode: 2,
    });
  }

  const tokenizer = options.promptIds === undefined ? await tokenizerOf(convertedDir) : await loadTokenizer(convertedDir).catch(() => undefined);
  const promptIds = options.promptIds !== undefined ? [...options.promptIds] : tokenizer!.encode(prompt).ids;
  if (promptIds.length === 0) {
    throw new GenerateError('GENERATE_EMPTY_PROMPT', 'the prompt encodes to no tokens', { hint: 'give a non-empty prompt' });
  }
  const eos = new Set(await eosIds(convertedDir, tokenizer));
  const text = new IncrementalText((ids) =>
    tokenizer
      ? tokenizer.decode(
          ids.filter((id) => id < tokenizer.vocabSize),
          { skipSpecialTokens: true },
        )
      : '',
  );
  const uniform = seededUniform(options.seed ?? 0);

  const modelPath = resolveInside(convertedDir, target.path);
  // A converted folder may come from elsewhere: refuse operators its family never holds (Loop…) before loading it.
  await checkOnnxOps(modelPath, manifest.source.model_type);
  const runner: Runner = await createOnnxRunner(modelPath, options.intraOpNumThreads === undefined ? {} : { intraOpNumThreads: options.intraOpNumThreads });
  const ids: number[] = [];
  let stopReason: GenerateResult['stopReason'] = 'max_new_tokens';
  const start = performance.now();
  let firstAt = start;
  try {
    const n = promptIds.length;
    let feeds: HostTensorMap = {
      input_ids: row(promptIds),
      attention_mask: row(promptIds.map(() => 1)),
      position_ids: row(promptIds.map((_, i) => i)),
      ...emptyPast(cache, 1),
    };
    for (let step = 0; step < maxNew; step++) {
      const out = await runner.run(feeds);
      const next = pickToken(lastLogits(out['logits']), options, uniform);
      ids.push(next);
      if (step === 0) firstAt = performance.now();
      const delta = text.push(next);
      if (delta !== '') options.onText?.(delta);
      if ((options.stopAtEos ?? true) && eos.has(next)) {
        stopReason = 'eos';
        break;
      }
      const length = n + ids.length;
      feeds = {
        input_ids: row([next]),
        attention_mask: row(new Array<number>(length).fill(1)),
        position_ids: row([length - 1]),
        ...pastFromPresent(out),
      };
    }
  } finally {
    await runner.dispose();
  }
  const end = performance.now();
  const rest = text.flush();
  if (rest !== '') options.onText?.(rest);
  return {
    promptIds,
    ids,
    text: text.text,
    stopReason,
    timeToFirstTokenMs: firstAt - start,
    tokensPerSecond: ids.length > 1 ? (ids.length - 1) / ((end - firstAt) / 1000) : null,
  };
}

function checkOptions(o: GenerateOptions, maxNew: number): void {
  const bad = (message: string, hint: string): never => {
    throw new GenerateError('GENERATE_BAD_OPTION', message, { hint, exitCode: 2 });
  };
  if (!Number.isSafeInteger(maxNew) || maxNew < 1 || maxNew > MAX_NEW_TOKENS)
    bad(`max new tokens must be an integer 1..${MAX_NEW_TOKENS} (got ${maxNew})`, 'e.g. --max-new-tokens 32');
  if (o.temperature !== undefined && !(Number.isFinite(o.temperature) && o.temperature >= 0))
    bad(`temperature must be a number >= 0 (got ${o.temperature})`, '0 is greedy');
  if (o.topK !== undefined && !(Number.isSafeInteger(o.topK) && o.topK >= 0)) bad(`top-k must be an integer >= 0 (got ${o.topK})`, '0 keeps every token');
  if (o.topP !== undefined && !(Number.isFinite(o.topP) && o.topP > 0 && o.topP <= 1)) bad(`top-p must be in (0, 1] (got ${o.topP})`, '1 keeps every token');
  if (o.seed !== undefined && !(Number.isSafeInteger(o.seed) && o.seed >= 0)) bad(`seed must be a non-negative integer (got ${o.seed})`, 'e.g. --seed 42');
  if ((o.topK !== undefined || o.topP !== undefined || o.seed !== undefined) && !((o.temperature ?? 0) > 0)) {
    bad('--top-k, --top-p and --seed only apply when sampling', 'add --temperature > 0, or drop them for greedy decoding');
  }
  if (o.promptIds !== undefined && !o.promptIds.every((id) => Number.isSafeInteger(id) && id >= 0))
    bad('prompt ids must be non-negative integers', 'e.g. --ids 1,15,42');
}

async function readManifest(dir: string): Promise<MlpackManifest> {
  const path = join(dir, 'mlpack.json');
  const r = await readJsonDocument(path, 'manifest').catch((cause: unknown) => {
    throw new GenerateError('GENERATE_NOT_A_DECODER', 'cannot read mlpack.json', { file: path, cause, hint: 'pass the output folder of `mlpack convert`' });
  });
  if (!r.ok) {
    const first = r.issues[0]!;
    throw new GenerateError('GENERATE_NOT_A_DECODER', first.message, {
      file: path,
      pointer: first.pointer,
      hint: 'mlpack.json is written by `mlpack convert`; convert again',
    });
  }
  return r.value;
}

async function tokenizerOf(dir: string): Promise<LoadedTokenizer> {
  try {
    return await loadTokenizer(dir);
  } catch (cause) {
    throw new GenerateError('GENERATE_NO_TOKENIZER', 'the converted folder has no usable tokenizer', {
      file: dir,
      cause,
      hint: 'convert a folder with tokenizer files, or pass the prompt as token ids (--ids)',
    });
  }
}

/** End-of-sequence ids: generation_config.json's, else config.json's, else the tokenizer's. */
async function eosIds(dir: string, tokenizer: LoadedTokenizer | undefined): Promise<number[]> {
  for (const name of ['generation_config.json', 'config.json']) {
    const parsed = await readFile(join(dir, name)).then(
      (b) => parseJsonStrict(b, { file: join(dir, name) }),
      () => undefined,
    );
    const doc = parsed?.ok === true && typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as Record<string, unknown>) : undefined;
    const v = doc?.['eos_token_id'];
    const list = (Array.isArray(v) ? v : [v]).filter((x): x is number => Number.isSafeInteger(x));
    if (list.length > 0) return list;
  }
  return tokenizer?.specialTokens.eos === undefined ? [] : [tokenizer.specialTokens.eos];
}

function row(values: readonly number[]): HostTensor {
  return { dtype: 'int64', dims: [1, values.length], data: BigInt64Array.from(values, (v) => BigInt(v)) };
}

function lastLogits(t: HostTensor | undefined): Float64Array {
  if (t === undefined || t.dims.length !== 3 || t.dims[0] !== 1) {
    throw new GenerateError('GENERATE_BAD_OUTPUT', `the model returned logits of shape [${t?.dims.join(', ') ?? ''}], expected [1, sequence, vocab]`, {
      hint: 'the converted folder may be corrupt; run `mlpack verify` on it',
    });
  }
  const [, s, v] = t.dims as [number, number, number];
  const data = t.data as ArrayLike<number>;
  const out = Float64Array.from({ length: v }, (_, k) => Number(data[(s - 1) * v + k]));
  if (out.some((x) => !Number.isFinite(x))) {
    throw new GenerateError('GENERATE_BAD_OUTPUT', 'the model returned non-finite logits', { hint: 'run `mlpack verify` on the converted folder' });
  }
  return out;
}
