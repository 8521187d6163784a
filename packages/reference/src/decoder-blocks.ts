import { appendToCache, causalAttention } from './causal-attention.js';
import type { PreparedDecoderInputs } from './prepare-decoder-inputs.js';
import type { DecoderConfig } from './resolve-decoder-config.js';
import type { WeightArray } from './weight-reader.js';

/** What a decoder forward pass hands to the heads. */
export interface DecoderRun {
  /** Final hidden states (after the last norm), [b * s, hidden]. */
  hidden: Float64Array;
  /** Per layer, the cache after this call, [b, kvHeads, past + s, headDim]. */
  presentKeys: Float64Array[];
  presentValues: Float64Array[];
  /** The token-embedding table [vocab, hidden] when the head needs it (a tied LM head, see `headUsesEmbedding`), else undefined. */
  embedding: WeightArray | undefined;
}

/** A decoder's embedded tokens [b * s, hidden], and the token-embedding table when kept for the head. */
export interface DecoderEmbedded {
  x: Float64Array;
  embedding: WeightArray | undefined;
}

/** Rows of a token-embedding table [vocab, width] picked by `ids`, [ids.length, width]. */
export function gatherRows(table: WeightArray, ids: Int32Array, width: number): Float64Array {
  const out = new Float64Array(ids.length * width);
  for (let r = 0; r < ids.length; r++) out.set(table.subarray(ids[r]! * width, (ids[r]! + 1) * width), r * width);
  return out;
}

/** x += y, elementwise (the residual connections). */
export function addInPlace(x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) x[i] = x[i]! + y[i]!;
}

/** Columns [from, from + count) of every row of x [rows, width], as a new [rows, count] array. */
export function sliceColumns(x: Float64Array, rows: number, width: number, from: number, count: number): Float64Array {
  const out = new Float64Array(rows * count);
  for (let r = 0; r < rows; r++) out.set(x.subarray(r * width + from, r * width + from + count), r * count);
  return out;
}

/**
 * One layer's attention core shared by every family: appends the new keys/values (already
 * position-encoded) to the layer's cache and attends. q [b * s, heads * headDim], k and v
 * [b * s, kvHeads * headDim]. Returns the context and the layer's present cache.
 */
export function attendWithCache(
  cfg: DecoderConfig,
  inp: PreparedDecoderInputs,
  layer: number,
  q: Float64Array,
  k: Float64Array,
  v: Float64Array,
  scale: number,
): { context: Float64Array; keys: Float64Array; values: Float64Array } {
  const shape = { batch: inp.batch, seq: inp.seq, past: inp.past, numHeads: cfg.numHeads, numKvHeads: cfg.numKvHeads, headDim: cfg.headDim };
  const keys = appendToCache(inp.pastKeys[layer]!, k, shape);
  const values = appendToCache(inp.pastValues[layer]!, v, shape);
  const context = causalAttention(q, keys, values, inp.mask, shape, { scale, window: cfg.slidingWindows[layer] ?? null });
  return { context, keys, values };
}
