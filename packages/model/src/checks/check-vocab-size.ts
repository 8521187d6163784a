import { jsonPointer } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { findWordEmbedding, positiveInt } from './check-context.js';
import type { CheckContext } from './check-context.js';

/** `VOCAB_SIZE_MISMATCH`: the word-embedding rows must equal config.vocab_size (transformers refuses to load otherwise). */
export function checkVocabSize(ctx: CheckContext): Issue[] {
  const vocab = positiveInt(ctx.config.vocab_size);
  const emb = findWordEmbedding(ctx.tensors);
  if (vocab === undefined || emb === undefined || emb.shape.length !== 2) return [];
  const rows = emb.shape[0]!;
  if (rows === vocab) return [];
  return [
    {
      severity: 'error',
      code: 'VOCAB_SIZE_MISMATCH',
      file: ctx.configFile,
      pointer: jsonPointer('vocab_size'),
      tensor: emb.name,
      message: `vocab_size is ${vocab} but the word embedding "${emb.name}" (${emb.file}) has ${rows} rows`,
      hint: `set vocab_size to ${rows} if the weights are right, or re-export the weights`,
    },
  ];
}
