import type { TensorInfo } from '@mlpack/core';
import type { Value } from '@mlpack/graph';
import type { ModuleOps } from './module-ops.js';
import type { NormWeights, WeightResolver } from './weights.js';

export interface EmbeddingWeights {
  word: TensorInfo;
  position: TensorInfo;
  /** Absent for DistilBERT. */
  tokenType?: TensorInfo | undefined;
  norm: NormWeights;
}

/**
 * How position ids are made:
 * - `arange`: `[0, 1, …, seq - 1]` for every row (BERT, ELECTRA, ALBERT, DistilBERT);
 * - `padding-offset`: RoBERTa's `cumsum(ids != pad) * (ids != pad) + pad`, so padding tokens get
 *   position `pad` and real tokens count from `pad + 1`.
 */
export type PositionIds = { kind: 'arange' } | { kind: 'padding-offset'; padTokenId: number };

/** Token types: an input, the all-zeros default (row 0 of the table for every token), or none. */
export type TokenTypes = { kind: 'input'; ids: Value } | { kind: 'zeros' } | { kind: 'none' };

export interface EmbeddingSizes {
  vocab: number;
  /** Embedding width (hidden size, or ELECTRA / ALBERT `embedding_size`). */
  dim: number;
  maxPositions: number;
  /** `type_vocab_size`, or undefined when the family has no token type embeddings. */
  typeVocab: number | undefined;
}

/** `embeddings.{word,position,token_type}_embeddings` + `embeddings.LayerNorm`, shape-checked. */
export function resolveEmbeddings(ws: WeightResolver, s: EmbeddingSizes): EmbeddingWeights {
  return {
    word: ws.base('embeddings.word_embeddings.weight', [s.vocab, s.dim]),
    position: ws.base('embeddings.position_embeddings.weight', [s.maxPositions, s.dim]),
    tokenType: s.typeVocab === undefined ? undefined : ws.base('embeddings.token_type_embeddings.weight', [s.typeVocab, s.dim]),
    norm: ws.baseNorm('embeddings.LayerNorm', s.dim),
  };
}

/** `LayerNorm(word[ids] + token_type[types] + position[positions])`: [batch, seq, dim]. */
export function embed(ops: ModuleOps, inputIds: Value, w: EmbeddingWeights, positions: PositionIds, tokenTypes: TokenTypes, eps: number): Value {
  const g = ops.g;
  return g.scope('embeddings', () => {
    let x = ops.embedding(w.word, inputIds);
    if (w.tokenType !== undefined && tokenTypes.kind !== 'none') {
      x = g.add(x, ops.embedding(w.tokenType, tokenTypes.kind === 'input' ? tokenTypes.ids : 0));
    }
    x = g.add(x, ops.embedding(w.position, positionIds(ops, inputIds, positions)));
    return ops.layerNorm(x, w.norm, eps);
  });
}

/** [seq] for `arange` (broadcast over the batch), [batch, seq] for `padding-offset`. */
function positionIds(ops: ModuleOps, inputIds: Value, p: PositionIds): Value {
  const g = ops.g;
  if (p.kind === 'arange') return g.arange(inputIds, 1);
  const notPad = g.cast(g.notEqual(inputIds, p.padTokenId), 'int64');
  return g.add(g.mul(g.cumSum(notPad, 1), notPad), p.padTokenId);
}
