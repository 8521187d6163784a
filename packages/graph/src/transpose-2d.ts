/**
 * Cache-blocked 2-D transpose of raw element bytes. Elements move as whole 1, 2 or 4-byte words
 * (8-byte elements as two 4-byte words): pure integer moves, so host byte order and NaN payloads
 * do not matter and the output bytes are exactly the input's, rearranged.
 */

/**
 * Side of the square tiles the matrix is walked in. A 64 × 64 tile of 4-byte words touches 64
 * source and 64 destination cache lines × 4 (16 KiB each side): it stays in L1/L2 while it is
 * transposed, instead of every destination write landing `rows` elements from the previous one
 * (a new cache line and, for 768 × 3072 fp32, a new page each time). A multiple of KERNEL_ROWS.
 */
export const TRANSPOSE_TILE = 64;

/**
 * Source rows moved per pass of the inner loop: eight independent loads per destination row
 * segment, which amortizes the loop and index arithmetic that dominates a typed-array loop in V8
 * (about 3× faster than one row at a time on BERT's 768 × 3072 matrices).
 */
const KERNEL_ROWS = 8;

/**
 * Transpose `src` ([rows, cols] row-major, elements of `elementBytes` bytes) into `dst`
 * ([cols, rows]). Both must hold exactly rows × cols × elementBytes bytes and must not overlap.
 */
export function transpose2d(src: Uint8Array, dst: Uint8Array, rows: number, cols: number, elementBytes: number): void {
  const length = rows * cols * elementBytes;
  if (src.length !== length || dst.length !== length) {
    throw new RangeError(`transpose2d: [${rows}, ${cols}] × ${elementBytes} bytes is ${length} bytes, got ${src.length} in and ${dst.length} out`);
  }
  if (elementBytes !== 1 && elementBytes !== 2 && elementBytes !== 4 && elementBytes !== 8) {
    throw new RangeError(`transpose2d: unsupported element size ${elementBytes}`);
  }
  const wordBytes = Math.min(elementBytes, 4);
  if (dst.byteOffset % wordBytes !== 0) throw new RangeError(`transpose2d: destination offset ${dst.byteOffset} is not ${wordBytes}-byte aligned`);
  // A source sub-view at an odd offset is copied once into an aligned buffer.
  const from = src.byteOffset % wordBytes === 0 ? src : src.slice();
  if (elementBytes === 8) transposePairs(u32(from), u32(dst), rows, cols);
  else if (elementBytes === 4) transposeU32(u32(from), u32(dst), rows, cols);
  else if (elementBytes === 2)
    transposeU16(new Uint16Array(from.buffer, from.byteOffset, from.length / 2), new Uint16Array(dst.buffer, dst.byteOffset, dst.length / 2), rows, cols);
  else transposeU8(from, dst, rows, cols);
}

function u32(bytes: Uint8Array): Uint32Array {
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}

// transposeU32 and transposeU16 are the same code on purpose: one function fed two typed-array
// kinds gets polymorphic element access in V8 and runs ~1.6× slower for every caller afterwards.

function transposeU32(src: Uint32Array, dst: Uint32Array, rows: number, cols: number): void {
  const T = TRANSPOSE_TILE;
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = Math.min(r0 + T, rows);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = Math.min(c0 + T, cols);
      let r = r0;
      for (; r + KERNEL_ROWS <= r1; r += KERNEL_ROWS) {
        const base = r * cols;
        let to = c0 * rows + r;
        for (let c = c0; c < c1; c++) {
          const from = base + c;
          dst[to] = src[from]!;
          dst[to + 1] = src[from + cols]!;
          dst[to + 2] = src[from + 2 * cols]!;
          dst[to + 3] = src[from + 3 * cols]!;
          dst[to + 4] = src[from + 4 * cols]!;
          dst[to + 5] = src[from + 5 * cols]!;
          dst[to + 6] = src[from + 6 * cols]!;
          dst[to + 7] = src[from + 7 * cols]!;
          to += rows;
        }
      }
      for (; r < r1; r++) {
        let from = r * cols + c0;
        let to = c0 * rows + r;
        for (let c = c0; c < c1; c++) {
          dst[to] = src[from++]!;
          to += rows;
        }
      }
    }
  }
}

function transposeU16(src: Uint16Array, dst: Uint16Array, rows: number, cols: number): void {
  const T = TRANSPOSE_TILE;
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = Math.min(r0 + T, rows);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = Math.min(c0 + T, cols);
      let r = r0;
      for (; r + KERNEL_ROWS <= r1; r += KERNEL_ROWS) {
        const base = r * cols;
        let to = c0 * rows + r;
        for (let c = c0; c < c1; c++) {
          const from = base + c;
          dst[to] = src[from]!;
          dst[to + 1] = src[from + cols]!;
          dst[to + 2] = src[from + 2 * cols]!;
          dst[to + 3] = src[from + 3 * cols]!;
          dst[to + 4] = src[from + 4 * cols]!;
          dst[to + 5] = src[from + 5 * cols]!;
          dst[to + 6] = src[from + 6 * cols]!;
          dst[to + 7] = src[from + 7 * cols]!;
          to += rows;
        }
      }
      for (; r < r1; r++) {
        let from = r * cols + c0;
        let to = c0 * rows + r;
        for (let c = c0; c < c1; c++) {
          dst[to] = src[from++]!;
          to += rows;
        }
      }
    }
  }
}

/** 1-byte elements (bool): rare, a plain tiled loop. */
function transposeU8(src: Uint8Array, dst: Uint8Array, rows: number, cols: number): void {
  const T = TRANSPOSE_TILE;
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = Math.min(r0 + T, rows);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = Math.min(c0 + T, cols);
      for (let r = r0; r < r1; r++) {
        for (let c = c0; c < c1; c++) dst[c * rows + r] = src[r * cols + c]!;
      }
    }
  }
}

/** 8-byte elements as pairs of 4-byte words (int64 / float64 never need a faster path). */
function transposePairs(src: Uint32Array, dst: Uint32Array, rows: number, cols: number): void {
  const T = TRANSPOSE_TILE;
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = Math.min(r0 + T, rows);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = Math.min(c0 + T, cols);
      for (let r = r0; r < r1; r++) {
        for (let c = c0; c < c1; c++) {
          const from = (r * cols + c) * 2;
          const to = (c * rows + r) * 2;
          dst[to] = src[from]!;
          dst[to + 1] = src[from + 1]!;
        }
      }
    }
  }
}

/**
 * Columns [colStart, colStart + cols) of a BF16 matrix `src` ([rows, srcCols] row-major, as
 * 16-bit words) transposed into float32 `dst` ([cols, rows]) in one pass: BF16 → float32 is the
 * word shifted into the high half, exact for every value (NaN payloads included), so this gives
 * the bytes a transpose followed by a cast gives, without the gather, the 16-bit intermediate and
 * the second pass over it (a decoder's BF16 weights are gigabytes of exactly this).
 */
export function transposeBf16ToF32(src: Uint16Array, srcCols: number, colStart: number, dst: Uint32Array, rows: number, cols: number): void {
  if (!(colStart >= 0 && colStart + cols <= srcCols) || src.length < rows * srcCols || dst.length !== rows * cols) {
    throw new RangeError(`transposeBf16ToF32: columns [${colStart}, ${colStart + cols}) of [${rows}, ${srcCols}] into ${dst.length} words`);
  }
  const T = TRANSPOSE_TILE;
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = Math.min(r0 + T, rows);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = Math.min(c0 + T, cols);
      let r = r0;
      for (; r + KERNEL_ROWS <= r1; r += KERNEL_ROWS) {
        const base = r * srcCols + colStart;
        let to = c0 * rows + r;
        for (let c = c0; c < c1; c++) {
          const from = base + c;
          dst[to] = src[from]! << 16;
          dst[to + 1] = src[from + srcCols]! << 16;
          dst[to + 2] = src[from + 2 * srcCols]! << 16;
          dst[to + 3] = src[from + 3 * srcCols]! << 16;
          dst[to + 4] = src[from + 4 * srcCols]! << 16;
          dst[to + 5] = src[from + 5 * srcCols]! << 16;
          dst[to + 6] = src[from + 6 * srcCols]! << 16;
          dst[to + 7] = src[from + 7 * srcCols]! << 16;
          to += rows;
        }
      }
      for (; r < r1; r++) {
        let from = r * srcCols + colStart + c0;
        let to = c0 * rows + r;
        for (let c = c0; c < c1; c++) {
          dst[to] = src[from++]! << 16;
          to += rows;
        }
      }
    }
  }
}
