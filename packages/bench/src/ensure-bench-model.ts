import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stageOutputDir } from '@mlpack/core';
import { writeSafetensorsStream } from '@mlpack/safetensors';
import type { StreamTensorInput } from '@mlpack/safetensors';
import { bertConfigJson } from './bert-config.js';
import { benchSpecHash, checkBenchModelSpec } from './bench-model-spec.js';
import type { BenchModelSpec } from './bench-model-spec.js';
import { produceWeights } from './fast-weights.js';
import { planBertTensors, summarizePlan } from './plan-bert-tensors.js';
import type { BenchTensorPlan } from './plan-bert-tensors.js';

/** Written last: its presence with the right hash and file sizes means the folder is complete. Hidden, so model readers skip it. */
export const BENCH_MODEL_MARKER = '.bench-model.json';
export const BENCH_WEIGHTS_FILE = 'model.safetensors';
const CONFIG_FILE = 'config.json';
/** transformers writes `{"format": "pt"}` into every safetensors file it saves. */
const SAFETENSORS_METADATA: Readonly<Record<string, string>> = { format: 'pt' };

export interface BenchModel {
  /** The model folder (config.json + model.safetensors). */
  dir: string;
  /** Absolute path of model.safetensors. */
  weightsFile: string;
  /** Size of model.safetensors (header included). */
  weightsFileBytes: number;
  /** Parameters in the checkpoint. */
  params: number;
  /** Largest tensor, name and bytes: the least a streaming converter must hold at once. */
  largest: { name: string; bytes: number };
  /** Cache key (spec + generator version). */
  specHash: string;
  /** True when a complete cached folder was reused. */
  reused: boolean;
  /** Time spent generating (0 when reused), ms. */
  generateMs: number;
}

export interface EnsureBenchModelOptions {
  /** Regenerate even when a complete cached folder exists. */
  force?: boolean;
}

interface Marker {
  specHash: string;
  spec: object;
  files: Record<string, number>;
}

/**
 * The benchmark model for `spec` in `<cacheRoot>/<spec.name>`: reused when its marker carries the
 * same spec hash and the files have the recorded sizes, otherwise (re)generated atomically (staged
 * beside the target, renamed into place). Weights are streamed tensor by tensor in 4 MiB chunks, so
 * generating bert-base never holds more than one chunk.
 */
export async function ensureBenchModel(cacheRoot: string, spec: BenchModelSpec, options: EnsureBenchModelOptions = {}): Promise<BenchModel> {
  checkBenchModelSpec(spec);
  return ensureGeneratedModel(
    join(cacheRoot, spec.name),
    { spec, specHash: benchSpecHash(spec), plan: planBertTensors(spec), configJson: bertConfigJson(spec), dtype: 'F32', seed: spec.seed },
    options,
  );
}

/** What a seeded benchmark model is made of: the spec (and its cache key), its tensors and config.json. */
export interface GeneratedModel {
  spec: object;
  specHash: string;
  plan: readonly BenchTensorPlan[];
  configJson: string;
  /** Stored dtype of every tensor: float32, or BF16 rounded to nearest even from the same values. */
  dtype: 'F32' | 'BF16';
  seed: number;
}

/** `model` in `dir`, reused when complete for the same spec hash, else generated atomically (the marker written last). */
export async function ensureGeneratedModel(dir: string, model: GeneratedModel, options: EnsureBenchModelOptions = {}): Promise<BenchModel> {
  const { specHash, plan } = model;
  const { params, largest } = summarizePlan(plan);
  const weightsFile = join(dir, BENCH_WEIGHTS_FILE);
  const base = { dir, weightsFile, params, largest, specHash };

  if (!options.force) {
    const size = await completeWeightsSize(dir, specHash);
    if (size !== undefined) return { ...base, weightsFileBytes: size, reused: true, generateMs: 0 };
  }

  const t0 = performance.now();
  const staging = await stageOutputDir(dir, { force: true });
  try {
    await writeFile(join(staging.path, CONFIG_FILE), model.configJson);
    const tensors: StreamTensorInput[] = plan.map((t) => ({
      name: t.name,
      dtype: model.dtype,
      shape: t.shape,
      produce: () => (model.dtype === 'BF16' ? toBf16(produceWeights(t, model.seed)) : produceWeights(t, model.seed)),
    }));
    const { bytes } = await writeSafetensorsStream(join(staging.path, BENCH_WEIGHTS_FILE), tensors, SAFETENSORS_METADATA);
    const marker: Marker = { specHash, spec: model.spec, files: { [CONFIG_FILE]: Buffer.byteLength(model.configJson), [BENCH_WEIGHTS_FILE]: bytes } };
    await writeFile(join(staging.path, BENCH_MODEL_MARKER), JSON.stringify(marker, null, 2) + '\n');
    await staging.commit();
    return { ...base, weightsFileBytes: bytes, reused: false, generateMs: performance.now() - t0 };
  } catch (e) {
    await staging.abort();
    throw e;
  }
}

/**
 * Little-endian float32 chunks → BF16 chunks, rounded to nearest even (as `torch.Tensor.to(bfloat16)`).
 * The generator's values are finite, so no NaN handling is needed.
 */
export function* toBf16(chunks: Iterable<Uint8Array>): Generator<Uint8Array> {
  for (const c of chunks) {
    const from = new DataView(c.buffer, c.byteOffset, c.byteLength);
    const n = c.byteLength / 4;
    const out = new Uint8Array(n * 2);
    const to = new DataView(out.buffer);
    for (let i = 0; i < n; i++) {
      const w = from.getUint32(i * 4, true);
      to.setUint16(i * 2, (w + 0x7fff + ((w >>> 16) & 1)) >>> 16, true);
    }
    yield out;
  }
}

/** Size of model.safetensors when `dir` holds a complete model for `specHash`, else undefined. */
async function completeWeightsSize(dir: string, specHash: string): Promise<number | undefined> {
  let marker: Marker;
  try {
    marker = JSON.parse(await readFile(join(dir, BENCH_MODEL_MARKER), 'utf8')) as Marker;
  } catch {
    return undefined;
  }
  if (marker.specHash !== specHash || typeof marker.files !== 'object' || marker.files === null) return undefined;
  for (const [name, size] of Object.entries(marker.files)) {
    const s = await stat(join(dir, name)).catch(() => undefined);
    if (!s?.isFile() || s.size !== size) return undefined;
  }
  const size = marker.files[BENCH_WEIGHTS_FILE];
  return typeof size === 'number' ? size : undefined;
}
