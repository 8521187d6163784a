import { MlpackError } from '@mlpack/core';

/** Stable error codes of @mlpack/samples (listed in the package README). */
export type SamplesErrorCode =
  /** A numeric field of the spec is out of range or inconsistent (e.g. hidden not divisible by heads). */
  | 'SAMPLE_INVALID_SPEC'
  /** The family has no such head in transformers (or this generator does not model it). */
  | 'SAMPLE_UNSUPPORTED_HEAD'
  /** The tokenizer kind cannot serve this family (e.g. WordPiece for GPT-2). */
  | 'SAMPLE_UNSUPPORTED_TOKENIZER'
  /** `--check`: the committed samples differ from a fresh regeneration. */
  | 'SAMPLE_OUT_OF_DATE';

export class SamplesError extends MlpackError<SamplesErrorCode> {
  override name = 'SamplesError';
}
