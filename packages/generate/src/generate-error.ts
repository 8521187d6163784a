import { MlpackError } from '@mlpack/core';

/**
 * Stable codes of `@mlpack/generate` (listed in the README):
 * - `GENERATE_NOT_A_DECODER`: the converted folder is not a text-generation model with a KV cache.
 * - `GENERATE_NO_TOKENIZER`: the converted folder has no tokenizer to encode the prompt with.
 * - `GENERATE_BAD_OPTION`: an option is out of range (exit 2).
 * - `GENERATE_EMPTY_PROMPT`: the prompt encodes to no tokens at all.
 * - `GENERATE_BAD_OUTPUT`: the model returned logits of an unexpected shape or non-finite values.
 */
export type GenerateErrorCode = 'GENERATE_NOT_A_DECODER' | 'GENERATE_NO_TOKENIZER' | 'GENERATE_BAD_OPTION' | 'GENERATE_EMPTY_PROMPT' | 'GENERATE_BAD_OUTPUT';

export class GenerateError extends MlpackError<GenerateErrorCode> {
  override name = 'GenerateError';
}
