import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnySchemaObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { parseJsonStrict } from '@mlpack/core';
import { DOCUMENT_KINDS, DOCUMENT_KIND_INFO, isDocumentKind, type DocumentKind } from './document-kind.js';
import { SchemaError } from './schema-error.js';
import { schemaPath } from './schema-path.js';

/*
 * Compiling the schemas with ajv: the ajv setup, the schema files and run-time compiled validators.
 * Validation does not compile at run time: it uses the standalone validators generated from this
 * same setup into `generated/validators.ts` (see `generate-validators.ts` and
 * `precompiled-validators.ts`). This module is for the generator and for tests; nothing on the
 * validation path imports it, and it never imports the generated module (so the generator works
 * whatever state that file is in).
 */

/**
 * Annotation keywords our schemas carry to word error messages (see each schema's `$comment`):
 * `x-expected` is the noun phrase of what a valid value is, `x-condition` says when a conditional
 * block applies. Registered without code, so they never change what validates.
 */
export const MESSAGE_KEYWORDS = ['x-expected', 'x-condition'] as const;

/**
 * The options of our ajv: strict mode (unknown keywords, ambiguous types and tuples are compile
 * errors), every error collected, and `verbose` so each error carries the failing sub-schema and
 * data that the messages are built from. Union `type` arrays are allowed: the schemas use them
 * instead of `anyOf` so that every problem yields exactly one error.
 */
export const SCHEMA_AJV_OPTIONS = { strict: true, allErrors: true, verbose: true, allowUnionTypes: true } as const satisfies Options;

/**
 * A fresh ajv for our schemas (`SCHEMA_AJV_OPTIONS` plus the message keywords). `extra` adds
 * options that do not change validation, e.g. the generator's `code: {source: true, esm: true}`.
 */
export function createSchemaAjv(extra: Omit<Options, keyof typeof SCHEMA_AJV_OPTIONS> = {}): Ajv2020 {
  const ajv = new Ajv2020({ ...extra, ...SCHEMA_AJV_OPTIONS });
  for (const keyword of MESSAGE_KEYWORDS) ajv.addKeyword({ keyword, schemaType: 'string' });
  return ajv;
}

const documents = new Map<DocumentKind, AnySchemaObject>();

/**
 * The parsed schema document of `kind`, read from `<repo>/schemas/` (read once, strictly parsed,
 * `$id` checked). Used to generate the validators and by tests; validation does not read it.
 */
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
      hint: 'the schemas/ directory must sit at the root of the mlpack checkout',
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

/**
 * A fresh ajv holding every schema document, so that cross-schema `$ref`s (manifest → golden)
 * resolve. The generator compiles its validators from one of these.
 */
export function createSchemasAjv(extra: Omit<Options, keyof typeof SCHEMA_AJV_OPTIONS> = {}): Ajv2020 {
  const ajv = createSchemaAjv(extra);
  for (const kind of DOCUMENT_KINDS) ajv.addSchema(schemaDocument(kind));
  return ajv;
}

let runtimeAjv: Ajv2020 | undefined;
const runtimeValidators = new Map<DocumentKind, ValidateFunction>();

/**
 * The validator of `kind` compiled by ajv now, from the schema files (each compiled on first use
 * and cached). This is what validation used before the validators were generated; tests compare
 * the generated validators against it.
 */
export function runtimeCompiledSchema(kind: DocumentKind): ValidateFunction {
  if (!isDocumentKind(kind)) {
    throw new SchemaError('SCHEMA_UNKNOWN_KIND', `unknown document kind ${JSON.stringify(kind)}`);
  }
  const cached = runtimeValidators.get(kind);
  if (cached) return cached;
  runtimeAjv ??= createSchemasAjv();
  let validate: ValidateFunction | undefined;
  try {
    validate = runtimeAjv.getSchema(DOCUMENT_KIND_INFO[kind].schemaId);
  } catch (cause) {
    throw new SchemaError('SCHEMA_INVALID', `the ${kind} schema does not compile: ${(cause as Error).message}`, {
      file: schemaPath(kind),
      cause,
    });
  }
  if (!validate) {
    throw new SchemaError('SCHEMA_INVALID', `the ${kind} schema was not registered`, { file: schemaPath(kind) });
  }
  runtimeValidators.set(kind, validate);
  return validate;
}

/**
 * The model types a config schema has a sub-schema for, read from its `allOf` of
 * `if: {properties: {model_type: {const}}}` blocks, sorted. The generator stores this list next to
 * the validators so that the schema stays the one list.
 */
export function modelTypesOfConfigSchema(schema: AnySchemaObject): string[] {
  const types = new Set<string>();
  for (const block of (schema.allOf as unknown[] | undefined) ?? []) {
    const c = (block as { if?: { properties?: { model_type?: { const?: unknown } } } }).if?.properties?.model_type?.const;
    if (typeof c === 'string') types.add(c);
  }
  return [...types].sort();
}
