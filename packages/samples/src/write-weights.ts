import { join } from 'node:path';
import { rm, writeFile } from 'node:fs/promises';
import { openWeights, serializeSafetensors, type TensorInput } from '@mlpack/safetensors';
import { SamplesError } from './errors.js';
import { transformersJson } from './python-json.js';

/** What transformers writes into every safetensors file it saves. */
export const SAFETENSORS_METADATA: Readonly<Record<string, string>> = { format: 'pt' };
export const SINGLE_FILE = 'model.safetensors';
export const INDEX_FILE = 'model.safetensors.index.json';
/** transformers pads shard numbers to five digits: model-00001-of-00002.safetensors. */
const SHARD_DIGITS = 5;

export function shardFileName(index: number, count: number): string {
  const pad = (n: number) => String(n).padStart(SHARD_DIGITS, '0');
  return `model-${pad(index + 1)}-of-${pad(count)}.safetensors`;
}

/**
 * Split name-sorted tensors into `count` contiguous, non-empty groups of roughly equal bytes
 * (each group closes once it is nearer the running byte target with the next tensor left out).
 */
export function partitionShards(tensors: readonly TensorInput[], count: number): TensorInput[][] {
  if (count > tensors.length) {
    throw new SamplesError('SAMPLE_INVALID_SPEC', `cannot spread ${tensors.length} tensors over ${count} shards`, {
      pointer: '/shards',
      hint: 'use at most as many shards as the model has tensors',
    });
  }
  const total = tensors.reduce((s, t) => s + t.data.length, 0);
  const groups: TensorInput[][] = [];
  let i = 0;
  let written = 0;
  for (let k = 0; k < count; k++) {
    const group: TensorInput[] = [];
    const mustLeave = count - k - 1; // one tensor at least for every later shard
    const target = ((k + 1) * total) / count;
    do {
      const t = tensors[i++]!;
      group.push(t);
      written += t.data.length;
    } while (
      i < tensors.length - mustLeave &&
      (k === count - 1 || written + tensors[i]!.data.length / 2 <= target)
    );
    groups.push(group);
  }
  return groups;
}

/**
 * Write `model.safetensors`, or `shards` files plus `model.safetensors.index.json` (weight_map
 * sorted, `metadata.total_size` = sum of tensor bytes, as transformers writes it). Returns the
 * names of the files written.
 */
export async function writeWeights(dir: string, tensors: readonly TensorInput[], shards: number): Promise<string[]> {
  if (shards === 1) {
    await writeFile(join(dir, SINGLE_FILE), serializeSafetensors(tensors, SAFETENSORS_METADATA));
    return [SINGLE_FILE];
  }
  const groups = partitionShards(tensors, shards);
  const weightMap: Record<string, string> = {};
  const files: string[] = [];
  for (const [k, group] of groups.entries()) {
    const file = shardFileName(k, shards);
    await writeFile(join(dir, file), serializeSafetensors(group, SAFETENSORS_METADATA));
    for (const t of group) weightMap[t.name] = file;
    files.push(file);
  }
  const totalSize = tensors.reduce((s, t) => s + t.data.length, 0);
  await writeFile(join(dir, INDEX_FILE), transformersJson({ metadata: { total_size: totalSize }, weight_map: weightMap }));
  return [...files, INDEX_FILE];
}

/** What `reshardWeights` wrote: shard files (index last), tensor names per shard, and the index content. */
export interface ReshardResult {
  files: string[];
  shards: string[][];
  weightMap: Record<string, string>;
  totalSize: number;
}

/**
 * Replace a folder's single `model.safetensors` by `shards` shards plus an index, as `writeWeights`
 * lays them out (for tests that need a sharded copy of a real sample). Tensors keep their bytes.
 */
export async function reshardWeights(dir: string, shards: number): Promise<ReshardResult> {
  const weights = await openWeights(dir);
  const tensors: TensorInput[] = [];
  try {
    for (const t of [...weights.tensors.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      tensors.push({ name: t.name, dtype: t.dtype, shape: [...t.shape], data: await weights.read(t.name) });
    }
  } finally {
    await weights.close();
  }
  await rm(join(dir, SINGLE_FILE));
  const files = await writeWeights(dir, tensors, shards);
  const groups = shards === 1 ? [tensors] : partitionShards(tensors, shards);
  const weightMap = Object.fromEntries(groups.flatMap((g, k) => g.map((t) => [t.name, shards === 1 ? SINGLE_FILE : shardFileName(k, shards)])));
  return { files, shards: groups.map((g) => g.map((t) => t.name)), weightMap, totalSize: tensors.reduce((s, t) => s + t.data.length, 0) };
}
