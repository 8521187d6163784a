import type { HostTensorMap } from '@mlpack/core';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { RUNTIME_PACKAGES, importRuntime } from './import-runtime.js';
import { hostTensorOfOrt, ortFeeds } from './ort-tensors.js';
import type { Runner } from './runner.js';
import { VerifyError } from './verify-error.js';

/**
 * Default intra-op threads: 1 keeps runs reproducible (no reduction-order changes between
 * runs) and leaves the other core to the TF.js and reference runners on small CI machines.
 */
export const ORT_DEFAULT_THREADS = 1;
/** Upper bound on intra-op threads: parity checks are tiny batches; more threads only add jitter. */
export const ORT_MAX_THREADS = 2;

export interface OnnxRunnerOptions {
  /** Intra-op threads, 1..ORT_MAX_THREADS (default ORT_DEFAULT_THREADS). */
  intraOpNumThreads?: number;
  /** Name in reports (default `onnx`). */
  name?: string;
}

/** An onnxruntime session (CPU) behind the Runner interface. */
export interface OnnxRunner extends Runner {
  /** The session's inputs with their declared element types. */
  readonly inputs: ReadonlyArray<{ name: string; type: string }>;
  /** The session's output names, in model order. */
  readonly outputNames: readonly string[];
}

/**
 * Open `modelPath` (external data beside it is found by onnxruntime) with all graph optimizations.
 * Integer inputs are converted to the element type the model declares (int64 for Optimum-style
 * models; int32 is range-checked), float inputs to float32 or float16 as declared (a float16 KV
 * cache), float outputs come back as float32 HostTensors.
 */
export async function createOnnxRunner(modelPath: string, options: OnnxRunnerOptions = {}): Promise<OnnxRunner> {
  const threads = options.intraOpNumThreads ?? ORT_DEFAULT_THREADS;
  if (!Number.isSafeInteger(threads) || threads < 1 || threads > ORT_MAX_THREADS) {
    throw new RangeError(`intraOpNumThreads must be 1..${ORT_MAX_THREADS} (got ${threads})`);
  }
  // Loaded on first use: importing @mlpack/verify must not load the native runtime, which is an
  // optional peer dependency.
  const ort = await importRuntime('onnxruntime-node', RUNTIME_PACKAGES['onnxruntime-node'], 'running ONNX models', () => import('onnxruntime-node'));
  let session: InferenceSession;
  try {
    session = await ort.InferenceSession.create(modelPath, {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      executionProviders: ['cpu'],
    });
  } catch (cause) {
    throw new VerifyError('ORT_LOAD_FAILED', `onnxruntime could not load the model: ${messageOf(cause)}`, {
      file: modelPath,
      cause,
      hint: 'check that the .onnx file (and model.onnx_data beside it) are complete; run `mlpack convert` again',
    });
  }
  const inputs = session.inputMetadata.map((m) => ({ name: m.name, type: m.isTensor ? m.type : 'non-tensor' }));
  const outputNames = [...session.outputNames];
  let released = false;
  return {
    name: options.name ?? 'onnx',
    inputs,
    outputNames,
    async run(feedsIn: HostTensorMap): Promise<HostTensorMap> {
      const feeds: Record<string, Tensor> = {};
      for (const [name, f] of Object.entries(ortFeeds(inputs, feedsIn, modelPath)))
        feeds[name] = new ort.Tensor(f.type as Tensor.Type, f.data as Tensor.DataType, f.dims);
      let results: InferenceSession.OnnxValueMapType;
      try {
        results = await session.run(feeds);
      } catch (cause) {
        throw new VerifyError('ORT_RUN_FAILED', `onnxruntime failed to run the model: ${messageOf(cause)}`, { file: modelPath, cause });
      }
      const out: HostTensorMap = {};
      for (const name of outputNames) {
        const v = results[name];
        if (v) out[name] = hostTensorOfOrt(v, name, modelPath);
      }
      return out;
    },
    async dispose(): Promise<void> {
      if (released) return;
      released = true;
      await session.release();
    },
  };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
