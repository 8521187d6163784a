import { open } from 'node:fs/promises';
import { DTYPE_INFO, readExactly } from '@mlpack/core';
import type { DType } from '@mlpack/core';
import type { BufferPool } from './buffer-pool.js';
import { GRAPH_DTYPE_TO_CORE, graphDTypeBytes } from './dtype.js';
import type { GraphDType } from './dtype.js';
import { bf16BitsToF32, f16BitsToF32, f32ToF16Bits } from './float16.js';
import { GraphError } from './graph-error.js';
import type { ConstantInitializer, Initializer, InitializerTransform, TensorInitializer } from './ir.js';
import { transpose2d } from './transpose-2d.js';

const LITTLE_ENDIAN = true;
/** Exponent bits all set and mantissa zero: ±Infinity in float16. */
const F16_INFINITY_BITS = 0x7c00;
const F16_ABS_MASK = 0x7fff;

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
  const take = pool ? (n: number) => pool.take(n) : allocate;
  const bytes = await readSource(init, take, (b) => pool?.give(b), range);
  return applyTransforms(init, bytes, take, (b) => pool?.give(b), true);
}

/**
 * The file bytes of a tensor initializer's source (or bytes [begin, end) of them): one ranged
 * read into a buffer from `take` (given back with `give` on failure).
 */
export async function readSource(
  init: TensorInitializer,
  take: (n: number) => Uint8Array,
  give: (b: Uint8Array) => void,
  range?: ByteRange,
): Promise<Uint8Array> {
  const src = init.source;
  const begin = range?.begin ?? 0;
  const length = range === undefined ? src.byteLength : range.end - range.begin;
  const into = take(length);
  let bytes: Uint8Array;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(src.file, 'r');
    bytes = await readExactly(handle, src.byteOffset + begin, length, into);
  } catch (e) {
    give(into);
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
    give(into);
    throw new GraphError('READ_FAILED', `expected ${length} bytes, the file ended after ${bytes.length}`, {
      file: src.file,
      offset: src.byteOffset + begin,
      tensor: src.name,
      hint: 'the weights file is truncated',
    });
  }
  return bytes;
}

/**
 * Apply `init.transforms` to its source bytes. `source` is never written to (it may be shared by
 * several consumers); intermediates come from `take` and go back through `give`, and so does
 * `source` once transformed when the caller owns it (`ownsSource`).
 */
export function applyTransforms(
  init: TensorInitializer,
  source: Uint8Array,
  take: (n: number) => Uint8Array,
  give: (b: Uint8Array) => void,
  ownsSource = false,
): Uint8Array {
  let bytes = source;
  let dtype: DType = init.source.dtype;
  let shape = [...init.source.shape];
  try {
    for (const t of init.transforms) {
      const input = bytes;
      switch (t.kind) {
        case 'cast':
          bytes = castBytes(input, dtype, t.to, take, init);
          dtype = GRAPH_DTYPE_TO_CORE[t.to];
          break;
        case 'transpose':
          bytes = take(input.length);
          transpose2d(input, bytes, shape[0]!, shape[1]!, DTYPE_INFO[dtype].bits / 8);
          shape = [shape[1]!, shape[0]!];
          break;
        case 'quantize-int8': {
          const q = quantizeInt8Rows(input, dtype, shape, t.part, take, init);
          bytes = q.bytes;
          dtype = q.dtype;
          shape = q.shape;
          break;
        }
        case 'quantize-blocks': {
          const q = quantizeBlocks(input, dtype, shape, t, take, init);
          bytes = q.bytes;
          dtype = q.dtype;
          shape = q.shape;
          break;
        }
        default:
          return unknownTransform(t);
      }
      if (input !== source || ownsSource) give(input);
    }
  } catch (e) {
    if (bytes !== source || ownsSource) give(bytes);
    throw e;
  }
  return bytes;
}

function unknownTransform(t: never): never {
  throw new GraphError('BAD_ARGUMENT', `unknown initializer transform ${JSON.stringify(t)}`);
}

/** Largest int8 code of the symmetric scheme (−127..127: −128 unused, so the range is symmetric). */
const INT8_MAX_CODE = 127;
/** 4-bit codes: 0..15 around the implicit zero point 8 (MatMulNBits' default for symmetric weights). */
const INT4_ZERO_POINT = 8;
const INT4_MAX_CODE = 15;
/** s = max|block| / 7 maps the largest magnitude to ±7 (codes 1..15); −8 (code 0) stays unused. */
const INT4_MAX_MAGNITUDE = 7;

interface Quantized {
  bytes: Uint8Array;
  dtype: DType;
  shape: number[];
}

function require2d(shape: readonly number[], init: TensorInitializer, what: string): [number, number] {
  if (shape.length !== 2) {
    throw new GraphError('BAD_ARGUMENT', `${what} needs a 2-D tensor, "${init.name}" is [${shape.join(', ')}]`, { tensor: init.name });
  }
  return [shape[0]!, shape[1]!];
}

function requireFinite(v: number, i: number, init: TensorInitializer): void {
  if (!Number.isFinite(v)) {
    throw new GraphError('VALUE_OVERFLOW', `element ${i} of "${init.source.name}" is ${v}: it cannot be quantized`, {
      tensor: init.source.name,
      file: init.source.file,
      hint: 'the checkpoint holds non-finite weights; keep this variant in float32',
    });
  }
}

/** Per-row symmetric int8: `values` (int8, same shape) or `scales` (float32 [rows]). */
function quantizeInt8Rows(
  bytes: Uint8Array,
  dtype: DType,
  shape: readonly number[],
  part: 'values' | 'scales',
  take: (n: number) => Uint8Array,
  init: TensorInitializer,
): Quantized {
  const [rows, cols] = require2d(shape, init, 'int8 quantization');
  const read = floatReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), dtype);
  const out = take(part === 'values' ? rows * cols : rows * 4);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let c = 0; c < cols; c++) {
      const v = read(r * cols + c);
      requireFinite(v, r * cols + c, init);
      max = Math.max(max, Math.abs(v));
    }
    // float32 scale, as stored: the codes are computed with the scale the runtime will multiply by.
    const scale = Math.fround(max / INT8_MAX_CODE);
    if (part === 'scales') {
      view.setFloat32(r * 4, scale, LITTLE_ENDIAN);
      continue;
    }
    for (let c = 0; c < cols; c++) {
      const q = scale === 0 ? 0 : Math.max(-INT8_MAX_CODE, Math.min(INT8_MAX_CODE, Math.round(read(r * cols + c) / scale)));
      view.setInt8(r * cols + c, q);
    }
  }
  return part === 'values' ? { bytes: out, dtype: 'I8', shape: [rows, cols] } : { bytes: out, dtype: 'F32', shape: [rows] };
}

/** Block-wise symmetric 4-bit along the last axis: `packed` uint8 [N, kBlocks, blockSize / 2] or `scales` [N, kBlocks]. */
function quantizeBlocks(
  bytes: Uint8Array,
  dtype: DType,
  shape: readonly number[],
  t: Extract<InitializerTransform, { kind: 'quantize-blocks' }>,
  take: (n: number) => Uint8Array,
  init: TensorInitializer,
): Quantized {
  const [n, k] = require2d(shape, init, 'block quantization');
  const bs = t.blockSize;
  const kBlocks = Math.ceil(k / bs);
  const blob = (bs * t.bits) / 8;
  const read = floatReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), dtype);
  const scaleBytes = t.scaleDtype === 'float16' ? 2 : 4;
  const out = take(t.part === 'packed' ? n * kBlocks * blob : n * kBlocks * scaleBytes);
  out.fill(0);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let row = 0; row < n; row++) {
    for (let b = 0; b < kBlocks; b++) {
      const from = b * bs;
      const to = Math.min(from + bs, k);
      let max = 0;
      for (let c = from; c < to; c++) {
        const v = read(row * k + c);
        requireFinite(v, row * k + c, init);
        max = Math.max(max, Math.abs(v));
      }
      // The scale as the runtime will read it (rounded to the stored dtype), so codes match it.
      let scale = max / INT4_MAX_MAGNITUDE;
      const block = row * kBlocks + b;
      if (t.scaleDtype === 'float16') {
        const bits = f32ToF16Bits(scale);
        scale = f16BitsToF32(bits);
        if (t.part === 'scales') view.setUint16(block * 2, bits, LITTLE_ENDIAN);
      } else {
        scale = Math.fround(scale);
        if (t.part === 'scales') view.setFloat32(block * 4, scale, LITTLE_ENDIAN);
      }
      if (t.part === 'scales') continue;
      for (let c = 0; c < bs; c++) {
        // Padding past K gets the zero point's code (value 0).
        const v = from + c < to ? read(row * k + from + c) : 0;
        const q = scale === 0 ? INT4_ZERO_POINT : Math.max(0, Math.min(INT4_MAX_CODE, Math.round(v / scale) + INT4_ZERO_POINT));
        const at = block * blob + (c >> 1);
        out[at] = (c & 1) === 0 ? q : out[at]! | (q << 4);
      }
    }
  }
  return t.part === 'packed'
    ? { bytes: out, dtype: 'U8', shape: [n, kBlocks, blob] }
    : { bytes: out, dtype: t.scaleDtype === 'float16' ? 'F16' : 'F32', shape: [n, kBlocks] };
}

function castBytes(bytes: Uint8Array, from: DType, to: GraphDType, take: (n: number) => Uint8Array, init: TensorInitializer): Uint8Array {
  const src = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fromBytes = DTYPE_INFO[from].bits / 8;
  const n = bytes.length / fromBytes;
  const read = floatReader(src, from);
  const out = take(n * graphDTypeBytes(to));
  const dst = new DataView(out.buffer, out.byteOffset, out.byteLength);
  if (to === 'float32') {
    for (let i = 0; i < n; i++) dst.setFloat32(i * 4, read(i), LITTLE_ENDIAN);
  } else if (to === 'float16') {
    for (let i = 0; i < n; i++) {
      const v = read(i);
      const h = f32ToF16Bits(v);
      // A finite weight beyond float16's range would silently become ±Infinity.
      if ((h & F16_ABS_MASK) === F16_INFINITY_BITS && Number.isFinite(v)) {
        throw new GraphError('VALUE_OVERFLOW', `element ${i} (${v}) of "${init.source.name}" does not fit in float16`, {
          tensor: init.source.name,
          file: init.source.file,
          hint: 'keep this model (or variant) in float32',
        });
      }
      dst.setUint16(i * 2, h, LITTLE_ENDIAN);
    }
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
      case 'int8':
        view.setInt8(i, v);
        break;
      case 'uint8':
        view.setUint8(i, v);
        break;
    }
  });
  return out;
}
