import { MlpackError } from '@mlpack/core';

/**
 * Stable codes of `@mlpack/tokenizers` (listed in the README):
 * - `TOKENIZER_INVALID`: a tokenizer file is unreadable or malformed (file + pointer / offset);
 * - `TOKENIZER_UNSUPPORTED`: the folder's tokenizer is of a kind mlpack cannot build (e.g. a
 *   SentencePiece WORD/CHAR model, an unknown tokenizer class with only slow files);
 * - `TOKENIZER_MISSING`: the folder has no tokenizer files at all;
 * - `TOKENIZER_ENCODE_FAILED`: a text cannot be encoded (a token without id) or ids cannot be decoded;
 * - `TOKENIZER_MISMATCH`: two tokenizers of one folder (e.g. the SentencePiece model and
 *   tokenizer.json) give different ids for the same text.
 */
export type TokenizerErrorCode = 'TOKENIZER_INVALID' | 'TOKENIZER_UNSUPPORTED' | 'TOKENIZER_MISSING' | 'TOKENIZER_ENCODE_FAILED' | 'TOKENIZER_MISMATCH';

/** Codes of the problems `readTokenizerFiles` reports as `Issue`s. */
export const TOKENIZER_ISSUE_CODES = ['TOKENIZER_FILE_INVALID'] as const;
export type TokenizerIssueCode = (typeof TOKENIZER_ISSUE_CODES)[number];

export class TokenizerError extends MlpackError<TokenizerErrorCode> {
  override name = 'TokenizerError';
}

/** What to do about a broken tokenizer file. */
export const RESTORE_HINT = 'restore the tokenizer file from the original model repository';
