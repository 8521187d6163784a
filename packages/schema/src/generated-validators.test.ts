import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samplesRoot } from '@mlpack/test-utils';
import { bundleManifest, conversionManifest, golden, safetensorsIndex } from './__fixtures__/documents.js';
import { configModelTypes } from './config-model-types.js';
import { DOCUMENT_KINDS, DOCUMENT_KIND_INFO, type DocumentKind } from './document-kind.js';
import { GENERATED_VALIDATORS_PATH, REGENERATE_COMMAND, generateValidatorsModule } from './generate-validators.js';
import { compiledSchema } from './precompiled-validators.js';
import { modelTypesOfConfigSchema, runtimeCompiledSchema, schemaDocument } from './schema-compiler.js';
import { schemaErrorsToIssues } from './schema-errors-to-issues.js';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

/** 1-based number of the first line where `a` and `b` differ. */
function firstDifferentLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}

describe('generated validators (src/generated/validators.ts)', () => {
  const fresh = generateValidatorsModule();

  it('are up to date with schemas/*.schema.json', () => {
    const committed = existsSync(GENERATED_VALIDATORS_PATH) ? readFileSync(GENERATED_VALIDATORS_PATH, 'utf8') : '';
    // Compared as a boolean: a failing toBe would print two 600 KB strings.
    if (committed !== fresh) {
      expect.fail(
        `packages/schema/src/generated/validators.ts is stale (differs from line ${firstDifferentLine(committed, fresh)}): ` +
          `a schema in schemas/ (or ajv) changed; run \`${REGENERATE_COMMAND}\` and commit the result`,
      );
    }
  });

  it('are generated deterministically', () => {
    expect(generateValidatorsModule() === fresh).toBe(true);
  });

  it('store the config model types read from the schema', () => {
    expect(configModelTypes()).toEqual(modelTypesOfConfigSchema(schemaDocument('config')));
  });

  it('need nothing at run time but ajv run-time helpers', () => {
    const imports = [...fresh.matchAll(/^import (?!type ).*? from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports).toEqual(['node:module']);
    const required = [...fresh.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    for (const id of required) expect(id).toMatch(/^ajv\/dist\/runtime\/[a-z0-9]+$/i);
  });
});

describe('the validation path', () => {
  /** Modules reachable from `file` through value imports and re-exports (type-only ones erased). */
  function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
    const text = readFileSync(join(srcDir, file), 'utf8');
    for (const m of text.matchAll(/^(?:import|export) (?!type )[^;]*? from ['"]([^'"]+)['"];/gm)) {
      const spec = m[1]!;
      const key = spec.startsWith('./') ? spec.slice(2).replace(/\.js$/, '.ts') : spec;
      if (seen.has(key)) continue;
      seen.add(key);
      if (spec.startsWith('./')) runtimeImports(key, seen);
    }
    return seen;
  }

  it('never loads ajv, the ajv tooling or the schema files', () => {
    const reached = runtimeImports('index.ts');
    expect(reached).toContain('generated/validators.ts');
    expect(reached).toContain('precompiled-validators.ts');
    for (const tooling of ['schema-compiler.ts', 'compiled-schema.ts', 'generate-validators.ts']) expect(reached).not.toContain(tooling);
    expect([...reached].filter((m) => m.startsWith('ajv'))).toEqual([]);
  });

  it('uses the generated validators', () => {
    expect(compiledSchema('config')).not.toBe(runtimeCompiledSchema('config'));
    expect(compiledSchema('config').name).toMatch(/^validate\d+$/);
  });

  it('refuses an unknown kind', () => {
    expect(() => compiledSchema('vocab' as DocumentKind)).toThrow(expect.objectContaining({ code: 'SCHEMA_UNKNOWN_KIND' }));
  });
});

// ---------------------------------------------------------------------------------------------
// Same behaviour as the validators ajv compiles at run time from the schema files: same verdict,
// same error objects (including the verbose schema / parentSchema / data), hence the same issues.

type Json = unknown;

const SAMPLE_FILES: Partial<Record<DocumentKind, string>> = {
  config: 'config.json',
  tokenizer: 'tokenizer.json',
  tokenizer_config: 'tokenizer_config.json',
  special_tokens_map: 'special_tokens_map.json',
  generation_config: 'generation_config.json',
};

function baseDocuments(): Array<[DocumentKind, string, Json]> {
  const bases: Array<[DocumentKind, string, Json]> = [
    ['golden', 'golden', golden()],
    ['manifest', 'conversion manifest', conversionManifest()],
    ['manifest', 'bundle manifest', bundleManifest()],
    ['safetensors_index', 'index', safetensorsIndex()],
  ];
  for (const sample of readdirSync(samplesRoot).sort()) {
    for (const [kind, file] of Object.entries(SAMPLE_FILES) as Array<[DocumentKind, string]>) {
      const path = join(samplesRoot, sample, file);
      if (existsSync(path)) bases.push([kind, `${sample}/${file}`, JSON.parse(readFileSync(path, 'utf8'))]);
    }
  }
  return bases;
}

const BASES = baseDocuments();

function expectSameBehaviour(kind: DocumentKind, doc: Json): void {
  const generated = compiledSchema(kind);
  const runtime = runtimeCompiledSchema(kind);
  const valid = generated(doc);
  expect(runtime(doc)).toBe(valid);
  const errors = generated.errors ?? [];
  expect(errors).toEqual(runtime.errors ?? []);
  if (!valid) {
    const options = { file: 'f.json', code: DOCUMENT_KIND_INFO[kind].code, hint: 'h' };
    expect(schemaErrorsToIssues(errors, options)).toEqual(schemaErrorsToIssues(runtime.errors ?? [], options));
  }
}

/** Every path into `doc` (objects and the first items of arrays), the root first. */
function pathsOf(doc: Json): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [[]];
  const walk = (v: Json, path: Array<string | number>, depth: number) => {
    if (depth > 6) return;
    const entries: Array<[string | number, Json]> = Array.isArray(v)
      ? v.slice(0, 4).map((x, i) => [i, x])
      : v !== null && typeof v === 'object'
        ? Object.entries(v).slice(0, 40)
        : [];
    for (const [k, x] of entries) {
      out.push([...path, k]);
      walk(x, [...path, k], depth + 1);
    }
  };
  walk(doc, [], 0);
  return out;
}

const VALUE = fc.oneof(
  fc.constantFrom<Json>(null, -1, 0, 1.5, '', 'x', 'bert', 'BPE', 'onnx', 'bundle', true, [], {}, ['a', 'a'], [[1, 2]], 'a'.repeat(300), 2 ** 53),
  fc.jsonValue({ maxDepth: 2 }),
);
interface Mutation {
  /** Index into the document's paths (modulo their number). */
  at: number;
  op: 'set' | 'delete' | 'add' | 'nest';
  key: string;
  value: Json;
}
const MUTATION: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom<Mutation['op']>('set', 'delete', 'add', 'nest'),
  key: fc.constantFrom('type', 'x', '0', 'id', 'content', 'format', 'kind', 'model_type'),
  value: VALUE,
});

function mutate(doc: Json, paths: Array<Array<string | number>>, m: Mutation): Json {
  const path = paths[m.at % paths.length]!;
  if (path.length === 0) return structuredClone(m.value);
  let parent: Json = doc;
  for (const k of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return doc;
    parent = (parent as Record<string | number, Json>)[k];
  }
  if (parent === null || typeof parent !== 'object') return doc;
  const last = path[path.length - 1]!;
  apply(parent as Record<string | number, Json>, last, m);
  return doc;
}

function apply(parent: Record<string | number, Json>, last: string | number, m: Mutation): void {
  switch (m.op) {
    case 'set':
      parent[last] = structuredClone(m.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'add':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[last]));
      else parent[`${String(last)}_extra`] = structuredClone(m.value);
      break;
    case 'nest': {
      const v = parent[last];
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) (v as Record<string, Json>)[m.key] = structuredClone(m.value);
      else parent[last] = [v];
      break;
    }
  }
}

describe('generated validators behave like run-time compiled ones', () => {
  it.each(BASES.map(([kind, name, doc]) => [name, kind, doc] as const))('%s, validated as every kind', (_name, _kind, doc) => {
    for (const kind of DOCUMENT_KINDS) expectSameBehaviour(kind, doc);
  });

  it('errors keep the verbose fields the messages are built from', () => {
    const validate = compiledSchema('config');
    expect(validate({ model_type: 'bert', hidden_size: -3 })).toBe(false);
    const error = validate.errors?.find((e) => e.instancePath === '/hidden_size' && e.keyword === 'minimum');
    expect(error).toMatchObject({ schema: 1, data: -3, parentSchema: expect.objectContaining({ type: 'integer', minimum: 1 }) });
  });

  it('a manifest checks its embedded golden against the golden schema ($ref across schemas)', () => {
    const manifest = bundleManifest() as { goldens: { outputs: { logits: { dtype: string } } } };
    manifest.goldens.outputs.logits.dtype = 'float99';
    const validate = compiledSchema('manifest');
    expect(validate(manifest)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/goldens/outputs/logits/dtype');
    expectSameBehaviour('manifest', manifest);
  });

  it.each(BASES.map(([kind, name, doc]) => [name, kind, doc] as const))('%s, randomly broken', (_name, kind, doc) => {
    const text = JSON.stringify(doc);
    const paths = pathsOf(doc);
    fc.assert(
      fc.property(fc.array(MUTATION, { minLength: 1, maxLength: 3 }), (mutations) => {
        let broken: Json = JSON.parse(text);
        for (const m of mutations) broken = mutate(broken, paths, m);
        expectSameBehaviour(kind, broken);
      }),
      { numRuns: 150 },
    );
  });
});
