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
  /** Llama key/value heads (default heads / 2 when even); must divide `heads`. */
  kvHeads?: number;
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
  /** GPT-2 / Llama: tie lm_head to the input embeddings (defaults: GPT-2 true, Llama false). */
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
}
