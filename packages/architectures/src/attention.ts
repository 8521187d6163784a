import type { Value } from '@mlpack/graph';
import type { ModuleOps } from './module-ops.js';
import type { LinearWeights } from './weights.js';

/**
 * `torch.finfo(torch.float32).min`: transformers' additive mask value for padding positions
 * (`get_extended_attention_mask`), finite so that a fully masked row stays NaN-free.
 */
export const FLOAT32_MIN = -3.4028234663852886e38;

/** `(1 - mask[:, None, None, :]) * float32_min`: [batch, 1, 1, seq], 0 where attended. */
export function extendedAttentionMask(ops: ModuleOps, attentionMask: Value): Value {
  const g = ops.g;
  return g.scope('extended_attention_mask', () => {
    const m = g.unsqueeze(g.cast(attentionMask, 'float32'), [1, 2]);
    return g.mul(g.sub(1, m), FLOAT32_MIN);
  });
}

export interface SelfAttentionWeights {
  query: LinearWeights;
  key: LinearWeights;
  value: LinearWeights;
}

export interface AttentionShape {
  hidden: number;
  heads: number;
}

/**
 * Multi-head scaled dot-product self-attention without the output projection:
 * `softmax(Q Kᵀ / √head_dim + mask) V`, heads merged back to [batch, seq, hidden].
 */
export function selfAttention(ops: ModuleOps, x: Value, mask: Value, w: SelfAttentionWeights, shape: AttentionShape): Value {
  const g = ops.g;
  const headDim = shape.hidden / shape.heads;
  const split = (v: Value): Value => g.reshape(v, [{ copy: 0 }, { copy: 1 }, shape.heads, headDim]);
  const q = g.scope('query', () => g.transpose(split(ops.linear(x, w.query)), [0, 2, 1, 3]));
  const kT = g.scope('key', () => g.transpose(split(ops.linear(x, w.key)), [0, 2, 3, 1]));
  const v = g.scope('value', () => g.transpose(split(ops.linear(x, w.value)), [0, 2, 1, 3]));
  const scores = g.add(g.div(g.matMul(q, kT), Math.sqrt(headDim)), mask);
  const probs = g.softmax(scores, -1);
  const context = g.transpose(g.matMul(probs, v), [0, 2, 1, 3]);
  return g.reshape(context, [{ copy: 0 }, { copy: 1 }, shape.hidden]);
}
