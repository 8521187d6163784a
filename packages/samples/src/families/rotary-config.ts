import { pyFloat, type PyJson } from '../python-json.js';
import type { ResolvedSampleSpec } from '../sample-spec.js';
import type { FamilyContext } from './family-definition.js';

/** RMSNorm epsilon of the samples (LlamaConfig's own default). */
const RMS_NORM_EPS = 1e-6;
const ROPE_THETA = 10000;
/** `llama3` rope_scaling defaults of the samples (see `SampleRopeScaling`). */
const LLAMA3_LOW_FREQ_FACTOR = 1;
const LLAMA3_HIGH_FREQ_FACTOR = 4;
const LLAMA3_ORIGINAL_MAX_POSITIONS = 16;

/** The config.json fields every RoPE configuration class (Llama and its copies) writes. */
export function rotaryConfig({ spec }: FamilyContext, options: { rmsNormEps?: number; hiddenAct?: string } = {}): Record<string, PyJson> {
  return {
    attention_dropout: pyFloat(0),
    hidden_act: options.hiddenAct ?? 'silu',
    initializer_range: pyFloat(0.02),
    rms_norm_eps: pyFloat(options.rmsNormEps ?? RMS_NORM_EPS),
    rope_theta: pyFloat(ROPE_THETA),
    tie_word_embeddings: spec.tieWordEmbeddings,
  };
}

/** `rope_scaling` as the configuration class saves it (`rope_type` plus the type's fields), or null. */
export function ropeScalingField(spec: ResolvedSampleSpec): PyJson {
  const r = spec.ropeScaling;
  if (r === undefined) return null;
  if (r.type !== 'llama3') return { factor: pyFloat(r.factor), rope_type: r.type };
  return {
    factor: pyFloat(r.factor),
    high_freq_factor: pyFloat(r.highFreqFactor ?? LLAMA3_HIGH_FREQ_FACTOR),
    low_freq_factor: pyFloat(r.lowFreqFactor ?? LLAMA3_LOW_FREQ_FACTOR),
    original_max_position_embeddings: r.originalMaxPositions ?? LLAMA3_ORIGINAL_MAX_POSITIONS,
    rope_type: 'llama3',
  };
}
