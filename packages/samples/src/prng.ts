/**
 * Seeded randomness for the generator. Everything here is integer arithmetic except the
 * Box-Muller transform, whose `Math.log`/`Math.cos`/`Math.sin` are V8's software (fdlibm) ports
 * and therefore give the same bits on every platform.
 */

/** 2^32, to turn a u32 into a float in (0, 1]. */
const U32_RANGE = 4294967296;

/** mulberry32: a tiny 32-bit-state PRNG; good enough for test weights, and trivially portable. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** FNV-1a over the UTF-16 code units of `s` (names are ASCII), 32-bit. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Finalizer of splitmix32/murmur3: spreads every input bit over the output. */
function mix32(x: number): number {
  let z = x >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Seed of one tensor's stream: depends only on the sample seed and the tensor's name (without the
 * base-model prefix), so a tensor's values never depend on which other tensors exist — the
 * backbone of `BertModel` and `BertForSequenceClassification` with the same seed is identical.
 */
export function tensorSeed(seed: number, name: string): number {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  const lo = seed >>> 0;
  const hi = Math.floor(seed / U32_RANGE) >>> 0;
  return mix32(mix32(lo ^ mix32(hi + 0x9e3779b9)) ^ fnv1a32(name));
}

/** Standard-normal sampler (Box-Muller) over a mulberry32 stream. */
export class NormalSampler {
  private readonly next: () => number;
  private spare: number | undefined;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Uniform in (0, 1]: never 0, so the logarithm below is finite. */
  uniform(): number {
    return (this.next() + 1) / U32_RANGE;
  }

  /** One N(0, 1) draw. */
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(this.uniform()));
    const theta = 2 * Math.PI * this.uniform();
    this.spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  }
}
