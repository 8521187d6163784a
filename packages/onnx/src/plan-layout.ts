/**
 * Where each initializer's bytes go: inline as `raw_data` in the .onnx file, or in the external
 * data file at an aligned offset. Pure arithmetic over byte counts, so it runs before anything
 * is read or written.
 */

/** protobuf's hard limit on one serialized message (2 GiB - 1): ONNX files above it cannot be parsed. */
export const PROTOBUF_MAX_BYTES = 2 ** 31 - 1;

/** Tensors smaller than this stay inline even in external mode (1 KiB: as `onnx.save`'s default size_threshold). */
export const EXTERNAL_MIN_BYTES = 1024;

/** Every external tensor starts at a multiple of the page size (4 KiB) so runtimes can mmap it. */
export const EXTERNAL_ALIGNMENT = 4096;

/**
 * Tensors of at least 1 MiB start at a multiple of 64 KiB, Windows' allocation granularity for
 * file mappings (the same rule as onnx's `save_model(..., align_offset)`). 64 KiB is a multiple of 4 KiB.
 */
export const EXTERNAL_LARGE_ALIGNMENT = 65536;
export const EXTERNAL_LARGE_MIN_BYTES = 1 << 20;

export type ExternalDataMode = 'auto' | 'always' | 'never';

export interface TensorPlacement {
  location: 'inline' | 'external';
  /** Offset in the data file (external only). */
  offset: number;
  length: number;
}

export interface LayoutPlan {
  placements: TensorPlacement[];
  /** Size of the data file (0 when nothing is external: then no data file is written). */
  dataFileSize: number;
}

export function alignmentFor(length: number): number {
  return length >= EXTERNAL_LARGE_MIN_BYTES ? EXTERNAL_LARGE_ALIGNMENT : EXTERNAL_ALIGNMENT;
}

/** Place every tensor of `lengths` (in initializer order) externally when it is large enough, else inline. */
export function planExternal(lengths: readonly number[]): LayoutPlan {
  let end = 0;
  const placements = lengths.map((length): TensorPlacement => {
    if (length < EXTERNAL_MIN_BYTES) return { location: 'inline', offset: 0, length };
    const align = alignmentFor(length);
    const offset = Math.ceil(end / align) * align;
    end = offset + length;
    return { location: 'external', offset, length };
  });
  return { placements, dataFileSize: end };
}

export function planInline(lengths: readonly number[]): LayoutPlan {
  return { placements: lengths.map((length) => ({ location: 'inline', offset: 0, length })), dataFileSize: 0 };
}

/**
 * Choose the layout for a mode. `modelSize(plan)` returns the .onnx size that plan gives;
 * `auto` goes external only when the all-inline model would exceed `limit`.
 */
export function chooseLayout(
  lengths: readonly number[],
  mode: ExternalDataMode,
  modelSize: (plan: LayoutPlan) => number,
  limit = PROTOBUF_MAX_BYTES,
): { plan: LayoutPlan; modelSize: number } {
  if (mode === 'always') {
    const plan = planExternal(lengths);
    return { plan, modelSize: modelSize(plan) };
  }
  const inline = planInline(lengths);
  const inlineSize = modelSize(inline);
  if (mode === 'never' || inlineSize <= limit) return { plan: inline, modelSize: inlineSize };
  const plan = planExternal(lengths);
  return { plan, modelSize: modelSize(plan) };
}
