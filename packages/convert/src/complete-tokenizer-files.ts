import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Bytes, writeFileAtomic } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import type { ModelFolder } from '@mlpack/model';
import { tokenizerConfigFor } from '@mlpack/tokenizers';
import type { ManifestFile } from './conversion-manifest.js';

/** Codes of the notices (`ConvertResult.warnings`) about the converted folder's tokenizer. */
export const CONVERT_NOTICE_CODES = ['CONVERT_TOKENIZER_CONFIG_GENERATED', 'CONVERT_NO_TOKENIZER'] as const;
export type ConvertNoticeCode = (typeof CONVERT_NOTICE_CODES)[number];

/** Files `convert` may write that the source did not have (`mlpack.json#/generated`). */
export const GENERATED_TOKENIZER_CONFIG = 'tokenizer_config.json';

export interface CompletedTokenizerFiles {
  /** Files written into the output (listed in the manifest's `files` and `generated`). */
  generated: ManifestFile[];
  /** What the user should know (info: a file was generated; warning: no tokenizer at all). */
  notices: Issue[];
}

/**
 * Make the converted folder loadable by transformers.js as written: a source with a tokenizer.json
 * but no tokenizer_config.json gets the one transformers would save (see `tokenizerConfigFor`); a
 * source with no tokenizer at all gets a warning, since text pipelines will need one.
 */
export async function completeTokenizerFiles(modelDir: string, stagingDir: string, folder: ModelFolder, outDir: string): Promise<CompletedTokenizerFiles> {
  const names = new Set(folder.files.filter((f) => f.kind === 'tokenizer' && !f.path.includes('/')).map((f) => f.path));
  if (!names.has('tokenizer.json') && folder.tokenizer === undefined) {
    return {
      generated: [],
      notices: [
        {
          severity: 'warning',
          code: 'CONVERT_NO_TOKENIZER',
          file: modelDir,
          message: 'the model folder has no tokenizer (tokenizer.json, vocab files or a SentencePiece model): the converted model takes token ids only',
          hint: 'text pipelines (transformers.js pipeline(), mlpack verify --text) need one: add the tokenizer files of the original model and convert again',
        },
      ],
    };
  }
  if (!names.has('tokenizer.json') || names.has(GENERATED_TOKENIZER_CONFIG)) return { generated: [], notices: [] };
  const tokenizerJson = JSON.parse(await readFile(join(modelDir, 'tokenizer.json'), 'utf8')) as Record<string, unknown>;
  const made = tokenizerConfigFor({
    config: folder.config,
    tokenizerJson,
    specialTokensMap: folder.specialTokensMap,
  });
  const bytes = Buffer.from(made.text, 'utf8');
  await writeFileAtomic(join(stagingDir, GENERATED_TOKENIZER_CONFIG), bytes);
  return {
    generated: [{ path: GENERATED_TOKENIZER_CONFIG, size: bytes.length, sha256: sha256Bytes(bytes) }],
    notices: [
      {
        severity: 'info',
        code: 'CONVERT_TOKENIZER_CONFIG_GENERATED',
        file: join(outDir, GENERATED_TOKENIZER_CONFIG),
        message: `the model folder has no tokenizer_config.json: wrote the one transformers would save (tokenizer_class ${made.tokenizerClass ?? '(none known for this model type)'}, special tokens from tokenizer.json${folder.specialTokensMap ? ' and special_tokens_map.json' : ''}, model_max_length ${String(made.json.model_max_length)}); mlpack.json lists it under "generated"`,
        hint: "transformers.js needs tokenizer_config.json beside tokenizer.json; replace it with the original model's file if you have it",
      },
    ],
  };
}
