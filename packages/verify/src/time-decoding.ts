import { performance } from 'node:perf_hooks';
import { f16ToF32 } from '@mlpack/safetensors';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { VerifyError } from './verify-error.js';

export interface TimeDecodingOptions {
  /** Prompt token ids (batch 1). */
  prompt: readonly number[];
  /** Tokens decoded greedily after the prompt pass (the prompt pass picks the first). */
  newTokens: number;
  /** onnxruntime intra-op threads (default 2: the reference machine's cores). */
  threads?: number;
  /** Untimed prompt passes + steps run first, to allocate and plan (default 1). */
  warmup?: number;
}

export interface DecodingTimes {
  /** The prompt pass (empty cache → first token's logits), ms: time to first token. */
  ttftMs: number;
  /** Each later step (one token in, the cache carried over), ms. */
  stepMs: number[];
  /** Greedy picks: the first from the prompt pass, then one per step. */
  tokens: number[];
  /** Element type of the KV cache inputs (`float32` or `float16`). */
  cacheType: string;
}

/**
 * Time greedy decoding of a decoder with a KV cache in onnxruntime (CPU), as a generation loop
 * runs it: the prompt pass with an empty cache (dims `[1, kv_heads, 0, head_dim]` in the element
 * type the session declares), then one token per step with every `present.*` fed back as
 * `past_key_values.*` as it came out (no copy, no dtype conversion). The clock covers `session.run`
 * and the argmax over the last logits row. For benchmarks: verify's parity checks use `greedyParity`.
 */
export async function timeDecoding(modelPath: string, options: TimeDecodingOptions): Promise<DecodingTimes> {
  const ort = await import('onnxruntime-node');
  let session: InferenceSession;
  try {
    session = await ort.InferenceSession.create(modelPath, {
      intraOpNumThreads: options.threads ?? 2,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      executionProviders: ['cpu'],
    });
  } catch (cause) {
    throw new VerifyError('ORT_LOAD_FAILED', `onnxruntime could not load the model: ${cause instanceof Error ? cause.message : String(cause)}`, {
      file: modelPath,
      cause,
    });
  }
  try {
    const past = session.inputMetadata.filter((m) => m.isTensor && m.name.startsWith('past_key_values.'));
    if (past.length === 0)
      throw new VerifyError('ORT_MISSING_INPUT', 'the model takes no past_key_values.* inputs: not a decoder with a KV cache', { file: modelPath });
    const cacheType = past[0]!.isTensor ? past[0]!.type : 'float32';
    const takesPositions = session.inputNames.includes('position_ids');
    const int64 = (values: readonly number[]): Tensor => new ort.Tensor('int64', BigInt64Array.from(values, BigInt), [1, values.length]);
    const emptyCache = (): Record<string, Tensor> => {
      const feeds: Record<string, Tensor> = {};
      for (const m of past) {
        if (!m.isTensor) continue;
        const [, kv, , hd] = m.shape;
        if (typeof kv !== 'number' || typeof hd !== 'number')
          throw new VerifyError('ORT_UNSUPPORTED_DTYPE', `${m.name} has symbolic kv heads or head dim`, { file: modelPath, tensor: m.name });
        feeds[m.name] =
          m.type === 'float16' ? new ort.Tensor('float16', new Uint16Array(0), [1, kv, 0, hd]) : new ort.Tensor('float32', new Float32Array(0), [1, kv, 0, hd]);
      }
      return feeds;
    };
    const pick = (logits: Tensor): number => {
      const [, s, v] = logits.dims as [number, number, number];
      const data = logits.data as Float32Array | Uint16Array;
      const at = (i: number): number => (logits.type === 'float16' ? f16ToF32(data[i]!) : data[i]!);
      let best = 0;
      for (let i = 1; i < v; i++) if (at((s - 1) * v + i) > at((s - 1) * v + best)) best = i;
      return best;
    };
    const decode = async (steps: number): Promise<DecodingTimes> => {
      const n = options.prompt.length;
      const first: Record<string, Tensor> = { input_ids: int64(options.prompt), attention_mask: int64(options.prompt.map(() => 1)), ...emptyCache() };
      if (takesPositions) first.position_ids = int64(options.prompt.map((_, i) => i));
      const t0 = performance.now();
      let out = await session.run(first);
      const tokens = [pick(out['logits'] as Tensor)];
      const ttftMs = performance.now() - t0;
      const stepMs: number[] = [];
      for (let step = 1; step < steps; step++) {
        const length = n + step;
        const feeds: Record<string, Tensor> = { input_ids: int64([tokens[tokens.length - 1]!]), attention_mask: int64(new Array<number>(length).fill(1)) };
        if (takesPositions) feeds.position_ids = int64([length - 1]);
        for (const m of past) feeds[m.name] = out[`present.${m.name.slice('past_key_values.'.length)}`] as Tensor;
        const t = performance.now();
        out = await session.run(feeds);
        tokens.push(pick(out['logits'] as Tensor));
        stepMs.push(performance.now() - t);
      }
      return { ttftMs, stepMs, tokens, cacheType };
    };
    for (let i = 0; i < (options.warmup ?? 1); i++) await decode(Math.min(3, options.newTokens));
    return await decode(options.newTokens);
  } finally {
    await session.release();
  }
}
