import { performance } from 'node:perf_hooks';
import { int64Tensor } from '@mlpack/core';
import type { HostTensorMap } from '@mlpack/core';
import { createOnnxRunner, seededRandom } from '@mlpack/verify';
import { BenchError } from './bench-error.js';
import { median } from './median.js';

/** One input shape to time. */
export interface LatencyCase {
  batch: number;
  sequence: number;
}

export interface LatencyResult extends LatencyCase {
  /** Median of the timed runs, ms. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Timed runs (warm-up runs excluded). */
  runs: number;
}

export interface OrtLatencyOptions {
  /** onnxruntime intra-op threads (default 2: the benchmark's reference machine has 2 cores). */
  threads?: number;
  /** Timed runs per case (default 10). */
  runs?: number;
  /** Untimed runs per case first (default 2: the first run allocates and plans). */
  warmup?: number;
  /** Token ids are drawn uniformly from [1, vocabSize) (0 is BERT's pad id). */
  vocabSize: number;
  /** Seed of the token ids (default 0). */
  seed?: number;
}

/** Both cores of the reference machine (and verify's ORT_MAX_THREADS). */
const DEFAULT_THREADS = 2;
/** Enough runs for a stable median at ~1 s per bert-base 8 x 128 pass, few enough to keep the bench under a minute. */
const DEFAULT_RUNS = 10;
/** The first passes allocate arenas and pick kernels; they are not representative. */
const DEFAULT_WARMUP = 2;

/**
 * Open `modelPath` once with onnxruntime (through @mlpack/verify's runner) and time full forward
 * passes for each case: seeded token ids, attention mask all ones, segment ids all zero.
 */
export async function measureOrtLatency(modelPath: string, cases: readonly LatencyCase[], options: OrtLatencyOptions): Promise<LatencyResult[]> {
  const runner = await createOnnxRunner(modelPath, { intraOpNumThreads: options.threads ?? DEFAULT_THREADS, name: 'bench' });
  try {
    const results: LatencyResult[] = [];
    for (const c of cases) {
      const feeds = makeFeeds(
        runner.inputs.map((i) => i.name),
        c,
        options.vocabSize,
        options.seed ?? 0,
        modelPath,
      );
      for (let i = 0; i < (options.warmup ?? DEFAULT_WARMUP); i++) await runner.run(feeds);
      const times: number[] = [];
      for (let i = 0; i < (options.runs ?? DEFAULT_RUNS); i++) {
        const t0 = performance.now();
        await runner.run(feeds);
        times.push(performance.now() - t0);
      }
      results.push({ ...c, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), runs: times.length });
    }
    return results;
  } finally {
    await runner.dispose();
  }
}

/** Feeds for an encoder: the inputs it declares, each [batch, sequence] int64. */
export function makeFeeds(names: readonly string[], c: LatencyCase, vocabSize: number, seed: number, file?: string): HostTensorMap {
  const n = c.batch * c.sequence;
  const feeds: HostTensorMap = {};
  for (const name of names) {
    const data = new BigInt64Array(n);
    if (name === 'input_ids') {
      const rng = seededRandom(seed);
      for (let i = 0; i < n; i++) data[i] = BigInt(rng.int(1, vocabSize));
    } else if (name === 'attention_mask') {
      data.fill(1n);
    } else if (name !== 'token_type_ids') {
      throw new BenchError('BENCH_UNKNOWN_INPUT', `the model takes input "${name}", which the latency benchmark cannot make`, {
        file,
        tensor: name,
        hint: 'the latency benchmark feeds input_ids, attention_mask and token_type_ids only',
      });
    }
    feeds[name] = int64Tensor([c.batch, c.sequence], data);
  }
  return feeds;
}
