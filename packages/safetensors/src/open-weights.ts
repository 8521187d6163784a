/**
 * A model folder's weights: `model.safetensors`, or `model.safetensors.index.json` plus its
 * shards, as one `TensorSource` sorted by tensor name.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { jsonPointer } from '@mlpack/core';
import type { DType, TensorSource } from '@mlpack/core';
import { INDEX_FILE, MAX_INDEX_BYTES, SINGLE_WEIGHTS_FILE } from './constants.js';
import { decodeToFloat32 } from './dtype-codecs.js';
import { SafetensorsError } from './errors.js';
import type { SafetensorsTensorInfo } from './parse-header.js';
import { parseShardIndex } from './parse-shard-index.js';
import type { ShardIndex } from './parse-shard-index.js';
import { openSafetensors } from './safetensors-file.js';
import type { SafetensorsFile, TensorChunk } from './safetensors-file.js';

export interface OpenWeightsOptions {
  /**
   * Accept shards that are symlinks resolving outside the folder (the Hugging Face cache links
   * `snapshots/<rev>/*.safetensors` to `blobs/`). Default false: such shards are refused.
   */
  allowSymlinksOutside?: boolean;
}

/** All weights of a model folder, across one file or many shards. */
export class WeightSet implements TensorSource {
  /** All tensors by name, sorted by name. */
  readonly tensors: ReadonlyMap<string, SafetensorsTensorInfo>;
  /** Absolute paths of the safetensors files, in shard order. */
  readonly files: readonly string[];
  /** `__metadata__` of each file, by absolute path. */
  readonly metadata: ReadonlyMap<string, Readonly<Record<string, string>> | undefined>;
  /** Sum of tensor byte lengths. */
  readonly totalBytes: number;
  /** Sum of element counts. */
  readonly parameterCount: number;
  /** Bytes per dtype, for the dtypes present. */
  readonly bytesPerDType: Readonly<Partial<Record<DType, number>>>;
  private readonly fileOf: ReadonlyMap<string, SafetensorsFile>;

  constructor(
    /** The model folder as given. */
    readonly dir: string,
    /** Absolute path of the index file, or undefined for a single `model.safetensors`. */
    readonly indexFile: string | undefined,
    /** The parsed index, or undefined for a single file. */
    readonly index: ShardIndex | undefined,
    private readonly opened: readonly SafetensorsFile[],
  ) {
    const all: Array<[SafetensorsTensorInfo, SafetensorsFile]> = [];
    for (const f of opened) for (const t of f.tensors) all.push([t, f]);
    all.sort(([a], [b]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    this.tensors = new Map(all.map(([t]) => [t.name, t]));
    this.fileOf = new Map(all.map(([t, f]) => [t.name, f]));
    this.files = opened.map((f) => f.path);
    this.metadata = new Map(opened.map((f) => [f.path, f.metadata]));
    let bytes = 0;
    let params = 0;
    const perDType: Partial<Record<DType, number>> = {};
    for (const [t] of all) {
      bytes += t.byteLength;
      params += t.elements;
      perDType[t.dtype] = (perDType[t.dtype] ?? 0) + t.byteLength;
    }
    this.totalBytes = bytes;
    this.parameterCount = params;
    this.bytesPerDType = Object.freeze(perDType);
  }

  get(name: string): SafetensorsTensorInfo | undefined {
    return this.tensors.get(name);
  }

  async read(name: string): Promise<Uint8Array> {
    const [info, file] = this.require(name);
    return file.readTensor(info);
  }

  async readFloat32(name: string): Promise<Float32Array> {
    const [info, file] = this.require(name);
    return decodeToFloat32(info.dtype, await file.readTensor(info), { file: file.file, tensor: name });
  }

  /** Every tensor with its bytes: files in shard order, tensors in file order (sequential reads). */
  async *iterate(): AsyncGenerator<TensorChunk> {
    for (const f of this.opened) yield* f.iterate();
  }

  async close(): Promise<void> {
    await Promise.all(this.opened.map((f) => f.close()));
  }

  private require(name: string): [SafetensorsTensorInfo, SafetensorsFile] {
    const info = this.tensors.get(name);
    const file = this.fileOf.get(name);
    if (!info || !file) {
      throw new SafetensorsError('ST_TENSOR_NOT_FOUND', `no tensor named "${name}" in the model's weights`, {
        file: this.indexFile ?? this.files[0],
        tensor: name,
        hint: 'list the tensors with `mlpack inspect`',
      });
    }
    return [info, file];
  }
}

/**
 * Open a model folder's weights. `model.safetensors` or `model.safetensors.index.json` + shards
 * (never both: `ST_AMBIGUOUS_WEIGHTS`; neither: `ST_NO_WEIGHTS`). Every file is validated and
 * every index rule checked before this returns. Throws `SafetensorsError`.
 */
export async function openWeights(dir: string, options: OpenWeightsOptions = {}): Promise<WeightSet> {
  const singlePath = join(dir, SINGLE_WEIGHTS_FILE);
  const indexPath = join(dir, INDEX_FILE);
  const [hasSingle, hasIndex] = await Promise.all([exists(singlePath), exists(indexPath)]);
  if (hasSingle && hasIndex) {
    throw new SafetensorsError('ST_AMBIGUOUS_WEIGHTS', `both ${SINGLE_WEIGHTS_FILE} and ${INDEX_FILE} exist`, {
      file: dir,
      hint: 'keep only one set of weights in the folder; mlpack will not guess which one is current',
    });
  }
  if (!hasSingle && !hasIndex) {
    throw new SafetensorsError('ST_NO_WEIGHTS', `no ${SINGLE_WEIGHTS_FILE} or ${INDEX_FILE}`, { file: dir, hint: await noWeightsHint(dir) });
  }
  if (hasSingle) {
    const f = await openSafetensors(resolve(singlePath), { file: singlePath });
    return new WeightSet(dir, undefined, undefined, [f]);
  }
  return openSharded(dir, indexPath, options);
}

async function openSharded(dir: string, indexPath: string, options: OpenWeightsOptions): Promise<WeightSet> {
  const indexStat = await stat(indexPath);
  if (indexStat.size > MAX_INDEX_BYTES) {
    throw new SafetensorsError('ST_INDEX_JSON', `index has ${indexStat.size} bytes, more than the limit of ${MAX_INDEX_BYTES}`, {
      file: indexPath,
      hint: 'this is not a real shard index',
    });
  }
  const index = parseShardIndex(await readFile(indexPath), { file: indexPath });
  const realDir = await realpath(resolve(dir));
  const opened: SafetensorsFile[] = [];
  try {
    for (const shard of index.shards) {
      const shardPath = join(dir, shard);
      const firstTensor = [...index.weightMap].find(([, s]) => s === shard)![0];
      const pointer = jsonPointer('weight_map', firstTensor);
      if (!(await exists(shardPath))) {
        throw new SafetensorsError('ST_INDEX_MISSING_SHARD', `shard "${shard}" listed in the index does not exist`, {
          file: indexPath,
          pointer,
          hint: 'the download is incomplete: fetch every shard listed in the index',
        });
      }
      const real = await realpath(shardPath);
      const back = relative(realDir, real);
      if (!options.allowSymlinksOutside && (back === '..' || back.startsWith(`..${sep}`) || isAbsolute(back))) {
        throw new SafetensorsError('ST_INDEX_SYMLINK', `shard "${shard}" is a link to ${real}, outside the model folder`, {
          file: indexPath,
          pointer,
          hint: 'copy the shard into the folder (or pass allowSymlinksOutside for a trusted Hugging Face cache)',
        });
      }
      opened.push(await openSafetensors(resolve(shardPath), { file: shardPath }));
    }
    checkIndexAgainstShards(index, indexPath, opened);
    return new WeightSet(dir, resolve(indexPath), index, opened);
  } catch (e) {
    await Promise.all(opened.map((f) => f.close()));
    throw e;
  }
}

function checkIndexAgainstShards(index: ShardIndex, indexPath: string, opened: readonly SafetensorsFile[]): void {
  const shardOf = new Map<string, SafetensorsFile>();
  const shardNames = new Map<SafetensorsFile, string>(opened.map((f, i) => [f, index.shards[i]!]));
  for (const f of opened) {
    for (const t of f.tensors) {
      const first = shardOf.get(t.name);
      if (first) {
        throw new SafetensorsError('ST_INDEX_DUPLICATE_TENSOR', `tensor is stored in two shards: "${shardNames.get(first)}" and "${shardNames.get(f)}"`, {
          file: indexPath,
          pointer: jsonPointer('weight_map', t.name),
          tensor: t.name,
          hint: 'a tensor must live in exactly one shard; re-save the model',
        });
      }
      shardOf.set(t.name, f);
    }
  }
  for (const [name, shard] of index.weightMap) {
    const f = shardOf.get(name);
    if (!f || shardNames.get(f) !== shard) {
      throw new SafetensorsError('ST_INDEX_MISSING_TENSOR', `tensor mapped to "${shard}" is not in that shard${f ? ` (it is in "${shardNames.get(f)}")` : ''}`, {
        file: indexPath,
        pointer: jsonPointer('weight_map', name),
        tensor: name,
        hint: 'the index does not match the shards: re-download the model',
      });
    }
  }
  for (const [name, f] of [...shardOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!index.weightMap.has(name)) {
      throw new SafetensorsError('ST_INDEX_UNLISTED_TENSOR', `tensor in shard "${shardNames.get(f)}" is not listed in the index's weight_map`, {
        file: indexPath,
        pointer: '/weight_map',
        tensor: name,
        hint: 'the index does not match the shards: re-download the model',
      });
    }
  }
  if (index.totalSize !== undefined) {
    let sum = 0;
    for (const f of opened) for (const t of f.tensors) sum += t.byteLength;
    if (sum !== index.totalSize) {
      throw new SafetensorsError('ST_INDEX_TOTAL_SIZE', `metadata.total_size is ${index.totalSize} but the shards' tensors hold ${sum} bytes`, {
        file: indexPath,
        pointer: '/metadata/total_size',
        hint: 'the index does not match the shards: re-download the model',
      });
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ENOENT') return false;
    throw new SafetensorsError('ST_IO', `cannot stat ${path}`, { file: path, cause: e });
  }
}

/** Point at what is there instead: pickled checkpoints, or safetensors under another name. */
async function noWeightsHint(dir: string): Promise<string> {
  const names = await readdir(dir).catch(() => undefined);
  if (!names) return 'the folder does not exist or cannot be read';
  const pickles = names.filter((n) => /\.(bin|pt|pth|ckpt|pkl)$/.test(n)).sort();
  const others = names.filter((n) => n.endsWith('.safetensors')).sort();
  if (others.length > 0) return `found ${others.join(', ')}: rename the weights to ${SINGLE_WEIGHTS_FILE} if they are the model's`;
  if (pickles.length > 0) return `found ${pickles.join(', ')} (pickle checkpoints, never opened by mlpack): convert them to safetensors with a trusted tool`;
  return 'the folder holds no weights; download the model again';
}
