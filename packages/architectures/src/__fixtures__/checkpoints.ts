/** Test helpers: generated sample checkpoints, edited copies of them, and guarded tensor sources. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TensorInfo, TensorSource } from '@mlpack/core';
import { openWeights, writeSafetensors } from '@mlpack/safetensors';
import type { TensorInput, WeightSet } from '@mlpack/safetensors';
import { generateSample } from '@mlpack/samples';
import type { SampleSpec } from '@mlpack/samples';

export interface Checkpoint {
  dir: string;
  config: Record<string, unknown>;
  weights: WeightSet;
}

export async function readConfig(dir: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
}

/** `generateSample(spec)` into `dir`, opened. */
export async function sampleCheckpoint(spec: SampleSpec, dir: string): Promise<Checkpoint> {
  await generateSample(spec, dir);
  return { dir, config: await readConfig(dir), weights: await openWeights(dir) };
}

/** All tensors of a source, bytes included, sorted by name. */
export async function readAllTensors(source: TensorSource): Promise<TensorInput[]> {
  const out: TensorInput[] = [];
  for (const [name, info] of source.tensors) out.push({ name, dtype: info.dtype, shape: [...info.shape], data: await source.read(name) });
  return out;
}

/** Write `tensors` + `config` as a one-file HF folder at `dir` and open it. */
export async function writeCheckpoint(dir: string, config: Record<string, unknown>, tensors: readonly TensorInput[]): Promise<Checkpoint> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'config.json'), JSON.stringify(config, null, 2));
  await writeSafetensors(join(dir, 'model.safetensors'), tensors, { format: 'pt' });
  return { dir, config, weights: await openWeights(dir) };
}

/** float32 tensor bytes. */
export function f32Tensor(name: string, shape: readonly number[], values: Float32Array): TensorInput {
  return { name, dtype: 'F32', shape, data: new Uint8Array(values.buffer, values.byteOffset, values.byteLength) };
}

/** A copy of an F32 tensor under a new name with every value scaled (distinct but same-sized weights). */
export function renamedScaled(t: TensorInput, name: string, scale: number, shift = 0): TensorInput {
  const src = new Float32Array(t.data.slice().buffer);
  const dst = src.map((v) => v * scale + shift);
  return f32Tensor(name, t.shape, dst);
}

/**
 * A TensorSource over `inner` whose byte reads throw: building a graph must consult headers only.
 * `hide` drops tensors, `reshape` lies about shapes (for error tests without writing files).
 */
export function headerOnlySource(
  inner: TensorSource,
  edits: { hide?: readonly string[]; replace?: Readonly<Record<string, Partial<TensorInfo>>> } = {},
): TensorSource & { reads: number } {
  const hidden = new Set(edits.hide ?? []);
  const tensors = new Map<string, TensorInfo>();
  for (const [name, info] of inner.tensors) {
    if (hidden.has(name)) continue;
    tensors.set(name, { ...info, ...(edits.replace?.[name] ?? {}) });
  }
  const source = {
    reads: 0,
    tensors,
    get: (name: string) => tensors.get(name),
    read: async (name: string): Promise<Uint8Array> => {
      source.reads++;
      throw new Error(`unexpected read of "${name}" while building`);
    },
    readFloat32: async (name: string): Promise<Float32Array> => {
      source.reads++;
      throw new Error(`unexpected read of "${name}" while building`);
    },
    close: async () => {},
  };
  return source;
}
