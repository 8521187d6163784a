import { open } from 'node:fs/promises';
import { endianness } from 'node:os';
import { DTYPE_INFO, readExactly } from '@mlpack/core';
import type { DType } from '@mlpack/core';
import type { BufferPool } from './buffer-pool.js';
import { GRAPH_DTYPE_TO_CORE, graphDTypeBytes } from './dtype.js';
import type { GraphDType } from './dtype.js';
import { bf16BitsToF32, f16BitsToF32, f16ToF32Table, f32BitsToF16Bits, f32ToF16Bits } from './float16.js';
import { GraphError } from './graph-error.js';
import type { ConstantInitializer, Initializer, InitializerTransform, TensorInitializer } from './ir.js';
import { transpose2d, transposeBf16ToF32 } from './transpose-2d.js';

const LITTLE_ENDIAN = true;
/** Typed-array views read the host's byte order: the fast cast paths need it to be the files' (little-endian). */
const HOST_LITTLE_ENDIAN = endianness() === 'LE';
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
  /**
   * Where a transformed tensor materialized by rows (`range` on a tensor `streamRanges` splits
   * into rows) keeps its source between pieces: the pieces of one tensor come one after another,
   * so its file bytes are read once. One per emitter.
   */
  sourceCache?: SourceCache | undefined;
}

/**
 * The source bytes of the tensor being materialized piece by piece (one slot: the next tensor's
 * source replaces it). Its buffers are plain allocations, never pooled: a piece may still be
 * computed from them after the pool has moved on.
 */
export class SourceCache {
  #key: string | undefined;
  #bytes: Promise<Uint8Array> | undefined;

  /** The source of `init`, read once while it stays the current one. */
  get(init: TensorInitializer): Promise<Uint8Array> {
    const key = sourceKeyOf(init);
    if (this.#key !== key || this.#bytes === undefined) {
      this.#key = key;
      this.#bytes = readSource(init, allocate, () => {});
      this.#bytes.catch(() => undefined);
    }
    return this.#bytes;
  }

  /** Forget the current source. */
  clear(): void {
    this.#key = undefined;
    this.#bytes = undefined;
  }
}

/** Initializers reading the same file bytes have the same key. */
export function sourceKeyOf(init: TensorInitializer): string {
  const s = init.source;
  return `${s.file}\u0000${s.byteOffset}\u0000${s.byteLength}`;
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
    checkRange(init, range);
    if (init.kind === 'tensor' && init.transforms.length > 0) {
      const source = await (options.sourceCache ?? new SourceCache()).get(init);
      const pool = options.pool;
      return pool
        ? applyTransformsRange(
            init,
            source,
            range,
            (n) => pool.take(n),
            (b) => pool.give(b),
          )
        : applyTransformsRange(init, source, range, allocate);
    }
  }
  return init.kind === 'constant' ? encodeConstant(init) : materializeTensor(init, options.pool, range);
}

/** A range is allowed on a tensor stored as is, or on a transformed one `streamRanges` splits, along its rows. */
function checkRange(init: Initializer, range: ByteRange): void {
  const length = initializerByteLength(init);
  if (init.kind !== 'tensor' || (init.transforms.length > 0 && rowBytes(init) === undefined)) {
    throw new GraphError(
      'BAD_ARGUMENT',
      `initializer "${init.name}" is inline or transformed beyond casts and a transpose: it can only be materialized whole`,
      { tensor: init.name },
    );
  }
  if (!Number.isSafeInteger(range.begin) || !Number.isSafeInteger(range.end) || range.begin < 0 || range.end < range.begin || range.end > length) {
    throw new GraphError('BAD_ARGUMENT', `range [${range.begin}, ${range.end}) is not inside the ${length} bytes of "${init.name}"`, { tensor: init.name });
  }
  const row = init.transforms.length > 0 ? rowBytes(init)! : 1;
  if (range.begin % row !== 0 || (range.end % row !== 0 && range.end !== length)) {
    throw new GraphError('BAD_ARGUMENT', `range [${range.begin}, ${range.end}) of "${init.name}" does not fall on its ${row}-byte rows`, { tensor: init.name });
  }
}

/**
 * Bytes of one output row of a tensor whose transforms are casts and at most one transpose (of a
 * 2-D source): such a tensor can be materialized row range by row range from its source, since
 * the cast is elementwise and output row i of a transpose is source column i. Undefined for
 * anything else (quantization needs whole rows or blocks of the other layout).
 */
function rowBytes(init: TensorInitializer): number | undefined {
  let transposes = 0;
  for (const t of init.transforms) {
    if (t.kind === 'transpose') transposes++;
    else if (t.kind !== 'cast') return undefined;
  }
  if (transposes > 1 || (transposes === 1 && init.source.shape.length !== 2)) return undefined;
  const rowElements = init.shape.slice(1).reduce((a, d) => a * d, 1);
  return rowElements * graphDTypeBytes(init.dtype);
}

/**
 * Bytes [range.begin, range.end) of `init` materialized from its whole `source` (file bytes),
 * computing only those rows: the source columns they are (for a transpose) gathered and
 * transposed, then cast. Identical to the same bytes of `applyTransforms`' whole result: a
 * transpose and an elementwise cast commute exactly.
 */
export function applyTransformsRange(
  init: TensorInitializer,
  source: Uint8Array,
  range: ByteRange,
  take: (n: number) => Uint8Array,
  give: (b: Uint8Array) => void = () => {},
): Uint8Array {
  const row = rowBytes(init);
  if (row === undefined) throw new GraphError('BAD_ARGUMENT', `initializer "${init.name}" cannot be materialized by rows`, { tensor: init.name });
  const srcBytes = DTYPE_INFO[init.source.dtype].bits / 8;
  const outBytes = graphDTypeBytes(init.dtype);
  const first = range.begin / outBytes;
  const count = (range.end - range.begin) / outBytes;
  const transposed = init.transforms.some((t) => t.kind === 'transpose');
  const cast = init.transforms.some((t) => t.kind === 'cast');
  if (isBf16TransposeToF32(init) && HOST_LITTLE_ENDIAN && source.byteOffset % 2 === 0) {
    // The common decoder case (a BF16 Linear weight as float32 [in, out]): one fused pass, same bytes.
    const [s0, s1] = init.source.shape as [number, number];
    const out = take(count * 4);
    if (out.byteOffset % 4 === 0) {
      const src = new Uint16Array(source.buffer, source.byteOffset, s0 * s1);
      transposeBf16ToF32(src, s1, first / s0, new Uint32Array(out.buffer, out.byteOffset, count), s0, count / s0);
      return out;
    }
    give(out);
  }
  let narrow: Uint8Array;
  if (transposed) {
    // Output rows [r0, r1) of [S1, S0] are source columns [r0, r1) of [S0, S1].
    const [s0, s1] = init.source.shape as [number, number];
    const r0 = first / s0;
    const rows = count / s0;
    const width = rows * srcBytes;
    const block = take(s0 * width);
    try {
      for (let j = 0; j < s0; j++) block.set(source.subarray((j * s1 + r0) * srcBytes, (j * s1 + r0) * srcBytes + width), j * width);
      narrow = take(block.length);
      transpose2d(block, narrow, s0, rows, srcBytes);
    } finally {
      give(block);
    }
  } else {
    narrow = source.subarray(first * srcBytes, (first + count) * srcBytes);
  }
  if (!cast) {
    if (transposed) return narrow;
    const out = take(narrow.length);
    out.set(narrow);
    return out;
  }
  try {
    return castBytes(narrow, init.source.dtype, init.dtype, take, init);
  } finally {
    if (transposed) give(narrow);
  }
}

/** A 2-D BF16 weight that is transposed and cast to float32, and nothing else (the fused pass applies). */
function isBf16TransposeToF32(init: TensorInitializer): boolean {
  const t = init.transforms;
  return (
    init.source.dtype === 'BF16' &&
    init.source.shape.length === 2 &&
    t.length === 2 &&
    t.some((x) => x.kind === 'transpose') &&
    t.some((x) => x.kind === 'cast' && x.from === 'BF16' && x.to === 'float32')
  );
}

/**
 * Pieces of at most `maxBytes` in which `init` can be materialized (with `options.range`) and
 * written in order: several for a large tensor stored as it is in its file, so that copying it
 * needs a small buffer instead of one as large as the tensor (a 250k-token vocabulary's
 * embeddings are 768 MB), and whole rows of a large one that is only cast and / or transposed
 * (a decoder's LM head: its source is held once, its float32 transposed copy never whole); a
 * single whole range for anything else (quantized, inline or small).
 */
export function streamRanges(init: Initializer, maxBytes: number): ByteRange[] {
  const length = initializerByteLength(init);
  if (init.kind !== 'tensor' || length <= maxBytes || !(maxBytes >= 1)) return [{ begin: 0, end: length }];
  // Transformed by casts and a transpose: whole output rows per piece (at least one).
  const step = init.transforms.length === 0 ? maxBytes : rowStep(init, maxBytes);
  if (step === undefined) return [{ begin: 0, end: length }];
  const ranges: ByteRange[] = [];
  for (let begin = 0; begin < length; begin += step) ranges.push({ begin, end: Math.min(begin + step, length) });
  return ranges;
}

function rowStep(init: TensorInitializer, maxBytes: number): number | undefined {
  const row = rowBytes(init);
  return row === undefined || row === 0 ? undefined : Math.max(1, Math.floor(maxBytes / row)) * row;
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
  if (isBf16TransposeToF32(init) && HOST_LITTLE_ENDIAN && source.byteOffset % 2 === 0) {
    // The fused pass of the row path, over all rows: same bytes, one pass instead of two.
    try {
      return applyTransformsRange(init, source, { begin: 0, end: initializerByteLength(init) }, take, give);
    } finally {
      if (ownsSource) give(source);
    }
  }
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
          const q = quantizeInt8Rows(input, dtype, shape, t.part, take, init, t);
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

/**
 * The rows of a 2-D float tensor one at a time as float32 (a reused buffer), with the fast paths of
 * `castBytes`: quantization reads every element of a model's matrices, some of them twice.
 */
function rowReader(bytes: Uint8Array, dtype: DType, cols: number): (row: number) => Float32Array | Float64Array {
  const out = new Float32Array(cols);
  const aligned = HOST_LITTLE_ENDIAN && bytes.byteOffset % 4 === 0;
  if (aligned && dtype === 'F32') {
    const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    return (row) => all.subarray(row * cols, (row + 1) * cols);
  }
  if (aligned && (dtype === 'BF16' || dtype === 'F16')) {
    const all = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
    if (dtype === 'BF16') {
      const bits = new Uint32Array(out.buffer);
      return (row) => {
        for (let c = 0, at = row * cols; c < cols; c++) bits[c] = all[at + c]! << 16;
        return out;
      };
    }
    const table = f16ToF32Table();
    return (row) => {
      for (let c = 0, at = row * cols; c < cols; c++) out[c] = table[all[at + c]!]!;
      return out;
    };
  }
  // Anything else element by element, in float64 (F64 sources keep their precision until quantized).
  const read = floatReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), dtype);
  const wide = new Float64Array(cols);
  return (row) => {
    for (let c = 0; c < cols; c++) wide[c] = read(row * cols + c);
    return wide;
  };
}

/**
 * Scales computed along with the values / packed codes of a weight (the two are initializers that
 * come one after the other): computing the codes computes the scales, and the scales' own request
 * is answered from here. A few entries (the variants of a fan-out interleave); keyed by the source
 * and the transform. Only scales are kept: they are small (1/32 of the codes or less).
 */
const pairedScales = new Map<string, Quantized>();
/** Entries kept (a fan-out writes at most four quantized variants at once). */
const PAIRED_SCALES_MAX = 8;

function quantizationKey(init: TensorInitializer, t: InitializerTransform, part: string): string {
  return `${sourceKeyOf(init)}\u0000${JSON.stringify(init.transforms.slice(0, init.transforms.indexOf(t)))}\u0000${JSON.stringify({ ...t, part })}`;
}

/** The stashed scales if these are they (copied into a buffer from `take`). */
function takePaired(key: string, take: (n: number) => Uint8Array): Quantized | undefined {
  const part = pairedScales.get(key);
  if (part === undefined) return undefined;
  pairedScales.delete(key);
  const bytes = take(part.bytes.length);
  bytes.set(part.bytes);
  return { ...part, bytes };
}

/**
 * Forget stashed scales. Emitters call it when they start, so that nothing computed from an earlier
 * conversion's file (which may since have been rewritten at the same path) is ever served.
 */
export function clearQuantizationStash(): void {
  pairedScales.clear();
}

function stashScales(key: string, scales: Quantized): void {
  if (pairedScales.size >= PAIRED_SCALES_MAX) pairedScales.delete(pairedScales.keys().next().value!);
  pairedScales.set(key, scales);
}

/**
 * `Math.round` (halves toward +Infinity) for |x| < 2^51, about twice as fast in V8: floor(x + 0.5),
 * undone when the addition itself rounded up past x + 0.5 (x = 0.5 − 2^-54 must give 0).
 */
function roundHalfUp(x: number): number {
  const r = Math.floor(x + 0.5);
  return r - 0.5 > x ? r - 1 : r;
}

/** Per-row symmetric int8: `values` (int8, same shape) or `scales` (float32 [rows]). */
function quantizeInt8Rows(
  bytes: Uint8Array,
  dtype: DType,
  shape: readonly number[],
  part: 'values' | 'scales',
  take: (n: number) => Uint8Array,
  init: TensorInitializer,
  t: InitializerTransform,
): Quantized {
  const [rows, cols] = require2d(shape, init, 'int8 quantization');
  const paired = takePaired(quantizationKey(init, t, part), take);
  if (paired) return paired;
  const rowOf = rowReader(bytes, dtype, cols);
  const values = part === 'values' ? take(rows * cols) : new Uint8Array(rows * cols);
  const scales = part === 'scales' ? take(rows * 4) : new Uint8Array(rows * 4);
  const codes = new Int8Array(values.buffer, values.byteOffset, values.byteLength);
  const view = new DataView(scales.buffer, scales.byteOffset, scales.byteLength);
  for (let r = 0; r < rows; r++) {
    const row = rowOf(r);
    let max = 0;
    for (let c = 0; c < cols; c++) {
      const v = row[c]!;
      if (!Number.isFinite(v)) requireFinite(v, r * cols + c, init);
      const a = Math.abs(v);
      if (a > max) max = a;
    }
    // float32 scale, as stored: the codes are computed with the scale the runtime will multiply by.
    const scale = Math.fround(max / INT8_MAX_CODE);
    view.setFloat32(r * 4, scale, LITTLE_ENDIAN);
    for (let c = 0, at = r * cols; c < cols; c++) {
      if (scale === 0) codes[at + c] = 0;
      else {
        const q = roundHalfUp(row[c]! / scale);
        codes[at + c] = q < -INT8_MAX_CODE ? -INT8_MAX_CODE : q > INT8_MAX_CODE ? INT8_MAX_CODE : q;
      }
    }
  }
  const result: Record<'values' | 'scales', Quantized> = {
    values: { bytes: values, dtype: 'I8', shape: [rows, cols] },
    scales: { bytes: scales, dtype: 'F32', shape: [rows] },
  };
  if (part === 'values') stashScales(quantizationKey(init, t, 'scales'), result.scales);
  return result[part];
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
  const paired = takePaired(quantizationKey(init, t, t.part), take);
  if (paired) return paired;
  const bs = t.blockSize;
  const kBlocks = Math.ceil(k / bs);
  const blob = (bs * t.bits) / 8;
  const scaleBytes = t.scaleDtype === 'float16' ? 2 : 4;
  const packedLength = n * kBlocks * blob;
  const scalesLength = n * kBlocks * scaleBytes;
  const out = t.part === 'packed' ? take(packedLength) : new Uint8Array(packedLength);
  const scalesOut = t.part === 'scales' ? take(scalesLength) : new Uint8Array(scalesLength);
  out.fill(0);
  const view = new DataView(scalesOut.buffer, scalesOut.byteOffset, scalesOut.byteLength);
  const rowOf = rowReader(bytes, dtype, k);
  for (let row = 0; row < n; row++) {
    const values = rowOf(row);
    for (let b = 0; b < kBlocks; b++) {
      const from = b * bs;
      const to = Math.min(from + bs, k);
      let max = 0;
      for (let c = from; c < to; c++) {
        const v = values[c]!;
        if (!Number.isFinite(v)) requireFinite(v, row * k + c, init);
        const a = Math.abs(v);
        if (a > max) max = a;
      }
      // The scale as the runtime will read it (rounded to the stored dtype), so codes match it.
      let scale = max / INT4_MAX_MAGNITUDE;
      const block = row * kBlocks + b;
      if (t.scaleDtype === 'float16') {
        const bits = f32ToF16Bits(scale);
        scale = f16BitsToF32(bits);
        view.setUint16(block * 2, bits, LITTLE_ENDIAN);
      } else {
        scale = Math.fround(scale);
        view.setFloat32(block * 4, scale, LITTLE_ENDIAN);
      }
      for (let c = 0; c < bs; c++) {
        // Padding past K gets the zero point's code (value 0).
        const v = from + c < to ? values[from + c]! : 0;
        let q = INT4_ZERO_POINT;
        if (scale !== 0) {
          q = roundHalfUp(v / scale) + INT4_ZERO_POINT;
          q = q < 0 ? 0 : q > INT4_MAX_CODE ? INT4_MAX_CODE : q;
        }
        const at = block * blob + (c >> 1);
        out[at] = (c & 1) === 0 ? q : out[at]! | (q << 4);
      }
    }
  }
  const result: Record<'packed' | 'scales', Quantized> = {
    packed: { bytes: out, dtype: 'U8', shape: [n, kBlocks, blob] },
    scales: { bytes: scalesOut, dtype: t.scaleDtype === 'float16' ? 'F16' : 'F32', shape: [n, kBlocks] },
  };
  if (t.part === 'packed') stashScales(quantizationKey(init, t, 'scales'), result.scales);
  return result[t.part];
}

function castBytes(bytes: Uint8Array, from: DType, to: GraphDType, take: (n: number) => Uint8Array, init: TensorInitializer): Uint8Array {
  const src = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fromBytes = DTYPE_INFO[from].bits / 8;
  const n = bytes.length / fromBytes;
  const read = floatReader(src, from);
  const out = take(n * graphDTypeBytes(to));
  if (fastCast(bytes, from, out, to, n, init)) return out;
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

/**
 * The common casts on typed-array views (little-endian host, aligned buffers): BF16 → float32 is a
 * 16-bit shift, F16 → float32 a table lookup, float32 / BF16 → float16 integer arithmetic on the
 * bits; 5–10× faster than element-wise DataView calls on a decoder's gigabytes. Same bytes as the
 * general path. False when it does not apply (then the general path runs).
 */
function fastCast(bytes: Uint8Array, from: DType, out: Uint8Array, to: GraphDType, n: number, init: TensorInitializer): boolean {
  if (!HOST_LITTLE_ENDIAN || bytes.byteOffset % 4 !== 0 || out.byteOffset % 4 !== 0) return false;
  if (to === 'float32' && (from === 'BF16' || from === 'F16')) {
    const src = new Uint16Array(bytes.buffer, bytes.byteOffset, n);
    if (from === 'BF16') {
      const dst = new Uint32Array(out.buffer, out.byteOffset, n);
      for (let i = 0; i < n; i++) dst[i] = src[i]! << 16;
    } else {
      const dst = new Float32Array(out.buffer, out.byteOffset, n);
      const table = f16ToF32Table();
      for (let i = 0; i < n; i++) dst[i] = table[src[i]!]!;
    }
    return true;
  }
  if (to === 'float16' && (from === 'F32' || from === 'BF16')) {
    const dst = new Uint16Array(out.buffer, out.byteOffset, n);
    const src32 = from === 'F32' ? new Uint32Array(bytes.buffer, bytes.byteOffset, n) : undefined;
    const src16 = from === 'BF16' ? new Uint16Array(bytes.buffer, bytes.byteOffset, n) : undefined;
    for (let i = 0; i < n; i++) {
      const bits = src32 ? src32[i]! : (src16![i]! << 16) >>> 0;
      const h = f32BitsToF16Bits(bits);
      // A finite weight beyond float16's range would silently become ±Infinity.
      if ((h & F16_ABS_MASK) === F16_INFINITY_BITS && ((bits >>> 23) & 0xff) !== 0xff) {
        throw new GraphError(
          'VALUE_OVERFLOW',
          `element ${i} (${from === 'F32' ? new Float32Array(bytes.buffer, bytes.byteOffset, n)[i] : bf16BitsToF32(src16![i]!)}) of "${init.source.name}" does not fit in float16`,
          {
            tensor: init.source.name,
            file: init.source.file,
            hint: 'keep this model (or variant) in float32',
          },
        );
      }
      dst[i] = h;
    }
    return true;
  }
  return false;
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
