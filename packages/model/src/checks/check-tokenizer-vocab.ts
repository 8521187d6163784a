import type { Issue } from '@mlpack/core';
import { findWordEmbedding, positiveInt } from './check-context.js';
import type { CheckContext } from './check-context.js';

/**
 * `TOKENIZER_VOCAB_TOO_LARGE`: every id a tokenizer file can produce must index a row of the word
 * embedding (or be < vocab_size when no embedding is found). Smaller is fine (embeddings are often
 * padded to a multiple of 64).
 */
export function checkTokenizerVocab(ctx: CheckContext): Issue[] {
  if (ctx.tokenizer === undefined) return [];
  const emb = findWordEmbedding(ctx.tensors);
  const rows = emb?.shape.length === 2 ? emb.shape[0] : undefined;
  const limit = rows ?? positiveInt(ctx.config.vocab_size);
  if (limit === undefined) return [];
  const against = rows !== undefined && emb !== undefined ? `the word embedding "${emb.name}" has ${rows} rows` : `vocab_size is ${limit}`;
  return ctx.tokenizer.sources
    .filter((s) => s.size > limit)
    .map((s): Issue => ({
      severity: 'error',
      code: 'TOKENIZER_VOCAB_TOO_LARGE',
      file: s.file,
      pointer: s.pointer,
      tensor: emb?.name,
      message: `tokenizer can produce ids up to ${s.size - 1} (${s.size} ids) but ${against}`,
      hint: 'the tokenizer does not belong to these weights, or the embedding was not resized after adding tokens',
    }));
}
