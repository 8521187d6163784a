import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createSchemasAjv, modelTypesOfConfigSchema, schemaDocument } from './schema-compiler.js';
import { DOCUMENT_KINDS, DOCUMENT_KIND_INFO } from './document-kind.js';

/*
 * Generates `src/generated/validators.ts`: ajv standalone validation code ("Standalone validation
 * code" in ajv's docs) for every schema in `<repo>/schemas/`, compiled by the same ajv setup as
 * `createSchemaAjv` (strict, allErrors, verbose, union types, the x-* message keywords). Verbose
 * standalone code embeds the schemas as object literals, so errors still carry `schema`,
 * `parentSchema` and `data`; `$ref`s between schemas (manifest → golden) are compiled into the same
 * module. The output is a pure function of the schema files and the ajv version: validators are
 * numbered by one ajv instance compiling the kinds in `DOCUMENT_KINDS` order.
 *
 * Tooling only: nothing on the validation path imports this module.
 */

/** How to regenerate (named by the staleness test's failure message). */
export const REGENERATE_COMMAND = 'pnpm --filter @mlpack/schema generate';

/** Absolute path of the generated module in the package's sources (from `src/` and from `dist/`). */
export const GENERATED_VALIDATORS_PATH = fileURLToPath(new URL('../src/generated/validators.ts', import.meta.url));

// ajv/dist/standalone is CommonJS (`module.exports = standaloneCode`, also set as `.default`).
const standaloneCode = standaloneModule.default;

/** The text of `src/generated/validators.ts` for the current schema files. */
export function generateValidatorsModule(): string {
  const ajv = createSchemasAjv({ code: { source: true, esm: true, lines: true } });
  const refs = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, DOCUMENT_KIND_INFO[kind].schemaId]));
  let code = standaloneCode(ajv, refs);

  // ESM is strict anyway; the directive would not stay first once the header imports precede it.
  const strict = '"use strict";\n';
  if (!code.startsWith(strict)) throw new Error('unexpected ajv standalone output: no "use strict" prologue');
  code = code.slice(strict.length);

  // ajv exports one `export const <kind> = validateN;` per kind; export them as one typed record instead.
  const names = new Map<string, string>();
  code = code.replace(/^export const ([A-Za-z_$][\w$]*) = (validate\d+);\n/gm, (_, kind: string, fn: string) => {
    names.set(kind, fn);
    return '';
  });
  if (names.size !== DOCUMENT_KINDS.length || DOCUMENT_KINDS.some((kind) => !names.has(kind)) || /^export /m.test(code)) {
    throw new Error(`unexpected ajv standalone exports: ${[...names.keys()].join(', ')}`);
  }

  // Standalone code refers to ajv's run-time helpers (e.g. ucs2length for minLength) with require().
  const required = [...code.matchAll(/require\(("[^"]*")\)/g)].map((m) => JSON.parse(m[1]!) as string);
  const foreign = required.filter((id) => !id.startsWith('ajv/dist/runtime/'));
  if (foreign.length > 0) throw new Error(`generated validators would require ${foreign.join(', ')}`);

  const ajvVersion = (createRequire(import.meta.url)('ajv/package.json') as { version: string }).version;
  const modelTypes = modelTypesOfConfigSchema(schemaDocument('config'));
  return [
    '// @ts-nocheck',
    `// GENERATED FILE, do not edit. ajv ${ajvVersion} standalone validators for schemas/*.schema.json,`,
    '// written by packages/schema/src/generate-validators.ts. After changing a schema (or ajv), run',
    `// \`${REGENERATE_COMMAND}\`; a unit test fails while this file is stale.`,
    'import type { ValidateFunction } from "ajv/dist/2020.js";',
    'import type { DocumentKind } from "../document-kind.js";',
    ...(required.length > 0 ? ['import { createRequire } from "node:module";', 'const require = createRequire(import.meta.url);'] : []),
    code.trimEnd(),
    '',
    '/** The validator of each document kind. */',
    'export const validators: { readonly [K in DocumentKind]: ValidateFunction } = Object.freeze({',
    ...DOCUMENT_KINDS.map((kind) => `  ${kind}: ${names.get(kind)},`),
    '});',
    '',
    '/** The model types config.schema.json has a sub-schema for, sorted. */',
    `export const CONFIG_MODEL_TYPES: readonly string[] = Object.freeze(${JSON.stringify(modelTypes)});`,
    '',
  ].join('\n');
}
