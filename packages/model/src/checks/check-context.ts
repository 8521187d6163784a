import type { DType } from '@mlpack/core';
import type { TaskResolution } from '../resolve-task.js';
import type { TokenizerFacts } from '@mlpack/tokenizers';

/** A tensor as its safetensors header describes it (no bytes). */
export interface CheckTensor {
  name: string;
  dtype: DType;
  shape: readonly number[];
  /** Shard holding it, relative to the model folder. */
  file: string;
}

/** Plain inputs of the cross-file checks: parsed documents and tensor headers, nothing on disk. */
export interface CrossCheckInput {
  /** Parsed config.json. */
  config: Record<string, unknown>;
  /** File name for config issues (default `config.json`). */
  configFile?: string;
  resolution: TaskResolution;
  /**
   * Every tensor of the weights (any order), or undefined when the weights could not be opened:
   * then the checks that need tensors are skipped instead of reporting every tensor as missing.
   */
  tensors: readonly CheckTensor[] | undefined;
  tokenizer?: TokenizerFacts | undefined;
  /** Parsed generation_config.json. */
  generationConfig?: Record<string, unknown> | undefined;
  /** Parsed tokenizer_config.json. */
  tokenizerConfig?: Record<string, unknown> | undefined;
  /** Parsed special_tokens_map.json. */
  specialTokensMap?: Record<string, unknown> | undefined;
}

/** The input with defaults filled and a by-name tensor index: what each check receives. */
export interface CheckContext extends CrossCheckInput {
  configFile: string;
  tensors: readonly CheckTensor[];
  /** False when the weights are unknown (`tensors` is then empty). */
  weightsKnown: boolean;
  byName: ReadonlyMap<string, CheckTensor>;
}

/** A positive safe integer config value, else undefined. */
export function positiveInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
}

/** First of `keys` present in `obj` as a positive integer. */
export function firstPositiveInt(obj: Record<string, unknown>, keys: readonly string[]): [string, number] | undefined {
  for (const k of keys) {
    const v = positiveInt(obj[k]);
    if (v !== undefined) return [k, v];
  }
  return undefined;
}

/**
 * The tensor named `suffix` or ending in `.suffix` (backbones are saved with or without a prefix
 * such as `bert.`/`model.`/`transformer.`), shortest name first, then by name.
 */
export function findBySuffix(tensors: readonly CheckTensor[], suffixes: readonly string[]): CheckTensor | undefined {
  for (const s of suffixes) {
    const hits = tensors.filter((t) => t.name === s || t.name.endsWith(`.${s}`));
    hits.sort((a, b) => a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (hits[0] !== undefined) return hits[0];
  }
  return undefined;
}

/** Names of the input word-embedding tensor across families, most specific first. */
export const WORD_EMBEDDING_SUFFIXES = [
  'embeddings.word_embeddings.weight', // BERT family, ELECTRA, ALBERT, MPNet
  'wte.weight', // GPT-2
  'shared.weight', // BART, T5 (encoder/decoder embed_tokens are tied to it)
  'embed_tokens.weight', // Llama, Mistral, Qwen2, Gemma
  'word_embeddings.weight', // BLOOM-style
] as const;

export function findWordEmbedding(tensors: readonly CheckTensor[]): CheckTensor | undefined {
  return findBySuffix(tensors, WORD_EMBEDDING_SUFFIXES);
}

/** Rows of the word embedding, or config.vocab_size when no embedding tensor is found. */
export function effectiveVocabSize(ctx: CheckContext): number | undefined {
  return positiveInt(ctx.config.vocab_size) ?? findWordEmbedding(ctx.tensors)?.shape[0];
}
