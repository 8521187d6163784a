import type { Graph, Initializer } from '../ir.js';

export interface AffineWeightStorageOptions {
  /** Code width: uint8 (a quarter of float32) or uint16 (half). */
  dtype: 'uint8' | 'uint16';
}

/**
 * TF.js uint8 / uint16: every float32 weight read from a file is stored as affine codes with a
 * per-tensor scale and min (tfjs-converter's `--quantize_uint8` / `--quantize_uint16` scheme) and
 * expanded to float32 when the model loads; the graph itself is unchanged. Inline constants stay.
 */
export function affineWeightStorage(graph: Graph, options: AffineWeightStorageOptions): Graph {
  const initializers = graph.initializers.map((init): Initializer =>
    init.kind === 'tensor' && init.dtype === 'float32' ? { ...init, storage: { kind: 'affine', dtype: options.dtype } } : init,
  );
  return { ...graph, initializers };
}
