import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Bytes } from '@mlpack/core';
import { BufferPool, DIRECT_READER, Prefetcher, SourceCache, initializerByteLength, streamRanges, validateGraph } from '@mlpack/graph';
import type { ByteRange, Graph, WeightReader } from '@mlpack/graph';
import { lowerGraph } from './lower-graph.js';
import type { TfjsIoSpec } from './lower-graph.js';
import { buildModelJson, serializeModelJson } from './model-json.js';
import { ShardWriter } from './shard-writer.js';
import { TfjsError } from './tfjs-error.js';
import { encodeWeight } from './weight-plan.js';
import type { PlannedWeight } from './weight-plan.js';

export interface EmitTfjsOptions {
  /** Existing directory to write into (the caller stages it atomically). */
  dir: string;
  /** Maximum bytes per weight shard (default 4 MiB, as tfjs-converter). */
  shardBytes?: number;
  /**
   * Written as model.json `userDefinedMetadata` (keys sorted). May be a promise (e.g. of source-file
   * hashes being computed elsewhere): model.json is written last, so the shards do not wait for it.
   */
  metadata?: Record<string, string> | PromiseLike<Record<string, string>>;
  /** Signature order and declared shapes; must name exactly the graph's inputs and outputs (default: the graph's). */
  signature?: { inputs: readonly TfjsIoSpec[]; outputs: readonly TfjsIoSpec[] };
  /**
   * Where initializer bytes come from (default: each read from its file). `mlpack convert` passes a
   * `SharedSources` reader so that several variants written at once read each weight once.
   */
  weights?: WeightReader;
  /** Read-ahead budget in bytes (default `PREFETCH_BYTES`; smaller when several emitters run at once). */
  prefetchBytes?: number;
}

export interface EmittedFile {
  /** Path relative to `dir` (stays valid when the caller renames a staged directory). */
  path: string;
  size: number;
  /** sha256 (hex) of the file's bytes, computed while writing them. */
  sha256: string;
}

export interface EmitTfjsResult {
  /** model.json, then the shards in order. */
  files: EmittedFile[];
  /** Total bytes of the weight shards. */
  weightBytes: number;
  /** Number of shard files. */
  shards: number;
}

/** tfjs-converter's default shard size: small enough for browser caches and parallel fetches. */
export const DEFAULT_SHARD_BYTES = 4 * 1024 * 1024;
export const MODEL_JSON_FILE = 'model.json';
/**
 * Most bytes of weights held between being encoded and being written (the one being written
 * included; a single larger weight still goes through alone). Several BERT-sized layers keep
 * reads, transposes and writes overlapping; 32 MiB keeps peak memory well inside "300 MB + the
 * largest tensor" whatever the model size.
 */
export const PREFETCH_BYTES = 32 * 1024 * 1024;
/**
 * Weights stored as they are in their file (no transpose or dtype conversion) are copied in pieces
 * of this size, so no buffer ever holds a whole large one (the word embeddings are the largest).
 */
export const PIECE_BYTES = 4 * 1024 * 1024;

/** One read-and-write unit: a whole weight (no `range`), or a piece of one stored as is. */
interface Piece {
  weight: PlannedWeight;
  range: ByteRange | undefined;
  bytes: number;
}

/** `userDefinedMetadata` keys TF.js's GraphModel reads as its own (a string there would break loading). */
const RESERVED_METADATA_KEYS: readonly string[] = ['signature', 'structuredOutputKeys'];

/**
 * Write `graph` as a TF.js graph model: `model.json` (GraphDef in JSON form, signature, weights
 * manifest, metadata) and `group1-shard{i}of{n}.bin`. Weights are materialized at most
 * `PREFETCH_BYTES` ahead of the writer, in reused buffers (weights stored as is in `PIECE_BYTES`
 * pieces), and streamed into the shards, so peak memory is about that budget plus the largest
 * transposed or converted weight. Each file's sha256 is computed as it is written. Output is
 * byte-deterministic.
 */
export async function emitTfjs(graph: Graph, options: EmitTfjsOptions): Promise<EmitTfjsResult> {
  const shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES;
  const reader = options.weights ?? DIRECT_READER;
  const prefetchBytes = options.prefetchBytes ?? PREFETCH_BYTES;
  const known = isPromiseLike(options.metadata) ? undefined : (options.metadata ?? {});
  // Awaited only after the shards: a rejection meanwhile must not count as unhandled.
  if (!known) Promise.resolve(options.metadata).catch(() => undefined);
  await checkOptions(options.dir, shardBytes, known);

  const valid = validateGraph(graph);
  if (!valid.ok) {
    throw new TfjsError('TFJS_INVALID_GRAPH', `graph "${graph.name}" is invalid: ${valid.issues.map((i) => `${i.pointer}: ${i.message}`).join('; ')}`, {
      hint: 'build graphs with GraphBuilder, which validates them',
    });
  }
  const lowered = lowerGraph(graph, { signature: options.signature });

  const total = lowered.weights.reduce((a, w) => a + w.byteLength, 0);
  const pool = new BufferPool({ maxIdleBytes: prefetchBytes });
  // A large cast / transposed weight is written in row pieces computed from its source, read once.
  const sourceCache = new SourceCache();
  const weights = new Prefetcher<Piece, Uint8Array>(lowered.weights.flatMap(piecesOf), {
    produce: (piece) => encodePooled(piece, pool, reader, sourceCache),
    cost: (piece) => piece.bytes,
    budgetBytes: prefetchBytes,
    dispose: (bytes) => pool.give(bytes),
  });
  const writer = new ShardWriter(options.dir, total, shardBytes);
  let shardFiles: EmittedFile[];
  try {
    for (let bytes = await weights.next(); bytes !== undefined; bytes = await weights.next()) await writer.write(bytes);
    shardFiles = await writer.close();
  } catch (e) {
    await writer.abort();
    throw e;
  } finally {
    await weights.close();
  }

  const metadata = known ?? checkMetadata(await options.metadata!);
  const json = serializeModelJson(buildModelJson({ ...lowered, paths: writer.paths, metadata }));
  const modelPath = join(options.dir, MODEL_JSON_FILE);
  try {
    await writeFile(modelPath, json);
  } catch (cause) {
    throw new TfjsError('TFJS_WRITE_FAILED', `cannot write model.json: ${(cause as Error).message}`, { file: modelPath, cause });
  }
  return {
    files: [{ path: MODEL_JSON_FILE, size: Buffer.byteLength(json), sha256: sha256Bytes(json) }, ...shardFiles],
    weightBytes: total,
    shards: shardFiles.length,
  };
}

/** A weight stored as materialized (no dtype conversion: every float32 weight by default) may be copied in pieces. */
function piecesOf(weight: PlannedWeight): Piece[] {
  if (weight.source.kind !== 'initializer' || weight.source.conversion !== 'none') return [{ weight, range: undefined, bytes: weight.byteLength }];
  const ranges = streamRanges(weight.source.init, PIECE_BYTES);
  return ranges.map((range) => ({ weight, range: ranges.length > 1 ? range : undefined, bytes: range.end - range.begin }));
}

/**
 * `encodeWeight`, except that a weight stored as materialized is materialized (whole or one piece)
 * into a pooled buffer, which the writer gives back once written.
 */
async function encodePooled(piece: Piece, pool: BufferPool, reader: WeightReader, sourceCache: SourceCache): Promise<Uint8Array> {
  const w = piece.weight;
  if (w.source.kind !== 'initializer' || w.source.conversion !== 'none') return encodeWeight(w, reader);
  const init = w.source.init;
  const expected = initializerByteLength(init);
  if (expected !== w.byteLength) {
    throw new TfjsError('TFJS_SIZE_MISMATCH', `weight "${w.name}" encodes to ${expected} bytes, its manifest entry needs ${w.byteLength}`, {
      tensor: w.name,
      hint: 'this is a bug in @mlpack/tfjs',
    });
  }
  const bytes = await reader.materialize(init, { pool, range: piece.range, sourceCache });
  if (bytes.length !== piece.bytes) {
    pool.give(bytes);
    throw new TfjsError('TFJS_SIZE_MISMATCH', `initializer "${init.name}" materialized to ${bytes.length} bytes, its shape needs ${piece.bytes}`, {
      tensor: init.name,
      ...(init.kind === 'tensor' ? { file: init.source.file } : {}),
      hint: 'the weights file changed after the graph was built; convert again',
    });
  }
  return bytes;
}

function bad(message: string, hint?: string): never {
  throw new TfjsError('TFJS_BAD_OPTIONS', message, { hint, exitCode: 2 });
}

/** Options checked before anything is read or written (`metadata` when it is known up front). */
async function checkOptions(dir: string, shardBytes: number, metadata: Record<string, string> | undefined): Promise<void> {
  if (!Number.isSafeInteger(shardBytes) || shardBytes < 1)
    bad(`shardBytes must be a positive integer, got ${shardBytes}`, `the default is ${DEFAULT_SHARD_BYTES}`);
  if (metadata) checkMetadata(metadata);
  const s = await stat(dir).catch(() => undefined);
  if (!s?.isDirectory()) bad(`output directory ${dir} does not exist`, 'create it (or stage it) before emitting');
}

/** Metadata model.json can carry: no reserved key, string values. */
function checkMetadata(metadata: Record<string, string>): Record<string, string> {
  for (const [k, v] of Object.entries(metadata)) {
    if (RESERVED_METADATA_KEYS.includes(k)) bad(`metadata key "${k}" is reserved: TF.js reads it as part of the model`, 'rename the key');
    if (typeof v !== 'string') bad(`metadata "${k}" must be a string`);
  }
  return metadata;
}

function isPromiseLike<T>(value: T | PromiseLike<T> | undefined): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | undefined)?.then === 'function';
}
