import { join } from 'node:path';
import { slowTokenizerKind } from './slow-tokenizer.js';
import type { SlowTokenizerFiles } from './slow-tokenizer.js';
import { sentencePieceFlavor } from './sentencepiece-tokenizer-json.js';
import { sentencepieceFileOf } from './summarize-tokenizer.js';

/** The files a tokenizer is loaded from: a `tokenizer.json`, or the slow files it is built from in memory. */
export type TokenizerFiles = TokenizerSettings &
  (
    | {
        /** Path of `tokenizer.json` (preferred when a folder has both forms). */
        tokenizerJson: string;
        slow?: undefined;
      }
    | {
        tokenizerJson?: undefined;
        /** Slow tokenizer files (`vocab.txt`; `vocab.json` + `merges.txt`; a SentencePiece model), converted like transformers does. */
        slow: SlowTokenizerFiles;
      }
  );

export interface TokenizerSettings {
  /** Parsed `tokenizer_config.json`, if the model has one. */
  tokenizerConfig?: Record<string, unknown> | undefined;
  /** Parsed `special_tokens_map.json`, if the model has one. */
  specialTokensMap?: Record<string, unknown> | undefined;
}

/** What `tokenizerFilesOf` needs to know about a model folder (a `ModelFolder` has all of it). */
export interface TokenizerFolder {
  /** The folder. */
  dir: string;
  /** config.json `model_type`. */
  modelType?: string | undefined;
  /** The tokenizer files at the folder root (`ModelFolder.tokenizer`). */
  tokenizer?: { files: readonly string[] } | undefined;
  /** Parsed tokenizer_config.json. */
  tokenizerConfig?: object | undefined;
  /** Parsed special_tokens_map.json. */
  specialTokensMap?: object | undefined;
}

/**
 * The tokenizer of a model folder: its `tokenizer.json` when it has one, else its slow files when
 * their conversion is certain (see `slowTokenizerKind`: BERT-style `vocab.txt`, RoBERTa-style
 * `vocab.json` + `merges.txt`, a SentencePiece model of a known class), else undefined.
 */
export function tokenizerFilesOf(folder: TokenizerFolder): TokenizerFiles | undefined {
  const files = folder.tokenizer?.files ?? [];
  const tokenizerConfig = folder.tokenizerConfig as Record<string, unknown> | undefined;
  const settings: TokenizerSettings = {
    tokenizerConfig,
    specialTokensMap: folder.specialTokensMap as Record<string, unknown> | undefined,
  };
  if (files.includes('tokenizer.json')) return { tokenizerJson: join(folder.dir, 'tokenizer.json'), ...settings };
  const slow = slowFilesOf(folder, files, tokenizerConfig?.tokenizer_class);
  return slow === undefined ? undefined : { slow, ...settings };
}

/**
 * The folder's SentencePiece model as slow files, even when it also has a tokenizer.json (to check
 * one against the other); undefined without a model of a known class.
 */
export function sentencePieceFilesOf(folder: TokenizerFolder): TokenizerFiles | undefined {
  const files = folder.tokenizer?.files ?? [];
  const tokenizerConfig = folder.tokenizerConfig as Record<string, unknown> | undefined;
  const model = sentencepieceFileOf(files);
  const flavor = sentencePieceFlavor(folder.modelType, tokenizerConfig?.tokenizer_class);
  if (model === undefined || flavor === undefined) return undefined;
  return {
    slow: { kind: 'sentencepiece', model: join(folder.dir, model), flavor, addedTokensJson: addedTokensJsonOf(folder.dir, files) },
    tokenizerConfig,
    specialTokensMap: folder.specialTokensMap as Record<string, unknown> | undefined,
  };
}

function addedTokensJsonOf(dir: string, files: readonly string[]): string | undefined {
  return files.includes('added_tokens.json') ? join(dir, 'added_tokens.json') : undefined;
}

function slowFilesOf(folder: TokenizerFolder, files: readonly string[], tokenizerClass: unknown): SlowTokenizerFiles | undefined {
  const addedTokensJson = addedTokensJsonOf(folder.dir, files);
  switch (slowTokenizerKind(folder.modelType, tokenizerClass, files)) {
    case 'wordpiece':
      return { kind: 'wordpiece', vocabTxt: join(folder.dir, 'vocab.txt'), addedTokensJson };
    case 'byte-level-bpe':
      return { kind: 'byte-level-bpe', vocabJson: join(folder.dir, 'vocab.json'), mergesTxt: join(folder.dir, 'merges.txt'), addedTokensJson };
    case 'sentencepiece':
      return {
        kind: 'sentencepiece',
        model: join(folder.dir, sentencepieceFileOf(files)!),
        flavor: sentencePieceFlavor(folder.modelType, tokenizerClass)!,
        addedTokensJson,
      };
    default:
      return undefined;
  }
}
