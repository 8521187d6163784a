import { rm } from 'node:fs/promises';
import { resolveInside } from '@mlpack/core';
import { BufferPool, DIRECT_READER, Prefetcher, SourceCache, clearQuantizationStash, initializerByteLength, streamRanges, validateGraph } from '@mlpack/graph';
import type { ByteRange, Graph, Initializer, WeightReader } from '@mlpack/graph';
import { encodeGraphHead, encodeModelHead, encodeModelMetadata, encodeTensorHeader } from './encode-model.js';
import { FileWriter } from './file-writer.js';
import { MS_DOMAIN, MS_DOMAIN_VERSION, lowerGraph } from './lower-graph.js';
import { OnnxError } from './onnx-error.js';
import { DEFAULT_OPSET, onnxIrVersion } from './opset.js';
import { chooseLayout, PROTOBUF_MAX_BYTES } from './plan-layout.js';
import type { ExternalDataMode, LayoutPlan } from './plan-layout.js';
import { FIELD_GRAPH_INITIALIZER, FIELD_MODEL_GRAPH, FIELD_TENSOR_RAW_DATA, lengthDelimitedPrefix, lengthDelimitedSize } from './protobuf-framing.js';

export interface EmitOnnxOptions {
  /** Existing directory to write into (the caller stages it atomically). */
  dir: string;
  /** Model file name inside `dir` (default `model.onnx`); the data file is this name + `_data`. */
  fileName?: string;
  /** ONNX opset, 14..21 (default 17). */
  opset?: number;
  /** `auto` (default): external data only when the model would exceed 2 GiB; `always`; `never` (error above 2 GiB). */
  externalData?: ExternalDataMode;
  /**
   * Written as `metadata_props`, sorted by key, at the end of the .onnx file (after the graph). May
   * be a promise (e.g. of source-file hashes being computed elsewhere): the files are written and
   * hashed while it settles, and it is awaited only once every weight is written.
   */
  metadata?: Record<string, string> | PromiseLike<Record<string, string>>;
  /** The model's `doc_string`. */
  docString?: string;
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

export interface EmitOnnxResult {
  files: EmittedFile[];
  opset: number;
  irVersion: number;
}

const DEFAULT_FILE_NAME = 'model.onnx';
const DATA_FILE_SUFFIX = '_data';
const EXTERNAL_MODES: readonly ExternalDataMode[] = ['auto', 'always', 'never'];
/**
 * Most bytes of weights held between being read and being written (the one being written
 * included; a single larger tensor still goes through alone). Several BERT-sized layers (2.4–9.4
 * MB each) keep reads, transposes and writes overlapping; at 32 MiB peak memory stays well inside
 * "300 MB + the largest tensor" whatever the model size.
 */
export const PREFETCH_BYTES = 32 * 1024 * 1024;
/**
 * Tensors written as they are stored (no transpose or cast) are copied in pieces of this size, so
 * no buffer ever holds a whole large one (the word embeddings are the model's largest tensor).
 */
export const PIECE_BYTES = 4 * 1024 * 1024;

/**
 * Bytes kept free below the 2 GiB limit for metadata that is still pending when writing starts.
 * Metadata only changes the layout when it is what takes the model over the limit ('auto' then
 * puts weights in external data, 'never' fails), so a model planned within this much of the limit
 * waits for its metadata before writing anything; others start at once. Real metadata is a few
 * KB (id2label of a large label set maybe 1 MB); larger pending metadata that then does not fit
 * makes the emitter start again, planned with it.
 */
export const METADATA_RESERVE_BYTES = 16 * 1024 * 1024;

/** The limits the emitter plans against (the real ones by default; tests shrink them). */
export interface EmitLimits {
  /** Largest .onnx file (protobuf's 2 GiB - 1). */
  maxModelBytes: number;
  /** See `METADATA_RESERVE_BYTES`. */
  metadataReserveBytes: number;
}

const LIMITS: EmitLimits = { maxModelBytes: PROTOBUF_MAX_BYTES, metadataReserveBytes: METADATA_RESERVE_BYTES };

/** One read-and-write unit: a whole initializer (no `range`), or a piece of one stored as is. */
interface Piece {
  init: Initializer;
  range: ByteRange | undefined;
  bytes: number;
}

/**
 * Write `graph` as an ONNX model. The ModelProto's head (ir_version, opset, producer, doc_string)
 * and the GraphProto are encoded without initializer bytes; the initializers are then framed by
 * hand and their bytes streamed (`materialize`, at most `PREFETCH_BYTES` ahead of the writer, in
 * reused buffers; tensors stored as is in `PIECE_BYTES` pieces) into the .onnx file or the external
 * data file, so peak memory is about that budget plus the largest transposed or cast tensor. The
 * ModelProto's `metadata_props` come last, after the graph, so pending metadata holds nothing up
 * until then. Each file's sha256 is computed as it is written. Output is byte-deterministic (and
 * the same whether the metadata is given as a value or as a promise).
 */
export function emitOnnx(graph: Graph, options: EmitOnnxOptions): Promise<EmitOnnxResult> {
  return emitOnnxWithin(graph, options, LIMITS);
}

/** `emitOnnx` against other size limits: for tests of the 2 GiB decisions without 2 GiB files. */
export async function emitOnnxWithin(graph: Graph, options: EmitOnnxOptions, limits: EmitLimits): Promise<EmitOnnxResult> {
  const known = isPromiseLike(options.metadata) ? undefined : (options.metadata ?? {});
  // Awaited later: a rejection meanwhile (or after a failure here) must not count as unhandled.
  if (!known) Promise.resolve(options.metadata).catch(() => undefined);
  const opset = options.opset ?? DEFAULT_OPSET;
  const irVersion = onnxIrVersion(opset);
  const fileName = options.fileName ?? DEFAULT_FILE_NAME;
  const mode = options.externalData ?? 'auto';
  if (!/^[^/\\]+\.onnx$/.test(fileName)) {
    throw new OnnxError('BAD_OPTIONS', `fileName "${fileName}" must be a plain file name ending in .onnx`, { exitCode: 2 });
  }
  if (!EXTERNAL_MODES.includes(mode)) {
    throw new OnnxError('BAD_OPTIONS', `externalData must be one of ${EXTERNAL_MODES.join(', ')}, got "${String(mode)}"`, { exitCode: 2 });
  }
  const modelPath = resolveInside(options.dir, fileName);
  const dataFileName = `${fileName}${DATA_FILE_SUFFIX}`;
  const dataPath = resolveInside(options.dir, dataFileName);

  const prefetchBytes = options.prefetchBytes ?? PREFETCH_BYTES;
  const reader = options.weights ?? DIRECT_READER;
  const stored = graph.initializers.find((i) => i.kind === 'tensor' && i.storage !== undefined);
  if (stored) {
    throw new OnnxError(
      'UNSUPPORTED_STORAGE',
      `initializer "${stored.name}" asks for ${stored.kind === 'tensor' ? JSON.stringify(stored.storage) : ''} storage, which ONNX cannot express`,
      {
        tensor: stored.name,
        hint: 'affine weight storage is a TF.js variant (--dtype uint8 / uint16 with --to tfjs)',
      },
    );
  }
  const valid = validateGraph(graph);
  if (!valid.ok) {
    throw new OnnxError('INVALID_GRAPH', `graph "${graph.name}" is invalid: ${valid.issues.map((i) => `${i.pointer}: ${i.message}`).join('; ')}`, {
      hint: 'build graphs with GraphBuilder, which validates them',
    });
  }

  // File layout: model head | graph field (graph head, then each initializer: header + raw_data
  // inline, or header only with its bytes in the data file) | metadata_props. Everything before
  // the metadata is independent of it; the metadata's size only counts against the 2 GiB limit.
  const lowered = lowerGraph(graph, opset);
  const lengths = lowered.initializers.map(initializerByteLength);
  const domains = lowered.domains.map((domain) => {
    if (domain !== MS_DOMAIN) throw new Error(`bug: unknown operator domain ${domain}`);
    return { domain, version: MS_DOMAIN_VERSION };
  });
  const modelHead = encodeModelHead({ opset, irVersion, docString: options.docString, domains });
  const graphHead = encodeGraphHead(lowered);
  const headersFor = (plan: LayoutPlan): Uint8Array[] => lowered.initializers.map((init, i) => encodeTensorHeader(init, plan.placements[i]!, dataFileName));
  const tensorSize = (header: Uint8Array, i: number, plan: LayoutPlan): number => {
    const p = plan.placements[i]!;
    return header.length + (p.location === 'inline' ? lengthDelimitedSize(FIELD_TENSOR_RAW_DATA, p.length) : 0);
  };
  /** Sizes of the graph and of everything before the metadata (`body`) under `plan`. */
  const sizes = (plan: LayoutPlan): { graphSize: number; bodySize: number; headers: Uint8Array[] } => {
    const headers = headersFor(plan);
    const graphSize = headers.reduce((a, h, i) => a + lengthDelimitedSize(FIELD_GRAPH_INITIALIZER, tensorSize(h, i, plan)), graphHead.length);
    return { graphSize, bodySize: modelHead.length + lengthDelimitedSize(FIELD_MODEL_GRAPH, graphSize), headers };
  };
  const layoutFor = (metadataBytes: number) => {
    const { plan, modelSize } = chooseLayout(lengths, mode, (p) => sizes(p).bodySize + metadataBytes, limits.maxModelBytes);
    if (modelSize > limits.maxModelBytes) {
      throw new OnnxError('MODEL_TOO_LARGE', `the model would be ${modelSize} bytes, above protobuf's 2 GiB limit (${limits.maxModelBytes})`, {
        file: modelPath,
        hint: mode === 'never' ? "use externalData 'auto' or 'always' (--external-data)" : 'the graph structure alone is too large for one ONNX file',
      });
    }
    return { plan, ...sizes(plan) };
  };

  // Plan before reading anything. Metadata only adds bytes, so when it is still a promise a model
  // too large without it is too large with it: the check below fails fast either way.
  const knownTail = known ? encodeModelMetadata(known) : undefined;
  const early = layoutFor(knownTail?.length ?? 0);

  const pool = new BufferPool({ maxIdleBytes: prefetchBytes });
  clearQuantizationStash();
  // A large cast / transposed tensor is written in row pieces computed from its source, read once.
  const sourceCache = new SourceCache();
  const pieces = lowered.initializers.map((init): Piece[] => {
    const ranges = streamRanges(init, PIECE_BYTES);
    return ranges.map((range) => ({ init, range: ranges.length > 1 ? range : undefined, bytes: range.end - range.begin }));
  });
  const weights = new Prefetcher<Piece, Uint8Array>(pieces.flat(), {
    produce: ({ init, range }) => reader.materialize(init, { pool, range, sourceCache }),
    cost: (piece) => piece.bytes,
    budgetBytes: prefetchBytes,
    dispose: (bytes) => pool.give(bytes),
  });
  /** Pending metadata that turned out not to fit in the plan made without it (see METADATA_RESERVE_BYTES). */
  let replan: Record<string, string> | undefined;
  try {
    let tail = knownTail;
    let layout = early;
    if (tail === undefined && early.bodySize + limits.metadataReserveBytes > limits.maxModelBytes) {
      // Near the limit the pending metadata may decide the layout: settle it and plan with it first.
      tail = encodeModelMetadata(await options.metadata!);
      layout = layoutFor(tail.length);
    }
    const { plan, graphSize, bodySize, headers } = layout;

    const model = await FileWriter.create(modelPath);
    const data =
      plan.dataFileSize > 0
        ? await FileWriter.create(dataPath).catch(async (e: unknown) => {
            await model.abandon();
            throw e;
          })
        : undefined;
    try {
      await model.write(modelHead);
      await model.write(lengthDelimitedPrefix(FIELD_MODEL_GRAPH, graphSize));
      await model.write(graphHead);
      for (const [i, init] of lowered.initializers.entries()) {
        const placement = plan.placements[i]!;
        const header = headers[i]!;
        await model.write(lengthDelimitedPrefix(FIELD_GRAPH_INITIALIZER, tensorSize(header, i, plan)));
        await model.write(header);
        const parts = pieces[i]!;
        const out = placement.location === 'inline' ? model : data!;
        if (placement.location === 'inline') await model.write(lengthDelimitedPrefix(FIELD_TENSOR_RAW_DATA, placement.length));
        else await data!.padTo(placement.offset);
        for (const part of parts) {
          const bytes = (await weights.next())!;
          if (bytes.length !== part.bytes) {
            throw new OnnxError('SIZE_MISMATCH', `initializer "${init.name}" materialized to ${bytes.length} bytes, expected ${part.bytes}`, {
              tensor: init.name,
            });
          }
          await out.write(bytes);
        }
      }
      if (model.position !== bodySize || (data && data.position !== plan.dataFileSize)) {
        throw new OnnxError('SIZE_MISMATCH', `wrote ${model.position} bytes before the metadata, planned ${bodySize} (a bug in the emitter)`, {
          file: modelPath,
        });
      }
      if (tail === undefined) {
        const metadata = await options.metadata!;
        tail = encodeModelMetadata(metadata);
        if (bodySize + tail.length > limits.maxModelBytes) replan = metadata;
      }
      if (replan) {
        await model.abandon();
        await data?.abandon();
        await Promise.all([rm(modelPath, { force: true }), data ? rm(dataPath, { force: true }) : undefined]);
      } else {
        await model.write(tail);
        await model.close();
        await data?.close();
      }
    } catch (e) {
      await model.abandon();
      await data?.abandon();
      throw e;
    }

    if (!replan) {
      const files: EmittedFile[] = [{ path: fileName, size: model.position, sha256: model.sha256 }];
      if (data) files.push({ path: dataFileName, size: data.position, sha256: data.sha256 });
      return { files, opset, irVersion };
    }
  } finally {
    await weights.close();
  }
  // The metadata is known now: plan with it from the start ('auto' → external data, 'never' → MODEL_TOO_LARGE).
  return emitOnnxWithin(graph, { ...options, metadata: replan }, limits);
}

function isPromiseLike<T>(value: T | PromiseLike<T> | undefined): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | undefined)?.then === 'function';
}
