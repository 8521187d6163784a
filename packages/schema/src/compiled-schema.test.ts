import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compiledSchema, createSchemaAjv, schemaDocument } from './compiled-schema.js';
import { DOCUMENT_KINDS, DOCUMENT_KIND_INFO, type DocumentKind } from './document-kind.js';
import { SCHEMAS_DIR, schemaPath } from './schema-path.js';

const repoSchemas = fileURLToPath(new URL('../../../schemas/', import.meta.url));

// The public identities of the schemas: changing one breaks every document that references it.
const PINNED_IDS: Record<DocumentKind, string> = {
  config: 'https://mlpack.dev/schemas/config.schema.json',
  tokenizer: 'https://mlpack.dev/schemas/tokenizer.schema.json',
  tokenizer_config: 'https://mlpack.dev/schemas/tokenizer-config.schema.json',
  special_tokens_map: 'https://mlpack.dev/schemas/special-tokens-map.schema.json',
  generation_config: 'https://mlpack.dev/schemas/generation-config.schema.json',
  safetensors_index: 'https://mlpack.dev/schemas/safetensors-index.schema.json',
  manifest: 'https://mlpack.dev/schemas/mlpack-manifest.schema.json',
  golden: 'https://mlpack.dev/schemas/mlpack-golden.schema.json',
};

describe('schema files', () => {
  it('live in the top-level schemas/ directory', () => {
    expect(SCHEMAS_DIR).toBe(repoSchemas);
    expect(schemaPath('config')).toBe(join(repoSchemas, 'config.schema.json'));
    expect(schemaPath('manifest')).toBe(join(repoSchemas, 'mlpack-manifest.schema.json'));
  });

  it('refuses an unknown kind', () => {
    expect(() => schemaPath('vocab' as DocumentKind)).toThrow(expect.objectContaining({ code: 'SCHEMA_UNKNOWN_KIND' }));
  });

  it.each(DOCUMENT_KINDS)('%s: pinned $id, 2020-12 dialect, title and description', (kind) => {
    const path = schemaPath(kind);
    expect(existsSync(path)).toBe(true);
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    expect(schema.$id).toBe(PINNED_IDS[kind]);
    expect(DOCUMENT_KIND_INFO[kind].schemaId).toBe(PINNED_IDS[kind]);
    expect(schema.$id.endsWith(`/${DOCUMENT_KIND_INFO[kind].schemaFile}`)).toBe(true);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title.length).toBeGreaterThan(10);
    expect(schema.description.length).toBeGreaterThan(40);
    expect(schemaDocument(kind).$id).toBe(PINNED_IDS[kind]);
  });

  it('the schemas/ directory holds exactly these eight schemas', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(repoSchemas)).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(DOCUMENT_KINDS.map((k) => DOCUMENT_KIND_INFO[k].schemaFile).sort());
  });
});

describe('strict compilation', () => {
  it('our ajv really is strict: an unknown keyword or an untyped applicator does not compile', () => {
    const ajv = createSchemaAjv();
    expect(() => ajv.compile({ type: 'object', maxProps: 3 })).toThrow(/unknown keyword/);
    expect(() => ajv.compile({ properties: { a: { type: 'string' } } })).toThrow(/strictTypes|missing type/);
    expect(() => ajv.compile({ type: 'object', required: ['a'] })).toThrow(/strictRequired|not defined/);
  });

  it.each(DOCUMENT_KINDS)('%s compiles in strict mode on its own ajv', (kind) => {
    const ajv = createSchemaAjv();
    // The manifest embeds the golden schema by $id.
    if (kind === 'manifest') ajv.addSchema(JSON.parse(readFileSync(schemaPath('golden'), 'utf8')));
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath(kind), 'utf8')));
    expect(typeof validate).toBe('function');
  });

  it('compiledSchema caches one validator per kind', () => {
    const a = compiledSchema('tokenizer');
    expect(compiledSchema('tokenizer')).toBe(a);
    expect(compiledSchema('config')).not.toBe(a);
    expect(a({ model: { type: 'WordLevel', vocab: { a: 0 } } })).toBe(true);
    expect(a({ model: { type: 'WordLevel', vocab: { a: -1 } } })).toBe(false);
  });
});
