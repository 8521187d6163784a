import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnySchemaObject, ValidateFunction } from 'ajv/dist/2020.js';
import { parseJsonStrict } from '@mlpack/core';
import { DOCUMENT_KINDS, DOCUMENT_KIND_INFO, type DocumentKind } from './document-kind.js';
import { SchemaError } from './schema-error.js';
import { schemaPath } from './schema-path.js';

/**
 * Annotation keywords our schemas carry to word error messages (see each schema's `$comment`):
 * `x-expected` is the noun phrase of what a valid value is, `x-condition` says when a conditional
 * block applies. Registered without code, so they never change what validates.
 */
export const MESSAGE_KEYWORDS = ['x-expected', 'x-condition'] as const;

/**
 * A fresh ajv for our schemas: strict mode (unknown keywords, ambiguous types and tuples are
 * compile errors), every error collected, and `verbose` so each error carries the failing
 * sub-schema and data that the messages are built from. Union `type` arrays are allowed: the
 * schemas use them instead of `anyOf` so that every problem yields exactly one error.
 */
export function createSchemaAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, allowUnionTypes: true });
  for (const keyword of MESSAGE_KEYWORDS) ajv.addKeyword({ keyword, schemaType: 'string' });
  return ajv;
}

let ajv: Ajv2020 | undefined;
const documents = new Map<DocumentKind, AnySchemaObject>();
const validators = new Map<DocumentKind, ValidateFunction>();

/** The parsed schema document of `kind` (read once, strictly parsed, `$id` checked). */
export function schemaDocument(kind: DocumentKind): AnySchemaObject {
  const cached = documents.get(kind);
  if (cached) return cached;
  const path = schemaPath(kind);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new SchemaError('SCHEMA_FILE_MISSING', `cannot read the ${kind} schema`, {
      file: path,
      cause,
      hint: 'the schemas/ directory must sit at the root of the mlpack checkout or installation',
    });
  }
  const parsed = parseJsonStrict(bytes, { file: path });
  if (!parsed.ok) {
    throw new SchemaError('SCHEMA_INVALID', `the ${kind} schema is not valid JSON: ${parsed.error.message}`, {
      file: path,
      cause: parsed.error,
    });
  }
  const schema = parsed.value as AnySchemaObject;
  const expected = DOCUMENT_KIND_INFO[kind].schemaId;
  if (typeof schema !== 'object' || schema === null || schema.$id !== expected) {
    throw new SchemaError('SCHEMA_INVALID', `the ${kind} schema's $id is not ${expected}`, { file: path, pointer: '/$id' });
  }
  documents.set(kind, schema);
  return schema;
}

/** The compiled validator of `kind`: every schema is added once, each compiled on first use and cached. */
export function compiledSchema(kind: DocumentKind): ValidateFunction {
  const cached = validators.get(kind);
  if (cached) return cached;
  if (!ajv) {
    // All schemas go into one instance so that cross-schema `$ref`s (manifest → golden) resolve.
    const fresh = createSchemaAjv();
    for (const k of DOCUMENT_KINDS) fresh.addSchema(schemaDocument(k));
    ajv = fresh;
  }
  let validate: ValidateFunction | undefined;
  try {
    validate = ajv.getSchema(DOCUMENT_KIND_INFO[kind].schemaId);
  } catch (cause) {
    throw new SchemaError('SCHEMA_INVALID', `the ${kind} schema does not compile: ${(cause as Error).message}`, {
      file: schemaPath(kind),
      cause,
    });
  }
  if (!validate) {
    throw new SchemaError('SCHEMA_INVALID', `the ${kind} schema was not registered`, { file: schemaPath(kind) });
  }
  validators.set(kind, validate);
  return validate;
}
