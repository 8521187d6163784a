import { readFile } from 'node:fs/promises';
import type { HostTensor, HostTensorMap } from '@mlpack/core';
import type { Tensor, io } from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import { RUNTIME_PACKAGES, importRuntime } from './import-runtime.js';
import { toFloat32, toInt32 } from './int-casts.js';
import type { Runner } from './runner.js';
import { checkTfjsModel } from './tfjs-model-check.js';
import type { TfjsModelPlan } from './tfjs-model-check.js';
import { VerifyError } from './verify-error.js';
import type { VerifyErrorCode } from './verify-error.js';

export interface TfjsRunnerOptions {
  /** Name in reports (default `tfjs`). */
  name?: string;
}

/** A TF.js graph model on the pure-JS cpu backend behind the Runner interface. */
export interface TfjsRunner extends Runner {
  /** The validated model.json. */
  readonly plan: TfjsModelPlan;
  /** Input names (signature keys, else placeholder names) with their TF.js dtypes. */
  readonly inputs: ReadonlyArray<{ name: string; dtype: string }>;
  /** Output names (signature keys, else output node names), in model order. */
  readonly outputNames: readonly string[];
}

type Tf = typeof import('@tensorflow/tfjs-core');

let backendReady: Promise<Tf> | undefined;

/** The TF.js packages are optional peer dependencies: a coded error names the one that is missing. */
const importTfjs = <T>(pkg: keyof typeof RUNTIME_PACKAGES, load: () => Promise<T>): Promise<T> =>
  importRuntime(pkg, RUNTIME_PACKAGES[pkg], 'running TF.js models', load);

/** Load tfjs-core + the cpu backend once, on first use (never at import time). */
function loadTf(): Promise<Tf> {
  backendReady ??= (async () => {
    const tf = await importTfjs('@tensorflow/tfjs-core', () => import('@tensorflow/tfjs-core'));
    await importTfjs('@tensorflow/tfjs-backend-cpu', () => import('@tensorflow/tfjs-backend-cpu'));
    // PROD silences tfjs' "install tfjs-node" banner on stdout/stderr; it changes no numerics.
    tf.env().set('PROD', true);
    if (!(await tf.setBackend('cpu'))) throw new Error('the TF.js cpu backend failed to initialize');
    await tf.ready();
    return tf;
  })();
  return backendReady;
}

/**
 * Validate `modelJsonPath` (see `checkTfjsModel`; the first problem is thrown with its TFJS_* code),
 * read its shards from disk through an in-memory IOHandler (no fetch, no tfjs-node) and load it as
 * a graph model. Integer inputs are fed as int32 (TF.js has no int64; out-of-range ids are refused).
 * Outputs are named by the model.json signature keys when it has a signature, else by node names.
 */
export async function createTfjsRunner(modelJsonPath: string, options: TfjsRunnerOptions = {}): Promise<TfjsRunner> {
  const checked = await checkTfjsModel(modelJsonPath);
  if (!checked.ok) {
    const [first, ...rest] = checked.issues;
    throw new VerifyError(
      first!.code as VerifyErrorCode,
      `${first!.message}${rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : ''}`,
      {
        file: first!.file,
        pointer: first!.pointer,
        hint: first!.hint,
      },
    );
  }
  const plan = checked.value;
  const tf = await loadTf();
  const { loadGraphModel } = await importTfjs('@tensorflow/tfjs-converter', () => import('@tensorflow/tfjs-converter'));
  const weightData: ArrayBuffer[] = [];
  for (const shard of plan.shards) {
    const bytes = await readFile(shard.path);
    weightData.push(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  const json = plan.modelJson;
  const handler: io.IOHandler = {
    load: async () => ({
      modelTopology: json.modelTopology as object,
      format: 'graph-model',
      weightSpecs: plan.weightSpecs.map(({ byteLength: _bytes, ...spec }) => spec),
      weightData,
      ...(typeof json.generatedBy === 'string' ? { generatedBy: json.generatedBy } : {}),
      ...(typeof json.convertedBy === 'string' ? { convertedBy: json.convertedBy } : {}),
      ...(isObject(json.signature) ? { signature: json.signature } : {}),
      ...(isObject(json.userDefinedMetadata) ? { userDefinedMetadata: json.userDefinedMetadata as Record<string, object> } : {}),
      ...(isObject(json.modelInitializer) ? { modelInitializer: json.modelInitializer } : {}),
    }),
  };
  let model: GraphModel;
  try {
    model = await loadGraphModel(handler);
  } catch (cause) {
    throw new VerifyError('TFJS_LOAD_FAILED', `TF.js could not load the graph model: ${messageOf(cause)}`, {
      file: modelJsonPath,
      cause,
      hint: 'the topology or weights do not fit together; convert again',
    });
  }
  const inputs = model.inputs.map((i) => ({ name: i.name, dtype: String(i.dtype) }));
  const outputNames = [...model.outputNodes];
  let disposed = false;
  return {
    name: options.name ?? 'tfjs',
    plan,
    inputs,
    outputNames,
    async run(given: HostTensorMap): Promise<HostTensorMap> {
      const feeds: Record<string, Tensor> = {};
      const owned: Tensor[] = [];
      try {
        for (const { name, dtype } of inputs) {
          const t = given[name];
          if (!t) {
            throw new VerifyError('TFJS_MISSING_INPUT', `the model needs input "${name}" (${dtype}), which was not given`, {
              file: modelJsonPath,
              tensor: name,
              hint: `given: ${Object.keys(given).sort().join(', ') || 'nothing'}`,
            });
          }
          const tensor = dtype === 'float32' ? tf.tensor(toFloat32(t), [...t.dims], 'float32') : tf.tensor(toInt32(t, name), [...t.dims], 'int32');
          owned.push(tensor);
          feeds[name] = tensor;
        }
        let result: Tensor | Tensor[];
        try {
          result = await execute(model, feeds, outputNames);
        } catch (cause) {
          throw new VerifyError('TFJS_RUN_FAILED', `TF.js failed to run the model: ${messageOf(cause)}`, { file: modelJsonPath, cause });
        }
        const list = Array.isArray(result) ? result : [result];
        owned.push(...list);
        const out: HostTensorMap = {};
        for (let i = 0; i < outputNames.length; i++) out[outputNames[i]!] = await toHost(list[i]!);
        return out;
      } finally {
        for (const t of owned) t.dispose();
      }
    },
    async dispose(): Promise<void> {
      if (disposed) return;
      disposed = true;
      model.dispose();
    },
  };
}

/**
 * `execute` when the graph is static, `executeAsync` when it has control flow or dynamic shapes:
 * TF.js refuses `execute` up front for those, and `executeAsync` on a static graph prints an
 * unconditional console warning on every run.
 */
async function execute(model: GraphModel, feeds: Record<string, Tensor>, outputs: string[]): Promise<Tensor | Tensor[]> {
  try {
    return model.execute(feeds, outputs);
  } catch (e) {
    if (e instanceof Error && /executeAsync/.test(e.message)) return model.executeAsync(feeds, outputs);
    throw e;
  }
}

async function toHost(t: Tensor): Promise<HostTensor> {
  const dims = [...t.shape];
  const data = await t.data();
  if (t.dtype === 'float32') return { dtype: 'float32', dims, data: Float32Array.from(data as Float32Array) };
  if (t.dtype === 'int32' || t.dtype === 'bool') return { dtype: 'int32', dims, data: Int32Array.from(data as ArrayLike<number>) };
  throw new VerifyError('TFJS_RUN_FAILED', `an output has dtype ${t.dtype}, which verify cannot compare`);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
