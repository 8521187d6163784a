import type { Graph, Initializer } from '../ir.js';

export interface AffineWeightStorageOptions {
  /** Code width: uint8 (a quarter of float32) or uint16 (half). */
  dtype: 'uint8' | 'uint16';
  /**
   * Only tensors of at least this rank (default 2: matrices). Biases and LayerNorm parameters are
   * under 1% of the bytes, and one per-tensor scale over a vector with a single large entry (a
   * LayerNorm gain of 20 beside gains of 1) would flatten all the others.
   */
  minRank?: number;
  /**
   * Also store embedding tables (weights read by a Gather) as codes (default false, as the q8
   * variant leaves embeddings alone): a table's rows are looked up, not summed over, so one
   * per-tensor scale stretched by a few large rows (position embeddings) is not averaged away.
   */
  includeEmbeddings?: boolean;
}

/**
 * TF.js uint8 / uint16: every float32 weight read from a file is stored as affine codes with a
 * per-tensor scale and min (tfjs-converter's `--quantize_uint8` / `--quantize_uint16` scheme) and
 * expanded to float32 when the model loads; the graph itself is unchanged. Inline constants stay.
 */
export function affineWeightStorage(graph: Graph, options: AffineWeightStorageOptions): Graph {
  const minRank = options.minRank ?? 2;
  const gathered = new Set(options.includeEmbeddings ? [] : graph.nodes.filter((n) => n.op === 'Gather').map((n) => n.inputs[0]!));
  const initializers = graph.initializers.map((init): Initializer =>
    init.kind === 'tensor' && init.dtype === 'float32' && init.shape.length >= minRank && !gathered.has(init.name)
      ? { ...init, storage: { kind: 'affine', dtype: options.dtype } }
      : init,
  );
  return { ...graph, initializers };
}
