import type { RopeConfig } from './rope-config.js';

/** cos/sin of every token's rotation angles, [rows, width] each (width = 2 × frequencies). */
export interface RopeTables {
  cos: Float64Array;
  sin: Float64Array;
  /** Rotated dimensions per head: 2 × ceil(rotaryDim / 2), as `cat(freqs, freqs)` builds them. */
  width: number;
}

/**
 * The inverse frequencies transformers' rotary embedding uses for a call whose largest position id
 * is `maxPositionId`: `1 / theta^(2k / dim)` for k < ceil(dim / 2), then the `rope_scaling` rule.
 * Dynamic NTK recomputes the base from `seq_len = max(position_ids) + 1` when that exceeds
 * `max_position_embeddings`, as a freshly loaded model does on its first call.
 */
export function ropeInverseFrequencies(rope: RopeConfig, maxPositionId: number): Float64Array {
  const dim = rope.rotaryDim;
  const s = rope.scaling;
  let base = rope.theta;
  if (s.type === 'dynamic') {
    const seqLen = Math.max(maxPositionId + 1, rope.maxPositions);
    base = base * ((s.factor * seqLen) / rope.maxPositions - (s.factor - 1)) ** (dim / (dim - 2));
  }
  const n = Math.ceil(dim / 2);
  const inv = new Float64Array(n);
  for (let k = 0; k < n; k++) inv[k] = 1 / base ** ((2 * k) / dim);
  if (s.type === 'linear') {
    for (let k = 0; k < n; k++) inv[k] = inv[k]! / s.factor;
  } else if (s.type === 'llama3') {
    const lowFreqWavelen = s.originalMaxPositions / s.lowFreqFactor;
    const highFreqWavelen = s.originalMaxPositions / s.highFreqFactor;
    for (let k = 0; k < n; k++) {
      const f = inv[k]!;
      const wavelen = (2 * Math.PI) / f;
      if (wavelen > lowFreqWavelen) inv[k] = f / s.factor;
      else if (wavelen >= highFreqWavelen) {
        // between the two wavelengths: interpolate between scaled and unscaled
        const smooth = (s.originalMaxPositions / wavelen - s.lowFreqFactor) / (s.highFreqFactor - s.lowFreqFactor);
        inv[k] = ((1 - smooth) * f) / s.factor + smooth * f;
      }
    }
  }
  return inv;
}

/** cos and sin of `position × inv_freq` for every token, duplicated over both halves (`cat(freqs, freqs)`). */
export function ropeTables(rope: RopeConfig, positions: Float64Array): RopeTables {
  let maxPosition = -Infinity;
  for (const p of positions) if (p > maxPosition) maxPosition = p;
  const inv = ropeInverseFrequencies(rope, maxPosition);
  const half = inv.length;
  const width = 2 * half;
  const cos = new Float64Array(positions.length * width);
  const sin = new Float64Array(positions.length * width);
  for (let r = 0; r < positions.length; r++) {
    const o = r * width;
    for (let k = 0; k < half; k++) {
      const angle = positions[r]! * inv[k]!;
      const c = Math.cos(angle);
      const sn = Math.sin(angle);
      cos[o + k] = c;
      cos[o + half + k] = c;
      sin[o + k] = sn;
      sin[o + half + k] = sn;
    }
  }
  return { cos, sin, width };
}

/**
 * Rotates, in place, the first `t.width` dimensions of every head of x [rows, heads * headDim]:
 * `x * cos + rotate_half(x) * sin` with rotate_half(x) = cat(-x2, x1) over those dimensions;
 * the remaining dimensions of each head pass through (phi3's partial rotary).
 */
export function applyRope(x: Float64Array, rows: number, heads: number, headDim: number, t: RopeTables): void {
  const half = t.width / 2;
  for (let r = 0; r < rows; r++) {
    const to = r * t.width;
    for (let h = 0; h < heads; h++) {
      const o = (r * heads + h) * headDim;
      for (let d = 0; d < half; d++) {
        const x1 = x[o + d]!;
        const x2 = x[o + half + d]!;
        x[o + d] = x1 * t.cos[to + d]! - x2 * t.sin[to + d]!;
        x[o + half + d] = x2 * t.cos[to + half + d]! + x1 * t.sin[to + half + d]!;
      }
    }
  }
}
