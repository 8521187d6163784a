/** Sizes of one causal self-attention call. */
export interface CausalAttentionShape {
  batch: number;
  /** New tokens per row (queries). */
  seq: number;
  /** Cached tokens per row; keys and values hold past + seq positions. */
  past: number;
  numHeads: number;
  numKvHeads: number;
  headDim: number;
}

/** Options of `causalAttention`. */
export interface CausalAttentionOptions {
  /** Multiplier of q·k (head_dim^-0.5; gpt2 may also divide by layer index + 1, or not scale). */
  scale: number;
  /** Sliding window: key j is visible to cache index q only when q - window < j. null: no window. */
  window: number | null;
}

/**
 * Causal (optionally sliding-window) grouped-query attention over a KV cache, as transformers'
 * eager path computes it. q is [b * s, numHeads * headDim]; keys and values are the whole cache
 * [b, numKvHeads, past + s, headDim] (past first); mask [b, past + s] (1 = may be attended).
 * Query i of row b sits at cache index q = past + i and sees key j when j ≤ q, mask[b, j] = 1 and
 * (with a window) q - window < j. Query head h reads kv head floor(h / (numHeads / numKvHeads)).
 *
 * Masked scores are `finfo(float32).min` in transformers, so they get weight exactly 0; a row with
 * no visible key (a left-padding query) has every score at that minimum and softmax makes it
 * uniform over all past + s keys — reproduced here so such rows stay finite and equal. Returns the
 * context [b * s, numHeads * headDim].
 */
export function causalAttention(
  q: Float64Array,
  keys: Float64Array,
  values: Float64Array,
  mask: Uint8Array,
  shape: CausalAttentionShape,
  o: CausalAttentionOptions,
): Float64Array {
  const { batch, seq, past, numHeads, numKvHeads, headDim: D } = shape;
  const total = past + seq;
  const width = numHeads * D;
  const group = numHeads / numKvHeads;
  if (q.length !== batch * seq * width) throw new RangeError(`causalAttention: q has ${q.length} values, expected ${batch * seq * width}`);
  if (keys.length !== batch * numKvHeads * total * D || values.length !== keys.length) {
    throw new RangeError(`causalAttention: the cache holds ${keys.length} keys / ${values.length} values, expected ${batch * numKvHeads * total * D}`);
  }
  const ctx = new Float64Array(q.length);
  const weights = new Float64Array(total);
  const visible = new Uint8Array(total);
  for (let b = 0; b < batch; b++) {
    for (let i = 0; i < seq; i++) {
      const qi = past + i;
      let any = false;
      for (let j = 0; j < total; j++) {
        const ok = j <= qi && mask[b * total + j] === 1 && (o.window === null || qi - o.window < j);
        visible[j] = ok ? 1 : 0;
        any ||= ok;
      }
      for (let h = 0; h < numHeads; h++) {
        const kvBase = (b * numKvHeads + Math.floor(h / group)) * total * D;
        const qo = (b * seq + i) * width + h * D;
        if (any) {
          let max = -Infinity;
          for (let j = 0; j < total; j++) {
            if (visible[j] === 0) continue;
            const ko = kvBase + j * D;
            let dot = 0;
            for (let d = 0; d < D; d++) dot += q[qo + d]! * keys[ko + d]!;
            const s = dot * o.scale;
            weights[j] = s;
            if (s > max) max = s;
          }
          let sum = 0;
          for (let j = 0; j < total; j++) {
            const e = visible[j] === 1 ? Math.exp(weights[j]! - max) : 0;
            weights[j] = e;
            sum += e;
          }
          for (let j = 0; j < total; j++) weights[j] = weights[j]! / sum;
        } else {
          weights.fill(1 / total);
        }
        for (let j = 0; j < total; j++) {
          const p = weights[j]!;
          if (p === 0) continue;
          const vo = kvBase + j * D;
          for (let d = 0; d < D; d++) ctx[qo + d]! += p * values[vo + d]!;
        }
      }
    }
  }
  return ctx;
}

/**
 * The cache after this step, [b, kvHeads, past + s, headDim]: the past tokens, then the new keys
 * (or values) `fresh` [b * s, kvHeads * headDim] on the sequence axis — transformers' cache update.
 */
export function appendToCache(past: Float64Array, fresh: Float64Array, shape: Omit<CausalAttentionShape, 'numHeads'>): Float64Array {
  const { batch, seq, past: p, numKvHeads, headDim: D } = shape;
  const total = p + seq;
  const out = new Float64Array(batch * numKvHeads * total * D);
  for (let b = 0; b < batch; b++) {
    for (let h = 0; h < numKvHeads; h++) {
      const o = (b * numKvHeads + h) * total * D;
      out.set(past.subarray((b * numKvHeads + h) * p * D, (b * numKvHeads + h + 1) * p * D), o);
      for (let i = 0; i < seq; i++) {
        const src = (b * seq + i) * numKvHeads * D + h * D;
        out.set(fresh.subarray(src, src + D), o + (p + i) * D);
      }
    }
  }
  return out;
}
