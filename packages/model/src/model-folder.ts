import type { Issue } from '@mlpack/core';
import type { WeightSet } from '@mlpack/safetensors';
import type { GenerationConfig, HfConfig, SpecialTokensMap, TokenizerConfig } from '@mlpack/schema';
import type { Task } from './known-tasks.js';
import type { HeadKind } from './model-families.js';
import type { TokenizerInfo } from '@mlpack/tokenizers';
import type { ModelFile } from './walk-model-folder.js';

/** A validated model folder: what the converters, the reference and verify start from. */
export interface ModelFolder {
  /** The folder as given. */
  dir: string;
  /** Every usable file, classified, sorted by path. */
  files: ModelFile[];
  /** Parsed (and schema-validated) config.json. */
  config: HfConfig;
  /** `config.model_type` as written. */
  modelType: string | undefined;
  /** `config.architectures[0]`. */
  architecture: string | undefined;
  /** Normalized family (`bert`, `xlm-roberta`, …), from the architecture when known, else model_type. */
  family: string | undefined;
  /** Resolved task (the `--task` override when given). */
  task: Task | undefined;
  /** Head on top of the backbone. */
  head: HeadKind | undefined;
  /** The weights: `model.safetensors` or the sharded set. Close with `close()`. */
  weights: WeightSet;
  tokenizer?: TokenizerInfo | undefined;
  /** Parsed generation_config.json. */
  generationConfig?: GenerationConfig | undefined;
  /** Parsed tokenizer_config.json. */
  tokenizerConfig?: TokenizerConfig | undefined;
  /** Parsed special_tokens_map.json. */
  specialTokensMap?: SpecialTokensMap | undefined;
  /** Warnings and infos found while reading (a folder with errors is never returned). */
  warnings: Issue[];
  /** Release the weights' file handles. */
  close(): Promise<void>;
}

export interface ReadModelOptions {
  /** Task override (the CLI's `--task`); must be one of `KNOWN_TASKS`, else a `UsageError` is thrown. */
  task?: string | undefined;
  /**
   * Directory symlinked files may resolve into (default: the folder itself), e.g. the Hugging Face
   * cache's `models--org--name` directory for a snapshot folder whose files link into `blobs/`.
   */
  symlinkRoot?: string | undefined;
}

/** Result of `readModelFolder`: every problem found, and the folder only when there is no error. */
export interface ReadModelResult {
  ok: boolean;
  folder?: ModelFolder | undefined;
  /** All problems, sorted with core `sortIssues` (errors first). */
  issues: Issue[];
}
