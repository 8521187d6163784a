import { jsonPointer } from '@mlpack/core';
import type { DecoderFamily } from '@mlpack/families';
import { readActivation } from '../activation.js';
import type { ActivationKind, ActivationName } from '../activation.js';
import { ArchitectureError } from '../architecture-error.js';
import { CONFIG_FILE } from '../config-reader.js';
import type { ConfigReader } from '../config-reader.js';
import { readRope } from './read-rope.js';
import type { RopeConfig } from './read-rope.js';

/** A decoder's config values, the family's defaults applied and every value checked. */
export interface DecoderConfig {
  family: DecoderFamily;
  hidden: number;
  layers: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  intermediate: number;
  vocab: number;
  maxPositions: number;
  eps: number;
  activation: ActivationKind;
  /** Undefined for learned positions (GPT-2). */
  rope: RopeConfig | undefined;
  /** Sliding window of layer i (null: full causal attention). A function: `num_hidden_layers` is only trusted once the layers' tensors are found. */
  windowOf: (layer: number) => number | null;
  attentionBias: { qkv: boolean; o: boolean };
  mlpBias: boolean;
  /** `tie_word_embeddings`, or the family's default. */
  tied: boolean;
  /** Sequence classification pools at the last token that is not this id (undefined: the last position). */
  padTokenId: number | undefined;
  /** GPT-2: `scale_attn_weights`, `scale_attn_by_inverse_layer_idx`. */
  gpt2Scaling: { byHeadDim: boolean; byInverseLayer: boolean };
}

/**
 * Read a decoder family's config.json values as its transformers configuration class does
 * (defaults, null meaning unset, aliases), and reject what the builder cannot build with a coded
 * error at the value's JSON pointer.
 */
export function readDecoderConfig(cfg: ConfigReader, family: DecoderFamily): DecoderConfig {
  const spec = family.convert;
  const c = spec.config;
  const hidden = cfg.int(c.hiddenSize.keys, c.hiddenSize.default);
  const heads = cfg.int(c.heads.keys, c.heads.default);
  const kvHeads = c.kvHeads === undefined ? heads : nullableInt(cfg, c.kvHeads, heads);
  if (heads % kvHeads !== 0) {
    throw cfg.bad(
      c.kvHeads?.[0] ?? c.heads.keys[0]!,
      `(${kvHeads}) does not divide num_attention_heads (${heads})`,
      'grouped-query attention needs heads to be a multiple of the key/value heads',
    );
  }
  let headDim: number;
  if (c.headDim === undefined) {
    headDim = hidden / heads;
  } else {
    const fallback = c.headDim.default ?? hidden / heads;
    headDim = nullableInt(cfg, c.headDim.keys, fallback);
  }
  if (!Number.isSafeInteger(headDim)) {
    throw cfg.bad(
      c.heads.keys[0]!,
      `(${heads}) does not divide the hidden size (${hidden})`,
      'the head dimension hidden / heads must be an integer (or set head_dim)',
    );
  }
  const intermediate =
    c.intermediateTimesHidden !== undefined
      ? nullableInt(cfg, c.intermediateSize.keys, c.intermediateTimesHidden * hidden)
      : cfg.int(c.intermediateSize.keys, c.intermediateSize.default);
  const activationKey = c.activation.keys.find((k) => cfg.config[k] !== undefined && cfg.config[k] !== null) ?? c.activation.keys[0]!;
  const activation = readActivation(cfg, activationKey, c.activation.default as ActivationName);
  const layers = cfg.int(c.layers.keys, c.layers.default);
  const maxPositions = cfg.int(c.maxPositions.keys, c.maxPositions.default);

  const attentionBiasOn = spec.attention.bias === 'config' ? cfg.bool('attention_bias', false) : false;
  const attentionBias = {
    qkv: spec.attention.bias === 'all' || spec.attention.bias === 'qkv' || attentionBiasOn,
    o: spec.attention.bias === 'all' || attentionBiasOn,
  };
  const mlpBias = spec.mlp.bias === 'all' || (spec.mlp.bias === 'config' && cfg.bool('mlp_bias', false));
  const padRaw = cfg.config['pad_token_id'];
  const padTokenId = padRaw === undefined || padRaw === null ? undefined : cfg.anyInt('pad_token_id', 0);

  return {
    family,
    hidden,
    layers,
    heads,
    kvHeads,
    headDim,
    intermediate,
    vocab: cfg.int(c.vocabSize.keys, c.vocabSize.default),
    maxPositions,
    eps: cfg.positive(c.normEps.keys, c.normEps.default),
    activation,
    rope: spec.positions === 'rope' ? readRope(cfg, spec, { headDim, maxPositions }) : undefined,
    windowOf: readWindows(cfg, family, layers),
    attentionBias,
    mlpBias,
    tied: cfg.bool('tie_word_embeddings', family.tieWordEmbeddingsDefault),
    padTokenId,
    gpt2Scaling: {
      byHeadDim: spec.attention.scaling === 'gpt2' ? cfg.bool('scale_attn_weights', true) : true,
      byInverseLayer: spec.attention.scaling === 'gpt2' ? cfg.bool('scale_attn_by_inverse_layer_idx', false) : false,
    },
  };
}

/** An integer >= 1 where `null` (or absence) means `fallback`, as for num_key_value_heads / head_dim. */
function nullableInt(cfg: ConfigReader, keys: readonly string[], fallback: number): number {
  const key = keys.find((k) => cfg.config[k] !== undefined && cfg.config[k] !== null);
  return key === undefined ? fallback : cfg.int(key, fallback);
}

/**
 * The sliding window of each layer, as transformers decides it: `config` families use
 * `sliding_window` (null = none) on every layer; Qwen2/Qwen3 only with `use_sliding_window`, on the
 * layers `layer_types` marks `sliding_attention`, or else on layers >= `max_window_layers`.
 */
function readWindows(cfg: ConfigReader, family: DecoderFamily, layers: number): (layer: number) => number | null {
  const mode = family.convert.attention.slidingWindow;
  const sw = family.convert.config.slidingWindow;
  const none = (): null => null;
  if (mode === 'none' || sw === undefined) return none;
  const key = sw.keys[0]!;
  const raw = cfg.config[key];
  const window = raw === null ? null : raw === undefined ? sw.default : cfg.int(key, 1);
  if (mode === 'config') return () => window;
  // qwen2: the window only applies when use_sliding_window is true.
  if (!cfg.bool('use_sliding_window', false) || window === null) return none;
  const types = cfg.config['layer_types'];
  if (types !== undefined && types !== null) {
    if (!Array.isArray(types) || types.length !== layers) {
      throw cfg.bad('layer_types', `must list one attention type per layer (${layers})`);
    }
    const perLayer = types.map((t, i) => {
      if (t === 'sliding_attention') return window;
      if (t === 'full_attention') return null;
      throw new ArchitectureError('ARCH_UNSUPPORTED', `layer_types[${i}] is ${JSON.stringify(t)}`, {
        file: CONFIG_FILE,
        pointer: jsonPointer('layer_types', i),
        hint: 'supported layer types: full_attention, sliding_attention',
      });
    });
    return (i) => perLayer[i] ?? null;
  }
  const maxWindowLayers = cfg.int('max_window_layers', 28, 0);
  return (i) => (i >= maxWindowLayers ? window : null);
}
