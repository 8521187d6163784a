import { join } from 'node:path';
import type { ModelFolder } from '@mlpack/model';
import { slowTokenizerKind } from './slow-tokenizer.js';
import type { SlowTokenizerFiles } from './slow-tokenizer.js';

/** The files verify tokenizes with: a `tokenizer.json`, or the slow files it is built from in memory. */
export type TokenizerFiles = TokenizerSettings & (
  | {
      /** Path of `tokenizer.json` (preferred when a folder has both forms). */
      tokenizerJson: string;
      slow?: undefined;
    }
  | {
      tokenizerJson?: undefined;
      /** Slow tokenizer files (`vocab.txt`, or `vocab.json` + `merges.txt`), converted like transformers does. */
      slow: SlowTokenizerFiles;
    }
);

export interface TokenizerSettings {
  /** Parsed `tokenizer_config.json`, if the model has one. */
  tokenizerConfig?: Record<string, unknown> | undefined;
  /** Parsed `special_tokens_map.json`, if the model has one. */
  specialTokensMap?: Record<string, unknown> | undefined;
}

/**
 * The tokenizer of a model folder, for `makeInputs`: its `tokenizer.json` when it has one, else
 * its slow files when their conversion is certain (see `slowTokenizerKind`: BERT-style `vocab.txt`,
 * RoBERTa-style `vocab.json` + `merges.txt`), else undefined (random ids; e.g. SentencePiece only).
 */
export function tokenizerFilesOf(
  folder: Pick<ModelFolder, 'dir' | 'modelType' | 'tokenizer' | 'tokenizerConfig' | 'specialTokensMap'>,
): TokenizerFiles | undefined {
  const files = folder.tokenizer?.files ?? [];
  const settings: TokenizerSettings = {
    tokenizerConfig: folder.tokenizerConfig as Record<string, unknown> | undefined,
    specialTokensMap: folder.specialTokensMap as Record<string, unknown> | undefined,
  };
  if (files.includes('tokenizer.json')) return { tokenizerJson: join(folder.dir, 'tokenizer.json'), ...settings };
  const addedTokensJson = files.includes('added_tokens.json') ? join(folder.dir, 'added_tokens.json') : undefined;
  switch (slowTokenizerKind(folder.modelType, folder.tokenizerConfig?.tokenizer_class, files)) {
    case 'wordpiece':
      return { slow: { kind: 'wordpiece', vocabTxt: join(folder.dir, 'vocab.txt'), addedTokensJson }, ...settings };
    case 'byte-level-bpe':
      return {
        slow: { kind: 'byte-level-bpe', vocabJson: join(folder.dir, 'vocab.json'), mergesTxt: join(folder.dir, 'merges.txt'), addedTokensJson },
        ...settings,
      };
    default:
      return undefined;
  }
}
