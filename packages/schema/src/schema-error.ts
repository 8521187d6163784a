import { MlpackError } from '@mlpack/core';

/**
 * Codes of failures that stop validation altogether (bad input produces `Issue`s instead):
 * - `SCHEMA_FILE_MISSING`: a schema file is not where the package expects it (broken installation).
 * - `SCHEMA_INVALID`: a schema file does not parse or compile, or has the wrong `$id` (a bug).
 * - `SCHEMA_READ_FAILED`: the document to validate cannot be read (missing, a directory, no permission).
 * - `SCHEMA_UNKNOWN_KIND`: a caller passed a document kind that does not exist (a bug).
 */
export type SchemaErrorCode = 'SCHEMA_FILE_MISSING' | 'SCHEMA_INVALID' | 'SCHEMA_READ_FAILED' | 'SCHEMA_UNKNOWN_KIND';

export class SchemaError extends MlpackError<SchemaErrorCode> {
  override name = 'SchemaError';
}
