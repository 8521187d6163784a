import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { f16ToF32, f32ToF16 } from '@mlpack/safetensors';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { RUNTIME_PACKAGES, importRuntime } from './import-runtime.js';
import { toFloat32, toInt32, toInt64 } from './int-casts.js';
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
      for (const { name, type } of inputs) {
        const t = feedsIn[name];
        if (!t) {
          throw new VerifyError('ORT_MISSING_INPUT', `the model needs input "${name}" (${type}), which was not given`, {
            file: modelPath,
            tensor: name,
            hint: `given: ${Object.keys(feedsIn).sort().join(', ') || 'nothing'}`,
          });
        }
        feeds[name] = toOrtTensor(ort.Tensor, t, name, type, modelPath);
      }
      let results: InferenceSession.OnnxValueMapType;
      try {
        results = await session.run(feeds);
      } catch (cause) {
        throw new VerifyError('ORT_RUN_FAILED', `onnxruntime failed to run the model: ${messageOf(cause)}`, { file: modelPath, cause });
      }
      const out: HostTensorMap = {};
      for (const name of outputNames) {
        const v = results[name];
        if (v) out[name] = fromOrtTensor(v, name, modelPath);
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

type TensorCtor = typeof import('onnxruntime-node').Tensor;

function toOrtTensor(ctor: TensorCtor, t: HostTensor, name: string, type: string, file: string): Tensor {
  const dims = [...t.dims];
  switch (type) {
    case 'int64':
      return new ctor('int64', toInt64(t, name), dims);
    case 'int32':
      return new ctor('int32', toInt32(t, name), dims);
    case 'float32':
      return new ctor('float32', toFloat32(t), dims);
    case 'float16':
      // A float16 KV cache (fp16 / q4f16 decoders): the previous step's present.* came back as
      // float32 (exactly: every float16 is a float32), so this round trip loses nothing.
      return new ctor('float16', Uint16Array.from(toFloat32(t), f32ToF16), dims);
    default:
      throw new VerifyError('ORT_UNSUPPORTED_DTYPE', `input "${name}" has element type ${type}, which verify cannot feed`, {
        file,
        tensor: name,
      });
  }
}

function fromOrtTensor(v: Tensor, name: string, file: string): HostTensor {
  const dims = v.dims.map(Number);
  switch (v.type) {
    case 'float32':
      return { dtype: 'float32', dims, data: Float32Array.from(v.data as Float32Array) };
    case 'float16':
      return { dtype: 'float32', dims, data: Float32Array.from(v.data as Uint16Array, f16ToF32) };
    case 'float64':
      return { dtype: 'float64', dims, data: Float64Array.from(v.data as Float64Array) };
    case 'int64':
      return { dtype: 'int64', dims, data: BigInt64Array.from(v.data as BigInt64Array) };
    case 'int32':
      return { dtype: 'int32', dims, data: Int32Array.from(v.data as Int32Array) };
    case 'bool':
      return { dtype: 'int32', dims, data: Int32Array.from(v.data as Uint8Array) };
    default:
      throw new VerifyError('ORT_UNSUPPORTED_DTYPE', `output "${name}" has element type ${v.type}, which verify cannot compare`, {
        file,
        tensor: name,
      });
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
