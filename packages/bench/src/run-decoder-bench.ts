import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isMlpackError } from '@mlpack/core';
import { seededRandom, timeDecoding } from '@mlpack/verify';
import type { BenchFailure, DecoderBench, DecoderDecoding } from './bench-result.js';
import { flushDirtyPages, timeCopy, warmPageCache } from './copy-baseline.js';
import { LLAMA_BENCH_SPEC } from './decoder-bench-spec.js';
import type { DecoderBenchSpec } from './decoder-bench-spec.js';
import { ensureDecoderBenchModel } from './ensure-decoder-bench-model.js';
import { measureConversion } from './measure-conversion.js';
import { median } from './median.js';

/** The variants written in one run and decoded, in the order transformers.js names them. */
export const DECODER_VARIANT_FILES = {
  fp32: 'model.onnx',
  fp16: 'model_fp16.onnx',
  q8: 'model_quantized.onnx',
  q4: 'model_q4.onnx',
  q4f16: 'model_q4f16.onnx',
} as const;
/** Prompt length of the time-to-first-token pass (a short chat turn). */
export const DEFAULT_PROMPT_TOKENS = 128;
/** Tokens per timed greedy decode (the first comes from the prompt pass). */
export const DEFAULT_NEW_TOKENS = 32;
/** `cp` runs of the weights (median). */
export const DEFAULT_DECODER_CP_RUNS = 3;

export interface RunDecoderBenchOptions {
  cacheRoot: string;
  /** Where temporary conversions go (a fresh folder inside is removed at the end unless `keep`). */
  workDir: string;
  /** Model to generate (default LLAMA_BENCH_SPEC). */
  spec?: DecoderBenchSpec;
  /** Variants to decode (default all five; fp32 and q4 are always included for the ratio). */
  dtypes?: readonly (keyof typeof DECODER_VARIANT_FILES)[];
  promptTokens?: number;
  newTokens?: number;
  cpRuns?: number;
  /** onnxruntime threads (default 2). */
  threads?: number;
  keep?: boolean;
  childScript?: string;
  onProgress?: (message: string) => void;
}

/**
 * The decoder line of `pnpm bench --decoder`: a seeded llama-shaped checkpoint (cached), `cp` of
 * its weights against an fp32 conversion and against all five ONNX variants in one run (child
 * processes: time and peak RSS), each file's size, and onnxruntime time to first token and greedy
 * decode tokens/s at batch 1 with the KV cache for each variant, all in the same run.
 */
export async function runDecoderBench(options: RunDecoderBenchOptions): Promise<DecoderBench> {
  const spec = options.spec ?? LLAMA_BENCH_SPEC;
  const progress = options.onProgress ?? (() => {});
  const promptTokens = options.promptTokens ?? DEFAULT_PROMPT_TOKENS;
  const newTokens = options.newTokens ?? DEFAULT_NEW_TOKENS;
  if (promptTokens + newTokens > spec.maxPositions)
    throw new RangeError(`${promptTokens} + ${newTokens} tokens exceed the model's ${spec.maxPositions} positions`);
  progress(`decoder model: ${spec.name} (cached in ${options.cacheRoot})`);
  const model = await ensureDecoderBenchModel(options.cacheRoot, spec);
  progress(`decoder: warming the page cache (${(model.weightsFileBytes / 1e9).toFixed(2)} GB)`);
  await warmPageCache(model.weightsFile);
  await mkdir(options.workDir, { recursive: true });

  const cpRuns: number[] = [];
  for (let i = 0; i < (options.cpRuns ?? DEFAULT_DECODER_CP_RUNS); i++) {
    progress(`decoder: cp ${i + 1}`);
    await flushDirtyPages();
    cpRuns.push(await timeCopy(model.weightsFile, join(options.workDir, 'cp-copy.safetensors')));
  }
  const cpMs = median(cpRuns);

  progress('decoder: convert --to onnx (fp32)');
  await flushDirtyPages();
  const fp32Out = join(options.workDir, 'decoder-fp32');
  const fp32 = await measureConversion(model.dir, fp32Out, 'onnx', { childScript: options.childScript });
  if (!options.keep) await rm(fp32Out, { recursive: true, force: true });

  progress(`decoder: convert --dtype ${Object.keys(DECODER_VARIANT_FILES).join(',')} (one run)`);
  await flushDirtyPages();
  const out = join(options.workDir, 'decoder-variants');
  const variantsRun = await measureConversion(model.dir, out, `onnx:${Object.keys(DECODER_VARIANT_FILES).join(',')}`, { childScript: options.childScript });

  const files: DecoderBench['files'] = [];
  for (const [dtype, file] of Object.entries(DECODER_VARIANT_FILES)) {
    const path = join(out, 'onnx', file);
    const bytes = (await stat(path)).size + ((await stat(`${path}_data`).catch(() => undefined))?.size ?? 0);
    files.push({ dtype, file, bytes, sizeRatio: Number.NaN });
  }
  for (const f of files) f.sizeRatio = f.bytes / files[0]!.bytes;

  const rng = seededRandom(spec.seed);
  const prompt = Array.from({ length: promptTokens }, () => rng.int(3, spec.vocabSize));
  const wanted = new Set(options.dtypes ?? Object.keys(DECODER_VARIANT_FILES));
  wanted.add('fp32');
  wanted.add('q4');
  const decoding: DecoderBench['decoding'] = [];
  for (const [dtype, file] of Object.entries(DECODER_VARIANT_FILES)) {
    if (!wanted.has(dtype)) continue;
    progress(`decoder: onnxruntime ${dtype} — first token after ${promptTokens} prompt tokens, then ${newTokens - 1} more`);
    (globalThis as { gc?: () => void }).gc?.();
    try {
      const t = await timeDecoding(join(out, 'onnx', file), { prompt, newTokens, threads: options.threads ?? 2 });
      const stepMs = median(t.stepMs);
      const d: DecoderDecoding = { dtype, ttftMs: t.ttftMs, medianStepMs: stepMs, tokensPerSecond: 1000 / stepMs, cacheType: t.cacheType, tokens: t.tokens };
      decoding.push(d);
    } catch (e) {
      decoding.push({ dtype, ...failure(e) });
    }
  }
  if (!options.keep) await rm(out, { recursive: true, force: true });

  const rate = (d: string): number | undefined => {
    const x = decoding.find((y) => y.dtype === d);
    return x && !('failed' in x) ? x.tokensPerSecond : undefined;
  };
  const q4 = rate('q4');
  const base = rate('fp32');
  const fp32Tokens = decoding.find((y) => y.dtype === 'fp32');
  return {
    model: { spec, params: model.params, weightsFileBytes: model.weightsFileBytes, largest: model.largest, reused: model.reused, generateMs: model.generateMs },
    cp: { runsMs: cpRuns, medianMs: cpMs },
    fp32: { ...fp32, convertOverCp: fp32.convertMs / cpMs },
    variants: variantsRun,
    files,
    promptTokens,
    newTokens,
    decoding,
    q4OverFp32TokensPerSecond: q4 !== undefined && base !== undefined ? q4 / base : Number.NaN,
    sameTokensAsFp32: Object.fromEntries(
      decoding.flatMap((d) =>
        'failed' in d || fp32Tokens === undefined || 'failed' in fp32Tokens ? [] : [[d.dtype, commonPrefix(d.tokens, fp32Tokens.tokens)]],
      ),
    ),
  };
}

/** Leading tokens two greedy runs share (free-running decodes part ways at the first difference). */
function commonPrefix(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function failure(e: unknown): BenchFailure {
  return { failed: true, code: isMlpackError(e) ? e.code : undefined, message: e instanceof Error ? e.message : String(e) };
}
