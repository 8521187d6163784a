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
import type { SafetensorsErrorCode } from './errors.js';
import type { SafetensorsTensorInfo } from './parse-header.js';
import { checkShardIndex } from './parse-shard-index.js';
import type { ShardIndex, ShardIndexCheck } from './parse-shard-index.js';
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
    return decodeToFloat32(info.dtype, await file.readTensor(info), { file: file.file, tensor: name }, 'owned');
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
 * How many problems of one code `checkWeights` lists individually; past that, one summary problem
 * of the same code (file: the index, pointer `/weight_map`) gives the count of the others.
 */
export const MAX_PROBLEMS_PER_CODE = 20;

/** `checkWeights`' result. */
export interface CheckWeightsResult {
  /** The opened weights when there is no problem (the caller must `close()` them), else undefined. */
  weights: WeightSet | undefined;
  /**
   * Every independent problem, in the order `openWeights` meets them (it throws the first): index
   * entries, then each shard in shard order, then the index-vs-shards rules (duplicated, missing or
   * misplaced, unlisted tensors), then `total_size`. At most `MAX_PROBLEMS_PER_CODE` per code,
   * plus one summary per code that had more.
   */
  problems: SafetensorsError[];
}

/**
 * Open a model folder's weights. `model.safetensors` or `model.safetensors.index.json` + shards
 * (never both: `ST_AMBIGUOUS_WEIGHTS`; neither: `ST_NO_WEIGHTS`). Every file is validated and
 * every index rule checked before this returns. Throws `SafetensorsError`: the first problem
 * `checkWeights` reports (use `checkWeights` to get all of them).
 */
export async function openWeights(dir: string, options: OpenWeightsOptions = {}): Promise<WeightSet> {
  const { weights, problems } = await checkWeights(dir, options);
  if (problems.length > 0 || weights === undefined) throw problems[0]!;
  return weights;
}

/**
 * Like `openWeights`, but collects the problems instead of throwing the first: every shard is
 * opened and validated on its own (a shard contributes its first structural error), every bad
 * `weight_map` entry and every index-vs-shards mismatch is reported. Problems that only follow
 * from another one are not repeated: tensors mapped to a missing, refused or unreadable shard are
 * not also "missing", and `total_size` is compared only when every shard opened and every entry
 * was valid. Throws only for I/O failures that are not a `SafetensorsError`.
 */
export async function checkWeights(dir: string, options: OpenWeightsOptions = {}): Promise<CheckWeightsResult> {
  const singlePath = join(dir, SINGLE_WEIGHTS_FILE);
  const indexPath = join(dir, INDEX_FILE);
  let hasSingle: boolean;
  let hasIndex: boolean;
  try {
    [hasSingle, hasIndex] = await Promise.all([exists(singlePath), exists(indexPath)]);
  } catch (e) {
    return failed(e);
  }
  if (hasSingle && hasIndex) {
    return failed(
      new SafetensorsError('ST_AMBIGUOUS_WEIGHTS', `both ${SINGLE_WEIGHTS_FILE} and ${INDEX_FILE} exist`, {
        file: dir,
        hint: 'keep only one set of weights in the folder; mlpack will not guess which one is current',
      }),
    );
  }
  if (!hasSingle && !hasIndex) {
    return failed(new SafetensorsError('ST_NO_WEIGHTS', `no ${SINGLE_WEIGHTS_FILE} or ${INDEX_FILE}`, { file: dir, hint: await noWeightsHint(dir) }));
  }
  if (hasSingle) {
    try {
      const escape = await escapesFolder(dir, singlePath, options);
      if (escape !== undefined) {
        throw new SafetensorsError('ST_INDEX_SYMLINK', `${SINGLE_WEIGHTS_FILE} is a link to ${escape}, outside the model folder`, {
          file: singlePath,
          hint: 'copy the file into the folder (or pass allowSymlinksOutside for a trusted Hugging Face cache)',
        });
      }
      const f = await openSafetensors(resolve(singlePath), { file: singlePath });
      return { weights: new WeightSet(dir, undefined, undefined, [f]), problems: [] };
    } catch (e) {
      return failed(e);
    }
  }
  return checkSharded(dir, indexPath, options);
}

/** A result with one problem; any other error is rethrown. */
function failed(e: unknown): CheckWeightsResult {
  if (e instanceof SafetensorsError) return { weights: undefined, problems: [e] };
  throw e;
}

/** Problems in order, at most `MAX_PROBLEMS_PER_CODE` per code, then a summary per capped code. */
class ProblemList {
  private readonly listed: SafetensorsError[] = [];
  private readonly counts = new Map<string, { n: number; hint: string | undefined }>();

  constructor(private readonly indexPath: string) {}

  add(e: SafetensorsError): void {
    const c = this.counts.get(e.code) ?? { n: 0, hint: e.hint };
    c.n += 1;
    this.counts.set(e.code, c);
    if (c.n <= MAX_PROBLEMS_PER_CODE) this.listed.push(e);
  }

  get size(): number {
    return this.listed.length;
  }

  done(): SafetensorsError[] {
    const all = [...this.listed];
    for (const [code, { n, hint }] of this.counts) {
      if (n <= MAX_PROBLEMS_PER_CODE) continue;
      all.push(
        new SafetensorsError(
          code as SafetensorsErrorCode,
          `${n - MAX_PROBLEMS_PER_CODE} more problem(s) of this kind not listed (${n} in all; only the first ${MAX_PROBLEMS_PER_CODE} are reported one by one)`,
          {
            file: this.indexPath,
            pointer: '/weight_map',
            hint,
          },
        ),
      );
    }
    return all;
  }
}

async function checkSharded(dir: string, indexPath: string, options: OpenWeightsOptions): Promise<CheckWeightsResult> {
  let check: ShardIndexCheck;
  try {
    const indexStat = await stat(indexPath);
    if (indexStat.size > MAX_INDEX_BYTES) {
      throw new SafetensorsError('ST_INDEX_JSON', `index has ${indexStat.size} bytes, more than the limit of ${MAX_INDEX_BYTES}`, {
        file: indexPath,
        hint: 'this is not a real shard index',
      });
    }
    check = checkShardIndex(await readFile(indexPath), { file: indexPath });
  } catch (e) {
    return failed(e);
  }
  const { index, rejected } = check;
  const problems = new ProblemList(indexPath);
  for (const p of check.problems) problems.add(p);

  // The first tensor (by name) mapped to each shard: where a shard's own problem points.
  const firstTensor = new Map<string, string>();
  for (const [name, shard] of index.weightMap) if (!firstTensor.has(shard)) firstTensor.set(shard, name);

  const opened = new Map<string, SafetensorsFile>();
  try {
    for (const shard of index.shards) {
      const r = await openShard(dir, indexPath, shard, jsonPointer('weight_map', firstTensor.get(shard)!), options);
      if (r instanceof SafetensorsError) problems.add(r);
      else opened.set(shard, r);
    }
    const allUsable = opened.size === index.shards.length && rejected.size === 0;
    checkIndexAgainstShards(index, rejected, indexPath, opened, allUsable, problems);
  } catch (e) {
    await Promise.all([...opened.values()].map((f) => f.close()));
    throw e;
  }
  if (problems.size > 0) {
    await Promise.all([...opened.values()].map((f) => f.close()));
    return { weights: undefined, problems: problems.done() };
  }
  return {
    weights: new WeightSet(
      dir,
      resolve(indexPath),
      index,
      index.shards.map((s) => opened.get(s)!),
    ),
    problems: [],
  };
}

/** One shard opened and validated, or its problem (missing, link out of the folder, bad file). */
async function openShard(
  dir: string,
  indexPath: string,
  shard: string,
  pointer: string,
  options: OpenWeightsOptions,
): Promise<SafetensorsFile | SafetensorsError> {
  const shardPath = join(dir, shard);
  try {
    if (!(await exists(shardPath))) {
      return new SafetensorsError('ST_INDEX_MISSING_SHARD', `shard "${shard}" listed in the index does not exist`, {
        file: indexPath,
        pointer,
        hint: 'the download is incomplete: fetch every shard listed in the index',
      });
    }
    const escape = await escapesFolder(dir, shardPath, options);
    if (escape !== undefined) {
      return new SafetensorsError('ST_INDEX_SYMLINK', `shard "${shard}" is a link to ${escape}, outside the model folder`, {
        file: indexPath,
        pointer,
        hint: 'copy the shard into the folder (or pass allowSymlinksOutside for a trusted Hugging Face cache)',
      });
    }
    return await openSafetensors(resolve(shardPath), { file: shardPath });
  } catch (e) {
    if (e instanceof SafetensorsError) return e;
    throw e;
  }
}

/** The real path of `path` when it leaves the folder `dir` (and that is not allowed), else undefined. */
async function escapesFolder(dir: string, path: string, options: OpenWeightsOptions): Promise<string | undefined> {
  if (options.allowSymlinksOutside) return undefined;
  const [realDir, real] = await Promise.all([realpath(resolve(dir)), realpath(path)]);
  const back = relative(realDir, real);
  return back === '..' || back.startsWith(`..${sep}`) || isAbsolute(back) ? real : undefined;
}

/**
 * The index against the shards that opened: each tensor stored in two shards, each mapped tensor
 * not in its shard (skipped for shards that did not open: already reported), each stored tensor
 * the weight_map does not list (entries rejected by the index parser count as listed), and
 * `total_size` (only when `complete`: every shard opened and no entry was rejected).
 */
function checkIndexAgainstShards(
  index: ShardIndex,
  rejected: ReadonlySet<string>,
  indexPath: string,
  opened: ReadonlyMap<string, SafetensorsFile>,
  complete: boolean,
  problems: ProblemList,
): void {
  // Tensor → shards holding it, in shard order; duplicates in the order they are met.
  const holders = new Map<string, string[]>();
  const duplicated: string[] = [];
  for (const [shard, f] of opened) {
    for (const t of f.tensors) {
      const where = holders.get(t.name);
      if (where === undefined) {
        holders.set(t.name, [shard]);
      } else {
        if (where.length === 1) duplicated.push(t.name);
        where.push(shard);
      }
    }
  }
  for (const name of duplicated) {
    const where = holders.get(name)!;
    const message =
      where.length === 2
        ? `tensor is stored in two shards: "${where[0]}" and "${where[1]}"`
        : `tensor is stored in ${where.length} shards: ${where.map((s) => `"${s}"`).join(', ')}`;
    problems.add(
      new SafetensorsError('ST_INDEX_DUPLICATE_TENSOR', message, {
        file: indexPath,
        pointer: jsonPointer('weight_map', name),
        tensor: name,
        hint: 'a tensor must live in exactly one shard; re-save the model',
      }),
    );
  }
  for (const [name, shard] of index.weightMap) {
    if (!opened.has(shard)) continue;
    const where = holders.get(name);
    if (where?.includes(shard)) continue;
    problems.add(
      new SafetensorsError('ST_INDEX_MISSING_TENSOR', `tensor mapped to "${shard}" is not in that shard${where ? ` (it is in "${where[0]}")` : ''}`, {
        file: indexPath,
        pointer: jsonPointer('weight_map', name),
        tensor: name,
        hint: 'the index does not match the shards: re-download the model',
      }),
    );
  }
  for (const [name, where] of [...holders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (index.weightMap.has(name) || rejected.has(name)) continue;
    problems.add(
      new SafetensorsError('ST_INDEX_UNLISTED_TENSOR', `tensor in shard "${where[0]}" is not listed in the index's weight_map`, {
        file: indexPath,
        pointer: '/weight_map',
        tensor: name,
        hint: 'the index does not match the shards: re-download the model',
      }),
    );
  }
  if (complete && index.totalSize !== undefined) {
    let sum = 0;
    for (const f of opened.values()) for (const t of f.tensors) sum += t.byteLength;
    if (sum !== index.totalSize) {
      problems.add(
        new SafetensorsError('ST_INDEX_TOTAL_SIZE', `metadata.total_size is ${index.totalSize} but the shards' tensors hold ${sum} bytes`, {
          file: indexPath,
          pointer: '/metadata/total_size',
          hint: 'the index does not match the shards: re-download the model',
        }),
      );
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
