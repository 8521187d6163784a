import type { HeadKind } from './heads.js';
import type { Task } from './tasks.js';

/**
 * What a model family is, as data: one descriptor per transformers `model_type`, read by every
 * package that needs family facts (validation, graph building, verify, bundle, samples). Only the
 * float64 reference (`@mlpack/reference`) ignores it on purpose: it is the independent witness.
 */
export type FamilyDescriptor = RecognizedFamily | EncoderFamily | DecoderFamily;

export type FamilyKind = 'encoder' | 'decoder' | 'encoder-decoder';

interface FamilyBase {
  /** Normalized `model_type` (`xlm-roberta`, not `xlm_roberta`). */
  modelType: string;
  kind: FamilyKind;
  /** transformers class-name prefix (`XLMRoberta`). */
  classPrefix: string;
  /** Class-name suffixes of the architectures we know for this family (`ForCausalLM`, …). */
  suffixes: readonly string[];
  /** transformers' default of `tie_word_embeddings` for this config class. */
  tieWordEmbeddingsDefault: boolean;
  /** Names of the LM head's output projection weight, when it is stored separately. */
  lmHeadTensors: readonly string[];
  /** Heads whose task differs from `HEAD_TASKS`. */
  taskOverrides?: Partial<Record<HeadKind, Task>>;
  /** The transformers tokenizer class a saved `tokenizer_config.json` names (`tokenizer_class`). */
  tokenizerClass: string;
}

/** A family mlpack reads and validates but cannot convert (yet). */
export interface RecognizedFamily extends FamilyBase {
  convert?: undefined;
}

/** The encoder tasks every encoder builder implements. */
export const ENCODER_TASKS = ['feature-extraction', 'text-classification', 'token-classification', 'question-answering', 'fill-mask'] as const;
export type EncoderTask = (typeof ENCODER_TASKS)[number];

/** The decoder tasks: the LM with its KV cache, the pooled classifier, the bare backbone. */
export const DECODER_TASKS = ['text-generation', 'text-classification', 'feature-extraction'] as const;
export type DecoderTask = (typeof DECODER_TASKS)[number];

/** BERT-style encoders. The graph comes from one of five builders; the rest is data. */
export interface EncoderFamily extends FamilyBase {
  kind: 'encoder';
  convert: {
    /** Which encoder builder makes the graph (RoBERTa's also serves its renamed copies). */
    builder: 'bert' | 'roberta' | 'distilbert' | 'electra' | 'albert';
    tasks: readonly EncoderTask[];
    /** `base_model_prefix`: base tensors carry `<prefix>.` in head checkpoints. */
    basePrefix: string;
    /** config.json key of the activation (`hidden_act`, DistilBERT's `activation`). */
    activationKey: string;
    /** Whether the graph takes `token_type_ids` (Optimum gives it to bert, albert, electra only). */
    tokenTypeIds: boolean;
    /** `pad_token_id` of the configuration class when config.json omits it. */
    padTokenIdDefault: number;
    /** `vocab_size` of the configuration class when config.json omits it. */
    vocabSizeDefault: number;
    /** `type_vocab_size` of the configuration class when config.json omits it (1: no segments). */
    typeVocabSizeDefault: number;
    /** Position ids start after the pad id (`padding_idx + 1`, RoBERTa-style), shortening the usable length. */
    positionsAfterPadding: boolean;
  };
}

/** A config.json number with the configuration class's default. */
export interface ConfigNumber {
  /** Keys tried in order (the first present wins). */
  keys: readonly string[];
  default: number;
}

/**
 * Decoder-only LMs, built by one generic decoder builder from these knobs. A family that differs
 * from llama by a few knobs is a few lines (see `qwen2.ts`).
 */
export interface DecoderFamily extends FamilyBase {
  kind: 'decoder';
  convert: DecoderSpec;
}

export interface DecoderSpec {
  tasks: readonly DecoderTask[];
  /** `base_model_prefix`: backbone tensors carry `<prefix>.` in head checkpoints (`model`, `transformer`). */
  basePrefix: string;
  config: {
    hiddenSize: ConfigNumber;
    layers: ConfigNumber;
    heads: ConfigNumber;
    /** Key/value heads (grouped-query attention); absent or null in config.json → `heads`. */
    kvHeads?: readonly string[];
    /** Per-head size; absent or null in config.json → `default`, or hidden / heads when there is none. */
    headDim?: { keys: readonly string[]; default?: number };
    /** MLP inner size; null/absent → `intermediateTimesHidden` × hidden when given, else the default. */
    intermediateSize: ConfigNumber;
    /** GPT-2's `n_inner: null` means 4 × hidden. */
    intermediateTimesHidden?: number;
    vocabSize: ConfigNumber;
    maxPositions: ConfigNumber;
    normEps: ConfigNumber;
    /** Activation config keys, tried in order, and the class default (transformers ACT2FN names). */
    activation: { keys: readonly string[]; default: string };
    /** RoPE base (`rope_theta`); only for `positions: 'rope'`. */
    ropeTheta?: ConfigNumber;
    /** Sliding-window size key and the class default (null: no window unless config.json sets one). */
    slidingWindow?: { keys: readonly string[]; default: number | null };
  };
  /** `layer` (LayerNorm with bias), `rms` (`w · x / rms`), `rms-one-plus` (Gemma: `(1 + w) · x / rms`). */
  norm: 'layer' | 'rms' | 'rms-one-plus';
  /** `learned` (GPT-2's wpe) or rotary embeddings (with `rope_scaling`). */
  positions: 'learned' | 'rope';
  /** config.json key of the fraction of each head that is rotated (Phi-3's `partial_rotary_factor`). */
  partialRotaryKey?: string;
  /** Gemma multiplies the embeddings by sqrt(hidden_size), rounded to the embedding dtype. */
  embeddingScale?: 'sqrt-hidden';
  /** `linear`: nn.Linear, weight [out, in]; `conv1d`: GPT-2's Conv1D, weight [in, out]. */
  linear: 'linear' | 'conv1d';
  attention: {
    /** Separate q/k/v projections, or one fused projection split q | k | v along its output. */
    projections: 'separate' | 'fused-qkv';
    /**
     * Which projections have a bias: `none`, `qkv` (Qwen2), `all` (GPT-2), or `config`: all four when
     * config.json's `attention_bias` is true (Llama; default false).
     */
    bias: 'none' | 'qkv' | 'all' | 'config';
    /** Per-head RMSNorm of q and k before RoPE (Qwen3). */
    qkNorm?: boolean;
    /**
     * Sliding-window attention: `none`; `config` (every layer, when `sliding_window` is set); `qwen2`
     * (`use_sliding_window`, then per layer from `layer_types` or `max_window_layers`).
     */
    slidingWindow: 'none' | 'config' | 'qwen2';
    /** `head-dim`: scores / sqrt(head_dim); `gpt2`: `scale_attn_weights` and `scale_attn_by_inverse_layer_idx`. */
    scaling: 'head-dim' | 'gpt2';
  };
  mlp: {
    /** `gated`: down(act(gate(x)) · up(x)); `fused-gated`: gate | up fused (Phi-3); `plain`: down(act(up(x))). */
    layout: 'gated' | 'fused-gated' | 'plain';
    /** `none`, `all`, or `config` (config.json's `mlp_bias`, default false). */
    bias: 'none' | 'all' | 'config';
  };
  /** Tensor names relative to the backbone (`<basePrefix>.` is added when the checkpoint uses it). */
  tensors: DecoderTensorNames;
}

/** Module names (without `.weight` / `.bias`); `layers` is the block list's name, `layers.{i}.` prefixes the rest. */
export interface DecoderTensorNames {
  embed: string;
  /** Learned position table (`positions: 'learned'`). */
  positions?: string;
  layers: string;
  attentionNorm: string;
  /** Separate projections. */
  q?: string;
  k?: string;
  v?: string;
  /** Fused projection (`projections: 'fused-qkv'`). */
  qkv?: string;
  o: string;
  qNorm?: string;
  kNorm?: string;
  mlpNorm: string;
  /** `gated`: gate + up; `fused-gated`: gateUp; `plain`: up. */
  gate?: string;
  up?: string;
  gateUp?: string;
  down: string;
  finalNorm: string;
  /** Head tensors (never prefixed). */
  lmHead: string;
  score: string;
}
