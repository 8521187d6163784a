import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stageOutputDir } from '@mlpack/core';
import { writeSafetensorsStream } from '@mlpack/safetensors';
import type { StreamTensorInput } from '@mlpack/safetensors';
import type { BenchModel } from './ensure-bench-model.js';
import { BENCH_MODEL_MARKER, BENCH_WEIGHTS_FILE } from './ensure-bench-model.js';
import { checkDecoderBenchSpec, decoderSpecHash } from './decoder-bench-spec.js';
import type { DecoderBenchSpec } from './decoder-bench-spec.js';
import { produceWeights } from './fast-weights.js';
import { llamaConfigJson, planLlamaTensors } from './plan-llama-tensors.js';
import { summarizePlan } from './plan-bert-tensors.js';

const CONFIG_FILE = 'config.json';
const SAFETENSORS_METADATA: Readonly<Record<string, string>> = { format: 'pt' };

interface Marker {
  specHash: string;
  spec: DecoderBenchSpec;
  files: Record<string, number>;
}

/**
 * The decoder benchmark model for `spec` in `<cacheRoot>/<spec.name>`: reused when complete for
 * the same spec, else generated atomically, streamed tensor by tensor from the seeded generator
 * (float32 chunks of ≤ 4 MiB, rounded to BF16 when the spec says so). `largest.bytes` is the
 * largest tensor as float32: what the converter's float32 graph holds of it at once.
 */
export async function ensureDecoderBenchModel(cacheRoot: string, spec: DecoderBenchSpec, options: { force?: boolean } = {}): Promise<BenchModel> {
  checkDecoderBenchSpec(spec);
  const dir = join(cacheRoot, spec.name);
  const specHash = decoderSpecHash(spec);
  const plan = planLlamaTensors(spec);
  const { params, largest } = summarizePlan(plan);
  const weightsFile = join(dir, BENCH_WEIGHTS_FILE);
  const base = { dir, weightsFile, params, largest, specHash };
  if (!options.force) {
    const size = await completeSize(dir, specHash);
    if (size !== undefined) return { ...base, weightsFileBytes: size, reused: true, generateMs: 0 };
  }
  const t0 = performance.now();
  const staging = await stageOutputDir(dir, { force: true });
  try {
    const config = llamaConfigJson(spec);
    await writeFile(join(staging.path, CONFIG_FILE), config);
    const tensors: StreamTensorInput[] = plan.map((t) => ({
      name: t.name,
      dtype: spec.dtype,
      shape: t.shape,
      produce: () => (spec.dtype === 'BF16' ? toBf16(produceWeights(t, spec.seed)) : produceWeights(t, spec.seed)),
    }));
    const { bytes } = await writeSafetensorsStream(join(staging.path, BENCH_WEIGHTS_FILE), tensors, SAFETENSORS_METADATA);
    const marker: Marker = { specHash, spec, files: { [CONFIG_FILE]: Buffer.byteLength(config), [BENCH_WEIGHTS_FILE]: bytes } };
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

async function completeSize(dir: string, specHash: string): Promise<number | undefined> {
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
