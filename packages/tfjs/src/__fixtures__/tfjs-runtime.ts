/**
 * Test helper: load an emitted TF.js graph model from disk through a custom IOHandler (no fetch,
 * no tfjs-node) on the pure-JS cpu backend, and run it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfconv from '@tensorflow/tfjs-converter';

let ready: Promise<void> | undefined;

export function cpuBackend(): Promise<void> {
  ready ??= (async () => {
    // PROD silences tfjs' console banner; it changes no numerics.
    tf.env().set('PROD', true);
    if (!(await tf.setBackend('cpu'))) throw new Error('cpu backend failed to initialize');
    await tf.ready();
  })();
  return ready;
}

export async function loadModel(dir: string): Promise<tfconv.GraphModel> {
  await cpuBackend();
  const json = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8')) as {
    modelTopology: object;
    weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
    signature?: object;
    userDefinedMetadata?: Record<string, object>;
    format: string;
    generatedBy: string;
    convertedBy: string;
  };
  const parts: Uint8Array[] = [];
  for (const g of json.weightsManifest) for (const p of g.paths) parts.push(await readFile(join(dir, p)));
  const total = parts.reduce((a, p) => a + p.length, 0);
  const all = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.length;
  }
  const handler: tf.io.IOHandler = {
    load: async () => ({
      modelTopology: json.modelTopology,
      format: json.format,
      generatedBy: json.generatedBy,
      convertedBy: json.convertedBy,
      weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
      weightData: all.buffer,
      ...(json.signature ? { signature: json.signature } : {}),
      ...(json.userDefinedMetadata ? { userDefinedMetadata: json.userDefinedMetadata } : {}),
    }),
  };
  return tfconv.loadGraphModel(handler);
}

export interface RunInput {
  dtype: 'int32' | 'float32' | 'bool';
  shape: number[];
  data: ArrayLike<number>;
}

export interface RunOutput {
  dtype: string;
  shape: number[];
  data: number[];
}

/**
 * Run with `executeAsync` (or `execute`), outputs fetched by signature key; returns plain arrays.
 * Every tensor made here is disposed.
 */
export async function runModel(
  model: tfconv.GraphModel,
  inputs: Record<string, RunInput>,
  outputs: readonly string[],
  mode: 'async' | 'sync' = 'async',
): Promise<Record<string, RunOutput>> {
  const feeds: Record<string, tf.Tensor> = {};
  for (const [k, v] of Object.entries(inputs)) {
    feeds[k] = v.dtype === 'bool' ? tf.tensor(Array.from(v.data, Boolean), v.shape, 'bool') : tf.tensor(Array.from(v.data), v.shape, v.dtype);
  }
  try {
    const result = mode === 'async' ? await quietly(() => model.executeAsync(feeds, [...outputs])) : model.execute(feeds, [...outputs]);
    const list = Array.isArray(result) ? result : [result];
    const out: Record<string, RunOutput> = {};
    for (let i = 0; i < outputs.length; i++) {
      const t = list[i]!;
      out[outputs[i]!] = { dtype: t.dtype, shape: [...t.shape], data: Array.from<number>(await t.data()) };
      t.dispose();
    }
    return out;
  } finally {
    for (const t of Object.values(feeds)) t.dispose();
  }
}

/** TF.js warns on every `executeAsync` of a graph without control flow; drop exactly that warning. */
const STATIC_GRAPH_WARNING = 'This model execution did not contain any nodes with control flow';

async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith(STATIC_GRAPH_WARNING)) return;
    warn(...args);
  };
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}
