import type { ValidateFunction } from 'ajv/dist/2020.js';
import { DOCUMENT_KIND_INFO, isDocumentKind, type DocumentKind } from './document-kind.js';
import { CONFIG_MODEL_TYPES, validators } from './generated/validators.js';
import { SchemaError } from './schema-error.js';

/*
 * The validation path: ajv standalone validators generated at development time from
 * `schemas/*.schema.json` (see `generate-validators.ts`), so nothing is compiled and no schema file
 * is read at run time, and ajv's compiler is never loaded (the generated code needs only ajv's
 * small runtime helpers). They are built with the same ajv options as `createSchemaAjv`, so their
 * errors carry the same verbose `schema` / `parentSchema` / `data` fields.
 */

/** The validator of `kind` (generated, loaded once with this module). */
export function compiledSchema(kind: DocumentKind): ValidateFunction {
  if (!isDocumentKind(kind)) {
    throw new SchemaError('SCHEMA_UNKNOWN_KIND', `unknown document kind ${JSON.stringify(kind)}`, {
      hint: `use one of: ${Object.keys(DOCUMENT_KIND_INFO).join(', ')}`,
    });
  }
  return validators[kind];
}

/** The model types config.schema.json has a sub-schema for, sorted (stored by the generator). */
export const PRECOMPILED_CONFIG_MODEL_TYPES: readonly string[] = CONFIG_MODEL_TYPES;
