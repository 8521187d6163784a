import { CONFIG_FILE, FieldReader, badField, unsupportedField } from './config-fields.js';
import { ReferencePassError } from './reference-error.js';

/** How the inverse frequencies are derived (transformers' `rope_scaling` / `ROPE_INIT_FUNCTIONS`). */
export type RopeScaling =
  | { type: 'default' }
  /** Inverse frequencies divided by `factor` (positions interpolated). */
  | { type: 'linear'; factor: number }
  /** NTK-aware base growth once the sequence outgrows `max_position_embeddings`. */
  | { type: 'dynamic'; factor: number }
  /** Llama 3.1's per-frequency interpolation. */
  | { type: 'llama3'; factor: number; lowFreqFactor: number; highFreqFactor: number; originalMaxPositions: number };

/** Everything the rotary embedding needs, resolved from config.json. */
export interface RopeConfig {
  /** `rope_theta`, the base of the frequencies. */
  theta: number;
  /** Leading dimensions of each head that rotate: `int(head_dim * partial_rotary_factor)`; the rest pass through. */
  rotaryDim: number;
  /** `max_position_embeddings` (dynamic NTK compares the sequence length with it). */
  maxPositions: number;
  scaling: RopeScaling;
}

/** The `rope_scaling` types the witness implements, sorted. */
export const ROPE_SCALING_TYPES = ['default', 'dynamic', 'linear', 'llama3'] as const;

/** What the family decides about RoPE before config.json is read. */
export interface RopeOptions {
  /** The attention head width. */
  headDim: number;
  /** Resolved `max_position_embeddings`. */
  maxPositions: number;
  /** Whether the family reads `partial_rotary_factor` (phi3); elsewhere it must be absent or 1. */
  partialRotary: boolean;
  /** Whether the family accepts `rope_scaling` at all (phi3 only knows longrope, which the witness lacks). */
  scaling: boolean;
  /** The family's name, for messages. */
  family: string;
}

/** transformers' default `rope_theta` in every RoPE family here. */
const DEFAULT_ROPE_THETA = 10000;

/**
 * Reads `rope_theta`, `partial_rotary_factor` and `rope_scaling`. The scaling type is
 * `rope_scaling.type` when present (configuration classes copy the legacy `type` over `rope_type`),
 * else `rope_scaling.rope_type`; any type outside `ROPE_SCALING_TYPES` is `REF_UNSUPPORTED`, naming it.
 */
export function resolveRopeConfig(config: Record<string, unknown>, o: RopeOptions): RopeConfig {
  const r = new FieldReader(config);
  const theta = r.number('rope_theta', DEFAULT_ROPE_THETA);
  if (theta <= 0) throw badField('rope_theta', 'a number > 0');
  let factor = 1;
  if (r.has('partial_rotary_factor')) {
    factor = r.number('partial_rotary_factor', 1);
    if (!o.partialRotary && factor !== 1) {
      throw unsupportedField(
        'partial_rotary_factor',
        `partial_rotary_factor ${factor} is not used by ${o.family} in transformers (only phi3 rotates part of each head)`,
      );
    }
    if (factor <= 0 || factor > 1) throw badField('partial_rotary_factor', 'a number in (0, 1]');
  }
  // Python's int() truncates toward zero; the factor is positive here.
  const rotaryDim = Math.floor(o.headDim * factor);
  if (rotaryDim < 2) throw badField('partial_rotary_factor', `large enough to rotate at least 2 of the ${o.headDim} head dimensions`);
  if (2 * Math.ceil(rotaryDim / 2) > o.headDim) {
    // cos/sin are built as cat(freqs, freqs): an odd rotary width rounds up and must still fit the head
    throw new ReferencePassError('REF_BAD_CONFIG', `a rotary width of ${rotaryDim} does not fit heads of ${o.headDim} dimensions`, {
      file: CONFIG_FILE,
      pointer: o.partialRotary ? '/partial_rotary_factor' : '/head_dim',
    });
  }
  const scaling = resolveScaling(config, o);
  if (scaling.type === 'dynamic' && rotaryDim <= 2) {
    // The NTK base grows with the exponent dim / (dim - 2).
    throw badField('rope_scaling', `usable with a rotary width of ${rotaryDim}: dynamic scaling needs more than 2 rotated dimensions`);
  }
  return { theta, rotaryDim, maxPositions: o.maxPositions, scaling };
}

function resolveScaling(config: Record<string, unknown>, o: RopeOptions): RopeScaling {
  const raw = config['rope_scaling'];
  if (raw === undefined || raw === null) return { type: 'default' };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw badField('rope_scaling', 'an object or null');
  const rs = raw as Record<string, unknown>;
  const key = rs['type'] !== undefined && rs['type'] !== null ? 'type' : 'rope_type';
  const type = rs[key];
  if (typeof type !== 'string') throw badField(['rope_scaling', key], 'a string naming the RoPE scaling type');
  if (!o.scaling) {
    throw unsupportedField(
      ['rope_scaling', key],
      `rope_scaling ${key} "${type}" is not supported for ${o.family} (the reference implements phi3 without rope_scaling only)`,
      'longrope / su scaling is not implemented by the witness',
    );
  }
  const f = new FieldReader(rs, ['rope_scaling']);
  switch (type) {
    case 'default':
      return { type: 'default' };
    case 'linear':
      return { type: 'linear', factor: f.requiredPositive('factor') };
    case 'dynamic':
      return { type: 'dynamic', factor: f.requiredPositive('factor') };
    case 'llama3': {
      const s: RopeScaling = {
        type: 'llama3',
        factor: f.requiredPositive('factor'),
        lowFreqFactor: f.requiredPositive('low_freq_factor'),
        highFreqFactor: f.requiredPositive('high_freq_factor'),
        originalMaxPositions: f.requiredPositive('original_max_position_embeddings'),
      };
      if (s.highFreqFactor === s.lowFreqFactor) {
        throw new ReferencePassError('REF_BAD_CONFIG', 'rope_scaling high_freq_factor equals low_freq_factor (llama3 divides by their difference)', {
          file: CONFIG_FILE,
          pointer: '/rope_scaling/high_freq_factor',
        });
      }
      return s;
    }
    default:
      throw unsupportedField(
        ['rope_scaling', key],
        `rope_scaling ${key} "${type}" is not supported`,
        `the reference implements: ${ROPE_SCALING_TYPES.join(', ')}`,
      );
  }
}
