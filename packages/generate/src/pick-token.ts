/** How the next token is chosen: greedy (argmax) unless a temperature > 0 asks for sampling. */
export interface SamplingOptions {
  /** > 0 samples from softmax(logits / temperature); 0 or undefined is greedy. */
  temperature?: number | undefined;
  /** Sample among the k most likely tokens only (0 or undefined: all). */
  topK?: number | undefined;
  /** Sample among the most likely tokens whose probabilities add up to p (1 or undefined: all). */
  topP?: number | undefined;
}

/** mulberry32: small, seeded, the same sequence on every platform (reproducible sampling). */
export function seededUniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index of the largest value (the first one on ties, as argmax in transformers and transformers.js). */
export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

/**
 * The next token from one row of logits: argmax when greedy; otherwise temperature, top-k, then
 * top-p (nucleus) filtering as transformers' logits warpers apply them, and one draw of `uniform`.
 * Ties in the sort are broken by token id so the draw is deterministic.
 */
export function pickToken(logits: ArrayLike<number>, options: SamplingOptions, uniform: () => number): number {
  const t = options.temperature ?? 0;
  if (!(t > 0)) return argmax(logits);
  const order = Array.from({ length: logits.length }, (_, i) => i).sort((a, b) => logits[b]! - logits[a]! || a - b);
  const k = options.topK !== undefined && options.topK > 0 ? Math.min(options.topK, order.length) : order.length;
  let kept = order.slice(0, k);
  const max = logits[kept[0]!]! / t;
  let weights = kept.map((i) => Math.exp(logits[i]! / t - max));
  let total = weights.reduce((a, w) => a + w, 0);
  const p = options.topP ?? 1;
  if (p < 1) {
    let cumulative = 0;
    let n = 0;
    while (n < kept.length && (n === 0 || cumulative < p)) cumulative += weights[n++]! / total;
    kept = kept.slice(0, n);
    weights = weights.slice(0, n);
    total = weights.reduce((a, w) => a + w, 0);
  }
  let r = uniform() * total;
  for (let i = 0; i < kept.length; i++) {
    r -= weights[i]!;
    if (r < 0) return kept[i]!;
  }
  return kept[kept.length - 1]!;
}
