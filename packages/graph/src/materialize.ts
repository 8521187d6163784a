import { open } from 'node:fs/promises';
import { DTYPE_INFO, readExactly } from '@mlpack/core';
import type { DType } from '@mlpack/core';
import type { BufferPool } from './buffer-pool.js';
import { graphDTypeBytes } from './dtype.js';
import type { GraphDType } from './dtype.js';
import { bf16BitsToF32, f16BitsToF32, f32ToF16Bits } from './float16.js';
import { GraphError } from './graph-error.js';
import type { ConstantInitializer, Initializer, TensorInitializer } from './ir.js';
import { transpose2d } from './transpose-2d.js';

const LITTLE_ENDIAN = true;

export interface MaterializeOptions {
  /**
   * Take the read buffer, intermediate and result buffers from this pool (intermediates are given
   * back at once). Give the result back with `pool.give(bytes)` once it is written.
   */
  pool?: BufferPool | undefined;
  /**
   * Only bytes [begin, end) of the result: one ranged read. Allowed only for a tensor stored as it
   * is in its file (`streamRanges` says which), so a large one can be copied piece by piece.
   */
  range?: ByteRange | undefined;
}

/** A half-open byte range [begin, end) of an initializer's materialized bytes. */
export interface ByteRange {
  begin: number;
  end: number;
}

/** Allocation without a pool. */
const allocate = (byteLength: number): Uint8Array => new Uint8Array(byteLength);

/** Byte length of an initializer once materialized (known without reading anything). */
export function initializerByteLength(init: Initializer): number {
  return init.shape.reduce((a, d) => a * d, 1) * graphDTypeBytes(init.dtype);
}

/**
 * The initializer's bytes as the graph holds them (little-endian, row-major): for a tensor, one
 * ranged read of its file bytes followed by its transforms; for a constant, its encoded values.
 * Emitters call this a few tensors at a time (through a `Prefetcher` with a byte budget) so that
 * peak memory stays near the largest tensor; with `options.pool` the buffers are reused.
 */
export async function materialize(init: Initializer, options: MaterializeOptions = {}): Promise<Uint8Array> {
  const { range } = options;
  if (range !== undefined) {
    const length = initializerByteLength(init);
    if (init.kind !== 'tensor' || init.transforms.length > 0) {
      throw new GraphError('BAD_ARGUMENT', `initializer "${init.name}" is transformed or inline: it can only be materialized whole`, { tensor: init.name });
    }
    if (!Number.isSafeInteger(range.begin) || !Number.isSafeInteger(range.end) || range.begin < 0 || range.end < range.begin || range.end > length) {
      throw new GraphError('BAD_ARGUMENT', `range [${range.begin}, ${range.end}) is not inside the ${length} bytes of "${init.name}"`, { tensor: init.name });
    }
  }
  return init.kind === 'constant' ? encodeConstant(init) : materializeTensor(init, options.pool, range);
}

/**
 * Pieces of at most `maxBytes` in which `init` can be materialized (with `options.range`) and
 * written in order: several for a large tensor stored as it is in its file, so that copying it
 * needs a small buffer instead of one as large as the tensor (a 250k-token vocabulary's
 * embeddings are 768 MB); a single whole range for anything transformed, inline or small.
 */
export function streamRanges(init: Initializer, maxBytes: number): ByteRange[] {
  const length = initializerByteLength(init);
  if (init.kind !== 'tensor' || init.transforms.length > 0 || length <= maxBytes || !(maxBytes >= 1)) return [{ begin: 0, end: length }];
  const ranges: ByteRange[] = [];
  for (let begin = 0; begin < length; begin += maxBytes) ranges.push({ begin, end: Math.min(begin + maxBytes, length) });
  return ranges;
}

async function materializeTensor(init: TensorInitializer, pool: BufferPool | undefined, range: ByteRange | undefined): Promise<Uint8Array> {
  const src = init.source;
  const take = pool ? (n: number) => pool.take(n) : allocate;
  const begin = range?.begin ?? 0;
  const length = range === undefined ? src.byteLength : range.end - range.begin;
  const into = take(length);
  let bytes: Uint8Array;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(src.file, 'r');
    bytes = await readExactly(handle, src.byteOffset + begin, length, into);
  } catch (e) {
    pool?.give(into);
    throw new GraphError('READ_FAILED', `cannot read initializer "${init.name}": ${(e as Error).message}`, {
      file: src.file,
      offset: src.byteOffset,
      tensor: src.name,
      cause: e,
      hint: 'the weights file changed or was removed after the graph was built',
    });
  } finally {
    await handle?.close();
  }
  if (bytes.length !== length) {
    pool?.give(into);
    throw new GraphError('READ_FAILED', `expected ${length} bytes, the file ended after ${bytes.length}`, {
      file: src.file,
      offset: src.byteOffset + begin,
      tensor: src.name,
      hint: 'the weights file is truncated',
    });
  }
  let dtypeBytes = DTYPE_INFO[src.dtype].bits / 8;
  let shape = [...src.shape];
  try {
    for (const t of init.transforms) {
      const input = bytes;
      if (t.kind === 'cast') {
        bytes = castBytes(input, t.from, t.to, take);
        dtypeBytes = graphDTypeBytes(t.to);
      } else {
        bytes = take(input.length);
        transpose2d(input, bytes, shape[0]!, shape[1]!, dtypeBytes);
        shape = [shape[1]!, shape[0]!];
      }
      pool?.give(input);
    }
  } catch (e) {
    pool?.give(bytes);
    throw e;
  }
  return bytes;
}

function castBytes(bytes: Uint8Array, from: DType, to: GraphDType, take: (n: number) => Uint8Array): Uint8Array {
  const src = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fromBytes = DTYPE_INFO[from].bits / 8;
  const n = bytes.length / fromBytes;
  const read = floatReader(src, from);
  const out = take(n * graphDTypeBytes(to));
  const dst = new DataView(out.buffer, out.byteOffset, out.byteLength);
  if (to === 'float32') {
    for (let i = 0; i < n; i++) dst.setFloat32(i * 4, read(i), LITTLE_ENDIAN);
  } else if (to === 'float16') {
    for (let i = 0; i < n; i++) dst.setUint16(i * 2, f32ToF16Bits(read(i)), LITTLE_ENDIAN);
  } else {
    throw new GraphError('UNSUPPORTED_DTYPE', `cannot cast ${from} to ${to}`);
  }
  return out;
}

function floatReader(view: DataView, dtype: DType): (i: number) => number {
  switch (dtype) {
    case 'F32':
      return (i) => view.getFloat32(i * 4, LITTLE_ENDIAN);
    case 'F16':
      return (i) => f16BitsToF32(view.getUint16(i * 2, LITTLE_ENDIAN));
    case 'BF16':
      return (i) => bf16BitsToF32(view.getUint16(i * 2, LITTLE_ENDIAN));
    case 'F64':
      return (i) => view.getFloat64(i * 8, LITTLE_ENDIAN);
    default:
      throw new GraphError('UNSUPPORTED_DTYPE', `cannot convert ${dtype} elements to floats`);
  }
}

function encodeConstant(init: ConstantInitializer): Uint8Array {
  const size = graphDTypeBytes(init.dtype);
  const out = new Uint8Array(init.values.length * size);
  const view = new DataView(out.buffer);
  init.values.forEach((v, i) => {
    switch (init.dtype) {
      case 'float32':
        view.setFloat32(i * size, v, LITTLE_ENDIAN);
        break;
      case 'float16':
        view.setUint16(i * size, f32ToF16Bits(v), LITTLE_ENDIAN);
        break;
      case 'int64':
        view.setBigInt64(i * size, BigInt(v), LITTLE_ENDIAN);
        break;
      case 'int32':
        view.setInt32(i * size, v, LITTLE_ENDIAN);
        break;
      case 'bool':
        view.setUint8(i, v ? 1 : 0);
        break;
    }
  });
  return out;
}
