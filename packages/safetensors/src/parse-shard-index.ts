/**
 * `model.safetensors.index.json`: `{ "metadata"?: { "total_size"?: n, … }, "weight_map": { tensor: shardFileName } }`.
 * Parsed with core's strict parser; shard names must be plain file names inside the model folder.
 */
import { jsonPointer, parseJsonStrict } from '@mlpack/core';
import { MAX_INDEX_BYTES } from './constants.js';
import { SafetensorsError } from './errors.js';

export interface ShardIndex {
  /** The index's `metadata` object as written, or undefined. */
  readonly metadata: Readonly<Record<string, unknown>> | undefined;
  /** `metadata.total_size` (sum of tensor byte sizes), or undefined when absent. */
  readonly totalSize: number | undefined;
  /** Tensor name → shard file name, sorted by tensor name. */
  readonly weightMap: ReadonlyMap<string, string>;
  /** Distinct shard file names, sorted. */
  readonly shards: readonly string[];
}

export interface ParseShardIndexOptions {
  /** File name put in errors. */
  file?: string;
}

/** Windows drive prefix (`C:`), refused so a name can never mean another volume. */
const DRIVE_PREFIX = /^[a-zA-Z]:/;

/** A plain file name: non-empty, no separators, not `.`/`..`, no drive prefix, no NUL. */
export function isPlainFileName(name: string): boolean {
  return name.length > 0 && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\\') && !name.includes('\0') && !DRIVE_PREFIX.test(name);
}

/** Parse and check an index file's bytes. Throws `SafetensorsError` (`ST_INDEX_*`): the first problem found. */
export function parseShardIndex(bytes: Uint8Array, options: ParseShardIndexOptions = {}): ShardIndex {
  const { index, problems } = checkShardIndex(bytes, options);
  if (problems.length > 0) throw problems[0]!;
  return index;
}

/** `checkShardIndex`'s result: the usable part of the index and every problem of its entries. */
export interface ShardIndexCheck {
  /** The index without the rejected entries (and without a bad `total_size`). */
  readonly index: ShardIndex;
  /** Tensor names whose `weight_map` entry was rejected (not a string, not a plain file name). */
  readonly rejected: ReadonlySet<string>;
  /** Every problem of `metadata` and the `weight_map` entries, in document order (metadata, then names sorted). */
  readonly problems: readonly SafetensorsError[];
}

/**
 * Like `parseShardIndex`, but collects the problems of `metadata` and of each `weight_map` entry
 * instead of stopping at the first. Still throws when nothing usable is left: the file is not
 * strict JSON (`ST_INDEX_JSON`), not an object, or has no `weight_map` object (`ST_INDEX_INVALID`).
 */
export function checkShardIndex(bytes: Uint8Array, options: ParseShardIndexOptions = {}): ShardIndexCheck {
  const file = options.file;
  const parsed = parseJsonStrict(bytes, { file, maxBytes: MAX_INDEX_BYTES });
  if (!parsed.ok) {
    const e = parsed.error;
    throw new SafetensorsError('ST_INDEX_JSON', `index is not valid JSON: ${e.detail} (${e.code})`, {
      file,
      offset: e.offset,
      pointer: e.pointer,
      cause: e,
      hint: e.hint,
    });
  }
  const invalid = (message: string, pointer: string): SafetensorsError =>
    new SafetensorsError('ST_INDEX_INVALID', message, {
      file,
      pointer,
      hint: 'the index is {"metadata": {"total_size": n}, "weight_map": {"tensor name": "shard file name"}}',
    });
  const root = parsed.value;
  if (!isObject(root)) throw invalid('index is not a JSON object', '');

  const problems: SafetensorsError[] = [];
  let metadata: Record<string, unknown> | undefined;
  let totalSize: number | undefined;
  if (Object.hasOwn(root, 'metadata')) {
    const m = root['metadata'];
    if (!isObject(m)) {
      problems.push(invalid('"metadata" is not an object', '/metadata'));
    } else {
      metadata = m;
      if (Object.hasOwn(m, 'total_size')) {
        const t = m['total_size'];
        if (typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0) {
          problems.push(invalid('"metadata.total_size" is not a non-negative integer', '/metadata/total_size'));
        } else {
          totalSize = t;
        }
      }
    }
  }

  if (!Object.hasOwn(root, 'weight_map')) throw invalid('index has no "weight_map"', '/weight_map');
  const wm = root['weight_map'];
  if (!isObject(wm)) throw invalid('"weight_map" is not an object', '/weight_map');
  const names = Object.keys(wm).sort(compare);
  const weightMap = new Map<string, string>();
  const rejected = new Set<string>();
  for (const name of names) {
    const shard = wm[name];
    const pointer = jsonPointer('weight_map', name);
    if (typeof shard !== 'string') {
      problems.push(invalid(`shard of tensor "${name}" is not a string`, pointer));
      rejected.add(name);
      continue;
    }
    if (!isPlainFileName(shard)) {
      problems.push(
        new SafetensorsError('ST_INDEX_PATH', `shard "${shard}" is not a plain file name inside the model folder`, {
          file,
          pointer,
          tensor: name,
          hint: 'shards must be file names in the same folder as the index (no "/", "\\", "..", absolute paths or drive letters)',
        }),
      );
      rejected.add(name);
      continue;
    }
    weightMap.set(name, shard);
  }
  const shards = [...new Set(weightMap.values())].sort(compare);
  return { index: { metadata, totalSize, weightMap, shards }, rejected, problems };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
