import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_KIND_INFO, isDocumentKind, type DocumentKind } from './document-kind.js';
import { SchemaError } from './schema-error.js';

/**
 * The repository's top-level `schemas/` directory. This file is `packages/schema/src/*.ts` under
 * vitest and `packages/schema/dist/*.js` when built: both sit three levels below the root.
 */
export const SCHEMAS_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));

/** Absolute path of the JSON Schema file of `kind`. */
export function schemaPath(kind: DocumentKind): string {
  if (!isDocumentKind(kind)) {
    throw new SchemaError('SCHEMA_UNKNOWN_KIND', `unknown document kind ${JSON.stringify(kind)}`, {
      hint: `use one of: ${Object.keys(DOCUMENT_KIND_INFO).join(', ')}`,
    });
  }
  return join(SCHEMAS_DIR, DOCUMENT_KIND_INFO[kind].schemaFile);
}
