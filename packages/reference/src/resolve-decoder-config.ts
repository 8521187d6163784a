import { jsonPointer } from '@mlpack/core';
import { ACTIVATION_NAMES, isKnownActivation } from './activations.js';
import { CONFIG_FILE, FieldReader, badField, resolveNumLabels, unsupportedField } from './config-fields.js';
import { DECODER_REFERENCE_FAMILIES, isDecoderFamily } from './decoder-families.js';
import type { DecoderFamily } from './decoder-families.js';
import { isReferenceFamily } from './families.js';
import { ReferencePassError } from './reference-error.js';
import { resolveRopeConfig } from './rope-config.js';
import type { RopeConfig } from './rope-config.js';

/** Every hyperparameter the decoder forward passes use, resolved from config.json plus transformers' defaults. */
export interface DecoderConfig {
  family: DecoderFamily;
  vocabSize: number;
  hiddenSize: number;
  numLayers: number;
  numHeads: number;
  /** `num_key_value_heads` (GQA); equals numHeads for gpt2. */
  numKvHeads: number;
  headDim: number;
  intermediateSize: number;
  maxPositions: number;
  /** `layer_norm_epsilon` (gpt2) or `rms_norm_eps`. */
  normEps: number;
  /** ACT2FN name of the MLP activation. */
  hiddenAct: string;
  /** Whether the LM head is the embedding table. */
  tieWordEmbeddings: boolean;
  /** `pad_token_id`; sequence classification pools at the last token that is not this. */
  padTokenId: number | null;
  /** Labels of the sequence-classification head. */
  numLabels: number;
  /** Per layer: the sliding window (key j is visible to cache index q only when q - window < j), or null. */
  slidingWindows: readonly (number | null)[];
  /** RoPE families only (undefined for gpt2). */
  rope: RopeConfig | undefined;
  /** Biases on the q/k/v projections. */
  qkvBias: boolean;
  /** Bias on the attention output projection. */
  outputBias: boolean;
  /** Biases on the MLP projections. */
  mlpBias: boolean;
  /** gpt2 `scale_attn_weights`: divide scores by sqrt(head_dim) (always true for RoPE families). */
  scaleAttnWeights: boolean;
  /** gpt2 `scale_attn_by_inverse_layer_idx`: also divide scores by layer index + 1. */
  scaleAttnByInverseLayerIdx: boolean;
}

/** Constructor defaults of the RoPE families' configuration classes, for fields a config.json omits. */
interface RotaryDefaults {
  vocab_size: number;
  hidden_size: number;
  intermediate_size: number;
  num_hidden_layers: number;
  num_attention_heads: number;
  /** undefined: `num_attention_heads`. */
  num_key_value_heads: number | undefined;
  /** undefined: hidden_size // num_attention_heads. */
  head_dim: number | undefined;
  max_position_embeddings: number;
  rms_norm_eps: number;
  hidden_act: string;
  tie_word_embeddings: boolean;
  pad_token_id: number | null;
}

const LLAMA_DEFAULTS: RotaryDefaults = {
  vocab_size: 32000,
  hidden_size: 4096,
  intermediate_size: 11008,
  num_hidden_layers: 32,
  num_attention_heads: 32,
  num_key_value_heads: undefined,
  head_dim: undefined,
  max_position_embeddings: 2048,
  rms_norm_eps: 1e-6,
  hidden_act: 'silu',
  tie_word_embeddings: false,
  pad_token_id: null,
};
const MISTRAL_DEFAULTS: RotaryDefaults = { ...LLAMA_DEFAULTS, intermediate_size: 14336, num_key_value_heads: 8, max_position_embeddings: 4096 * 32 };
const QWEN2_DEFAULTS: RotaryDefaults = {
  ...LLAMA_DEFAULTS,
  vocab_size: 151936,
  intermediate_size: 22016,
  num_key_value_heads: 32,
  max_position_embeddings: 32768,
};
const QWEN3_DEFAULTS: RotaryDefaults = { ...QWEN2_DEFAULTS, head_dim: 128 };
const PHI3_DEFAULTS: RotaryDefaults = {
  ...LLAMA_DEFAULTS,
  vocab_size: 32064,
  hidden_size: 3072,
  intermediate_size: 8192,
  max_position_embeddings: 4096,
  rms_norm_eps: 1e-5,
  pad_token_id: 32000,
};
const GEMMA_DEFAULTS: RotaryDefaults = {
  vocab_size: 256000,
  hidden_size: 3072,
  intermediate_size: 24576,
  num_hidden_layers: 28,
  num_attention_heads: 16,
  num_key_value_heads: 16,
  head_dim: 256,
  max_position_embeddings: 8192,
  rms_norm_eps: 1e-6,
  hidden_act: 'gelu_pytorch_tanh',
  tie_word_embeddings: true,
  pad_token_id: 0,
};

/** GPT2Config's defaults (the 124M shape). */
const GPT2_DEFAULTS = {
  vocab_size: 50257,
  n_positions: 1024,
  n_embd: 768,
  n_layer: 12,
  n_head: 12,
  activation_function: 'gelu_new',
  layer_norm_epsilon: 1e-5,
} as const;
/** GPT-2's MLP is 4 × n_embd wide when `n_inner` is null. */
const GPT2_INNER_FACTOR = 4;

/** MistralConfig / Qwen2Config / Qwen3Config default `sliding_window`. */
const DEFAULT_SLIDING_WINDOW = 4096;
/** Qwen2Config / Qwen3Config: layers from this index on use the window (when enabled). */
const DEFAULT_MAX_WINDOW_LAYERS = 28;

/**
 * Resolves config.json into a `DecoderConfig`, filling omitted fields as the family's transformers
 * configuration class does. Throws `REF_UNSUPPORTED` for families / features the witness does not
 * implement and `REF_BAD_CONFIG` for ill-typed or impossible values (both with the JSON pointer).
 */
export function resolveDecoderConfig(config: Record<string, unknown>): DecoderConfig {
  const modelType = config['model_type'];
  if (!isDecoderFamily(modelType)) {
    const encoder = isReferenceFamily(modelType);
    throw new ReferencePassError('REF_UNSUPPORTED', `model_type ${JSON.stringify(modelType)} has no ${encoder ? 'decoder ' : ''}reference forward pass`, {
      file: CONFIG_FILE,
      pointer: '/model_type',
      hint: encoder
        ? `${String(modelType)} is an encoder: run it with runReference64 / runReference`
        : `supported decoder model types: ${DECODER_REFERENCE_FAMILIES.join(', ')}`,
    });
  }
  return modelType === 'gpt2' ? resolveGpt2(config) : resolveRotary(config, modelType);
}

function resolveGpt2(config: Record<string, unknown>): DecoderConfig {
  const r = new FieldReader(config);
  const d = GPT2_DEFAULTS;
  // GPT2Config's attribute_map routes hidden_size etc. to n_embd etc., set after the named
  // arguments: the mapped names win when a config.json carries both.
  const hiddenSize = r.int('hidden_size', r.int('n_embd', d.n_embd, 1), 1);
  const numHeads = r.int('num_attention_heads', r.int('n_head', d.n_head, 1), 1);
  const numLayers = r.int('num_hidden_layers', r.int('n_layer', d.n_layer, 0), 0);
  const maxPositions = r.int('max_position_embeddings', r.int('n_positions', d.n_positions, 1), 1);
  if (hiddenSize % numHeads !== 0) {
    throw new ReferencePassError('REF_BAD_CONFIG', `n_embd ${hiddenSize} is not a multiple of the ${numHeads} attention heads`, {
      file: CONFIG_FILE,
      pointer: config['hidden_size'] === undefined ? '/n_embd' : '/hidden_size',
    });
  }
  return {
    family: 'gpt2',
    vocabSize: r.int('vocab_size', d.vocab_size, 1),
    hiddenSize,
    numLayers,
    numHeads,
    numKvHeads: numHeads,
    headDim: hiddenSize / numHeads,
    intermediateSize: r.int('n_inner', GPT2_INNER_FACTOR * hiddenSize, 1),
    maxPositions,
    normEps: r.number('layer_norm_epsilon', d.layer_norm_epsilon),
    hiddenAct: activation(r, 'activation_function', d.activation_function),
    tieWordEmbeddings: r.bool('tie_word_embeddings', true),
    padTokenId: r.intOrNull('pad_token_id', null),
    numLabels: resolveNumLabels(config),
    slidingWindows: new Array<null>(numLayers).fill(null),
    rope: undefined,
    qkvBias: true,
    outputBias: true,
    mlpBias: true,
    scaleAttnWeights: r.bool('scale_attn_weights', true),
    scaleAttnByInverseLayerIdx: r.bool('scale_attn_by_inverse_layer_idx', false),
  };
}

function defaultsOf(family: Exclude<DecoderFamily, 'gpt2'>): RotaryDefaults {
  switch (family) {
    case 'llama':
      return LLAMA_DEFAULTS;
    case 'mistral':
      return MISTRAL_DEFAULTS;
    case 'qwen2':
      return QWEN2_DEFAULTS;
    case 'qwen3':
      return QWEN3_DEFAULTS;
    case 'phi3':
      return PHI3_DEFAULTS;
    case 'gemma':
      return GEMMA_DEFAULTS;
  }
}

function resolveRotary(config: Record<string, unknown>, family: Exclude<DecoderFamily, 'gpt2'>): DecoderConfig {
  const r = new FieldReader(config);
  const d = defaultsOf(family);
  const hiddenSize = r.int('hidden_size', d.hidden_size, 1);
  const numHeads = r.int('num_attention_heads', d.num_attention_heads, 1);
  const numLayers = r.int('num_hidden_layers', d.num_hidden_layers, 0);
  // null means "same as num_attention_heads" in every configuration class here (backward compatibility)
  const kv = config['num_key_value_heads'];
  const numKvHeads = kv === null ? numHeads : r.int('num_key_value_heads', d.num_key_value_heads ?? numHeads, 1);
  if (numHeads % numKvHeads !== 0) {
    throw new ReferencePassError('REF_BAD_CONFIG', `num_key_value_heads ${numKvHeads} does not divide num_attention_heads ${numHeads}`, {
      file: CONFIG_FILE,
      pointer: '/num_key_value_heads',
      hint: 'grouped-query attention shares each key/value head among num_attention_heads / num_key_value_heads query heads',
    });
  }
  const headDim = r.int('head_dim', d.head_dim ?? Math.floor(hiddenSize / numHeads), 1);
  const maxPositions = r.int('max_position_embeddings', d.max_position_embeddings, 1);
  const attentionBias = r.bool('attention_bias', false);
  const biases = {
    llama: { qkv: attentionBias, out: attentionBias, mlp: r.bool('mlp_bias', false) },
    mistral: { qkv: false, out: false, mlp: false },
    qwen2: { qkv: true, out: false, mlp: false },
    qwen3: { qkv: attentionBias, out: attentionBias, mlp: false },
    phi3: { qkv: false, out: false, mlp: false },
    gemma: { qkv: attentionBias, out: attentionBias, mlp: false },
  }[family];
  return {
    family,
    vocabSize: r.int('vocab_size', d.vocab_size, 1),
    hiddenSize,
    numLayers,
    numHeads,
    numKvHeads,
    headDim,
    intermediateSize: r.int('intermediate_size', d.intermediate_size, 1),
    maxPositions,
    normEps: r.number('rms_norm_eps', d.rms_norm_eps),
    hiddenAct: family === 'gemma' ? gemmaActivation(r) : activation(r, 'hidden_act', d.hidden_act),
    tieWordEmbeddings: r.bool('tie_word_embeddings', d.tie_word_embeddings),
    padTokenId: r.intOrNull('pad_token_id', d.pad_token_id),
    numLabels: resolveNumLabels(config),
    slidingWindows: slidingWindows(config, r, family, numLayers),
    rope: resolveRopeConfig(config, { headDim, maxPositions, partialRotary: family === 'phi3', scaling: family !== 'phi3', family }),
    qkvBias: biases.qkv,
    outputBias: biases.out,
    mlpBias: biases.mlp,
    scaleAttnWeights: true,
    scaleAttnByInverseLayerIdx: false,
  };
}

/**
 * Gemma: `hidden_activation` (GemmaConfig documents that it overrides the legacy `hidden_act`);
 * when only `hidden_act` is set it is used, and `gelu_pytorch_tanh` when neither is.
 */
function gemmaActivation(r: FieldReader): string {
  if (r.has('hidden_activation')) return activation(r, 'hidden_activation', 'gelu_pytorch_tanh');
  return activation(r, 'hidden_act', 'gelu_pytorch_tanh');
}

function activation(r: FieldReader, key: string, fallback: string): string {
  const name = r.string(key, fallback);
  if (!isKnownActivation(name)) throw unsupportedField(key, `activation "${name}" is not supported`, `use one of: ${ACTIVATION_NAMES.join(', ')}`);
  return name;
}

function windowValue(r: FieldReader, fallback: number | null): number | null {
  const w = r.intOrNull('sliding_window', fallback);
  if (w !== null && w < 1) throw badField('sliding_window', 'an integer >= 1 or null');
  return w;
}

/**
 * Which layers see only a sliding window of keys, as transformers decides:
 * mistral / phi3 — every layer when `sliding_window` is set (mistral defaults to 4096, phi3 to none);
 * qwen2 / qwen3 — `sliding_window` counts only with `use_sliding_window`, and then per
 * `layer_types` (default: layers from `max_window_layers` on); llama / gemma — never.
 */
function slidingWindows(config: Record<string, unknown>, r: FieldReader, family: DecoderFamily, numLayers: number): (number | null)[] {
  if (family === 'mistral' || family === 'phi3') {
    return new Array<number | null>(numLayers).fill(windowValue(r, family === 'mistral' ? DEFAULT_SLIDING_WINDOW : null));
  }
  if (family !== 'qwen2' && family !== 'qwen3') return new Array<null>(numLayers).fill(null);
  const window = r.bool('use_sliding_window', false) ? windowValue(r, DEFAULT_SLIDING_WINDOW) : null;
  const maxWindowLayers = r.int('max_window_layers', DEFAULT_MAX_WINDOW_LAYERS, 0);
  const types = config['layer_types'];
  if (types === undefined || types === null) {
    return Array.from({ length: numLayers }, (_, i) => (window !== null && i >= maxWindowLayers ? window : null));
  }
  if (!Array.isArray(types) || types.length !== numLayers) throw badField('layer_types', `an array of ${numLayers} layer types (one per layer)`);
  return types.map((t: unknown, i) => {
    if (t === 'full_attention') return null;
    if (t !== 'sliding_attention') {
      throw unsupportedField(['layer_types', i], `layer type ${JSON.stringify(t)} is not supported (only full_attention and sliding_attention)`);
    }
    if (window === null) {
      throw new ReferencePassError('REF_BAD_CONFIG', `layer ${i} is a sliding_attention layer but no sliding window is in effect`, {
        file: CONFIG_FILE,
        pointer: jsonPointer('layer_types', i),
        hint: 'set use_sliding_window: true and sliding_window, or mark the layer full_attention',
      });
    }
    return window;
  });
}
