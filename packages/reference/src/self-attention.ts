/**
 * `torch.finfo(torch.float32).min`: transformers builds the additive mask as (1 - mask) * this.
 * (It uses the model dtype's min; for any row with one attended key, float64's min gives the same
 * probabilities, exactly 0 for masked keys.)
 */
export const FLOAT32_MIN = -3.4028234663852886e38;

/** Additive attention bias per key, [batch * seq]: (1 - mask) * FLOAT32_MIN, as transformers computes it. */
export function maskBias(mask: Float64Array): Float64Array {
  const out = new Float64Array(mask.length);
  for (let i = 0; i < mask.length; i++) out[i] = (1 - mask[i]!) * FLOAT32_MIN;
  return out;
}

/**
 * The core of multi-head self-attention, after the q/k/v projections: per batch row and head,
 * softmax(q k^T / sqrt(headDim) + bias) v. q, k, v and the result are [batch * seq, heads * headDim]
 * with head h in columns [h * headDim, (h + 1) * headDim) (transformers' view + transpose).
 * Padded query positions are computed like any other (their outputs are kept, not zeroed).
 */
export function selfAttention(
  q: Float64Array,
  k: Float64Array,
  v: Float64Array,
  batch: number,
  seq: number,
  numHeads: number,
  headDim: number,
  bias: Float64Array,
): Float64Array {
  const width = numHeads * headDim;
  const scale = 1 / Math.sqrt(headDim);
  const ctx = new Float64Array(batch * seq * width);
  const scores = new Float64Array(seq);
  for (let b = 0; b < batch; b++) {
    const rowBase = b * seq;
    for (let h = 0; h < numHeads; h++) {
      const col = h * headDim;
      for (let i = 0; i < seq; i++) {
        const qo = (rowBase + i) * width + col;
        let max = -Infinity;
        for (let j = 0; j < seq; j++) {
          const ko = (rowBase + j) * width + col;
          let dot = 0;
          for (let d = 0; d < headDim; d++) dot += q[qo + d]! * k[ko + d]!;
          const s = dot * scale + bias[rowBase + j]!;
          scores[j] = s;
          if (s > max) max = s;
        }
        let sum = 0;
        for (let j = 0; j < seq; j++) {
          const e = Math.exp(scores[j]! - max);
          scores[j] = e;
          sum += e;
        }
        const co = (rowBase + i) * width + col;
        for (let j = 0; j < seq; j++) {
          const p = scores[j]! / sum;
          const vo = (rowBase + j) * width + col;
          for (let d = 0; d < headDim; d++) ctx[co + d]! += p * v[vo + d]!;
        }
      }
    }
  }
  return ctx;
}
