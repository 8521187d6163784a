import type { TokenizerKind } from './tokenizers/tokenizer-bundle.js';

export const SAMPLE_FAMILIES = [
  'bert',
  'distilbert',
  'roberta',
  'xlm-roberta',
  'camembert',
  'electra',
  'albert',
  'gpt2',
  'llama',
  'mistral',
  'qwen2',
  'qwen3',
  'phi3',
  'gemma',
] as const;
export type SampleFamily = (typeof SAMPLE_FAMILIES)[number];

export const SAMPLE_HEADS = [
  'base',
  'sequence-classification',
  'token-classification',
  'question-answering',
  'masked-lm',
  'causal-lm',
] as const;
export type SampleHead = (typeof SAMPLE_HEADS)[number];

/** `none` writes no tokenizer files; the vocabulary size is still the family's default tokenizer's. */
export type SampleTokenizer = TokenizerKind | 'none';

/**
 * A `rope_scaling` setting (transformers 4.46 layout: `rope_type` plus the type's fields). `llama3`
 * defaults: lowFreqFactor 1, highFreqFactor 4, originalMaxPositions 16 (so the tiny head_dim has
 * rotary pairs in all three wavelength bands).
 */
export type SampleRopeScaling =
  | { type: 'linear' | 'dynamic'; factor: number }
  | { type: 'llama3'; factor: number; lowFreqFactor?: number; highFreqFactor?: number; originalMaxPositions?: number };

export const SAMPLE_DTYPES = ['F32', 'F16', 'BF16'] as const;
export type SampleDType = (typeof SAMPLE_DTYPES)[number];

/** What to generate. Every size has a tiny default; the same spec always gives the same bytes. */
export interface SampleSpec {
  /** Model family (transformers `model_type`, with `xlm-roberta` spelled as transformers does). */
  family: SampleFamily;
  /** Which `*For<Head>` class (or the bare base model) the checkpoint belongs to. */
  head: SampleHead;
  /** Seed of the weights (a safe non-negative integer). */
  seed: number;
  /** hidden_size / dim / n_embd (default 32). */
  hidden?: number;
  /** Number of transformer layers (default 2). */
  layers?: number;
  /** Attention heads (default 4); must divide `hidden`. */
  heads?: number;
  /** Decoder key/value heads (grouped-query attention; default heads / 2 when even, gemma 1); must divide `heads`. */
  kvHeads?: number;
  /** Rotary decoders: per-head size, free of hidden / heads (default hidden / heads; qwen3 and gemma 12); even. */
  headDim?: number;
  /** Mistral, phi3, qwen2, qwen3: `sliding_window` (mistral and qwen 4, phi3 5; null: none, mistral / phi3 only). */
  slidingWindow?: number | null;
  /** Qwen2 / qwen3: `use_sliding_window` (default false). */
  useSlidingWindow?: boolean;
  /** Qwen2 / qwen3: `max_window_layers`, the first layer that uses the window (default 1). */
  maxWindowLayers?: number;
  /** Phi-3: `partial_rotary_factor`, the share of each head that rotates (default 0.5). */
  partialRotaryFactor?: number;
  /** Llama, qwen3, gemma: `attention_bias` (biases on q/k/v/o; default false). */
  attentionBias?: boolean;
  /** Llama: `mlp_bias` (default false). */
  mlpBias?: boolean;
  /** Llama, qwen2, qwen3: `rope_scaling` (default none). */
  ropeScaling?: SampleRopeScaling;
  /** Feed-forward inner size (default 64). */
  intermediate?: number;
  /** Positions the model accepts (default 64; RoBERTa-family configs add 2 for the padding offset). */
  maxPositions?: number;
  /** ALBERT / ELECTRA factorized embedding size (default 16, deliberately != hidden). */
  embeddingSize?: number;
  /** Keep the pooler (BERT, RoBERTa family, ALBERT base models; default true where transformers has one). */
  withPooler?: boolean;
  /** Tokenizer to write (default: the family's natural one). */
  tokenizer?: SampleTokenizer;
  /** Class labels for classification heads (defaults: negative/positive; O, B-PER, I-PER, B-LOC, I-LOC). */
  labels?: readonly string[];
  /** Write this many `model-0000i-of-0000n.safetensors` shards plus an index instead of one file (default 1). */
  shards?: number;
  /** Weight dtype (default F32; F16/BF16 rounded to nearest even). */
  dtype?: SampleDType;
  /** Decoders: tie lm_head to the input embeddings (default: the family's, GPT-2 and gemma true, the others false). */
  tieWordEmbeddings?: boolean;
}

/** A spec with every default filled in and every rule checked. */
export interface ResolvedSampleSpec {
  family: SampleFamily;
  head: SampleHead;
  seed: number;
  hidden: number;
  layers: number;
  heads: number;
  kvHeads: number;
  intermediate: number;
  /** `max_position_embeddings` as written to config.json (RoBERTa family: positions + 2). */
  maxPositionEmbeddings: number;
  /** Longest input the tokenizer allows (`model_max_length`). */
  modelMaxLength: number;
  /** Factorized embedding size (ALBERT / ELECTRA), else equal to `hidden`. */
  embeddingSize: number;
  withPooler: boolean;
  tokenizer: SampleTokenizer;
  /** The tokenizer whose vocabulary fixes vocab_size and special ids (the default one for `none`). */
  vocabularyKind: TokenizerKind;
  /** Labels of classification heads; undefined for other heads. */
  labels: readonly string[] | undefined;
  /** Rows of the task head's output layer (labels, 2 for question answering). */
  numLabels: number | undefined;
  shards: number;
  dtype: SampleDType;
  tieWordEmbeddings: boolean;
  /** Decoder knobs, resolved (meaningful only for the families whose descriptor reads them). */
  headDim: number;
  slidingWindow: number | null;
  useSlidingWindow: boolean;
  maxWindowLayers: number;
  partialRotaryFactor: number;
  attentionBias: boolean;
  mlpBias: boolean;
  ropeScaling: SampleRopeScaling | undefined;
}
