import { jsonPointer } from '@mlpack/core';
import type { DecoderSpec } from '@mlpack/families';
import { ArchitectureError } from '../architecture-error.js';
import { CONFIG_FILE } from '../config-reader.js';
import type { ConfigReader } from '../config-reader.js';

/** The rotary-embedding types the builder implements (transformers' ROPE_INIT_FUNCTIONS names). */
export const ROPE_TYPES = ['default', 'linear', 'dynamic', 'llama3'] as const;
export type RopeType = (typeof ROPE_TYPES)[number];

export interface RopeConfig {
  type: RopeType;
  theta: number;
  /** Dims of each head that rotate (head_dim, or Phi-3's `partial_rotary_factor` share); even. */
  rotaryDim: number;
  /** `linear`, `dynamic`, `llama3`. */
  factor: number;
  /** `dynamic`: the length beyond which the base grows (max_position_embeddings). */
  maxPositions: number;
  /** `llama3` only. */
  llama3?: { lowFreqFactor: number; highFreqFactor: number; originalMaxPositions: number };
}

/**
 * RoPE settings from `rope_theta` + `rope_scaling` (transformers 4) or `rope_parameters`
 * (transformers 5, which moved `rope_theta` and `partial_rotary_factor` inside it). Any type
 * other than ROPE_TYPES is `ARCH_UNSUPPORTED` naming it.
 */
export function readRope(cfg: ConfigReader, spec: DecoderSpec, dims: { headDim: number; maxPositions: number }): RopeConfig {
  const params = objectOrUndefined(cfg, 'rope_parameters');
  const scaling = objectOrUndefined(cfg, 'rope_scaling');
  if (params !== undefined && isPerLayerType(params)) {
    throw new ArchitectureError('ARCH_UNSUPPORTED', 'rope_parameters holds one setting per layer type', {
      file: CONFIG_FILE,
      pointer: '/rope_parameters',
      hint: 'per-layer-type RoPE (e.g. Gemma 3) is not supported',
    });
  }
  const where = params !== undefined ? 'rope_parameters' : 'rope_scaling';
  const s = params ?? scaling ?? {};
  const typeKey = Object.hasOwn(s, 'rope_type') ? 'rope_type' : 'type';
  const rawType = s[typeKey] ?? 'default';
  if (typeof rawType !== 'string' || !(ROPE_TYPES as readonly string[]).includes(rawType)) {
    throw new ArchitectureError('ARCH_UNSUPPORTED', `${where}.${typeKey} ${JSON.stringify(rawType)} is not supported`, {
      file: CONFIG_FILE,
      pointer: jsonPointer(where, typeKey),
      hint: `supported RoPE types: ${ROPE_TYPES.join(', ')}`,
    });
  }
  const type = rawType as RopeType;
  const num = (key: string, fallback?: number): number => {
    const v = s[key];
    if (v === undefined || v === null) {
      if (fallback !== undefined) return fallback;
      throw cfg.bad(where, `needs "${key}" for rope type "${type}"`, 'see transformers modeling_rope_utils for the fields each type needs');
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new ArchitectureError('ARCH_BAD_CONFIG', `${where}.${key} must be a positive number, got ${JSON.stringify(v)}`, {
        file: CONFIG_FILE,
        pointer: jsonPointer(where, key),
        hint: 'fix the value in config.json',
      });
    }
    return v;
  };

  const thetaDefault = spec.config.ropeTheta;
  const theta =
    params !== undefined && params['rope_theta'] !== undefined
      ? num('rope_theta')
      : cfg.positive(thetaDefault?.keys ?? ['rope_theta'], thetaDefault?.default ?? 10000);
  let rotaryDim = dims.headDim;
  if (spec.partialRotaryKey !== undefined) {
    const key = spec.partialRotaryKey;
    const inParams = params !== undefined && params[key] !== undefined;
    const factor = inParams ? num(key) : cfg.positive(key, 1);
    if (factor > 1) throw cfg.bad(key, `must be at most 1, got ${factor}`);
    rotaryDim = Math.trunc(dims.headDim * factor);
  }
  if (rotaryDim % 2 !== 0 || rotaryDim === 0) {
    throw cfg.bad(spec.partialRotaryKey ?? 'head_dim', `gives ${rotaryDim} rotary dims per head; RoPE needs a positive even number`);
  }
  const rope: RopeConfig = { type, theta, rotaryDim, factor: 1, maxPositions: dims.maxPositions };
  if (type === 'linear' || type === 'dynamic') rope.factor = num('factor');
  if (type === 'llama3') {
    rope.factor = num('factor');
    rope.llama3 = {
      lowFreqFactor: num('low_freq_factor'),
      highFreqFactor: num('high_freq_factor'),
      originalMaxPositions: num('original_max_position_embeddings'),
    };
    if (rope.llama3.highFreqFactor <= rope.llama3.lowFreqFactor) {
      throw cfg.bad(where, 'has high_freq_factor <= low_freq_factor', 'llama3 RoPE needs high_freq_factor > low_freq_factor');
    }
  }
  return rope;
}

/**
 * Inverse frequencies `1 / theta^(2i / d)` (i < d / 2) with the static scalings applied (linear,
 * llama3), rounded to float32 as transformers computes them. `dynamic` is scaled in the graph.
 */
export function inverseFrequencies(rope: RopeConfig): number[] {
  const d = rope.rotaryDim;
  const base = Array.from({ length: d / 2 }, (_, i) => 1 / Math.pow(rope.theta, (2 * i) / d));
  let freqs = base;
  if (rope.type === 'linear') freqs = base.map((f) => f / rope.factor);
  if (rope.type === 'llama3') {
    const { lowFreqFactor: low, highFreqFactor: high, originalMaxPositions: old } = rope.llama3!;
    const lowWavelen = old / low;
    const highWavelen = old / high;
    freqs = base.map((f) => {
      const wavelen = (2 * Math.PI) / f;
      if (wavelen < highWavelen) return f;
      if (wavelen > lowWavelen) return f / rope.factor;
      const smooth = (old / wavelen - low) / (high - low);
      return ((1 - smooth) * f) / rope.factor + smooth * f;
    });
  }
  return freqs.map(Math.fround);
}

function objectOrUndefined(cfg: ConfigReader, key: string): Record<string, unknown> | undefined {
  const v = cfg.config[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) throw cfg.bad(key, 'must be an object or null');
  return v as Record<string, unknown>;
}

/** transformers 5's `{ "full_attention": {...}, "sliding_attention": {...} }` form. */
function isPerLayerType(p: Record<string, unknown>): boolean {
  return Object.values(p).some((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
}
