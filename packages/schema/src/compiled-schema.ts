/*
 * Where validation gets its validators, and the ajv tooling behind them, under one name.
 * `compiledSchema` returns the validators generated at development time (no ajv compilation at run
 * time); the rest is re-exported from `schema-compiler.ts` for the generator and tests. Modules on
 * the validation path import `precompiled-validators.ts` directly so that ajv's compiler is never
 * loaded there.
 */
export { compiledSchema } from './precompiled-validators.js';
export {
  MESSAGE_KEYWORDS,
  SCHEMA_AJV_OPTIONS,
  createSchemaAjv,
  createSchemasAjv,
  schemaDocument,
  runtimeCompiledSchema,
  modelTypesOfConfigSchema,
} from './schema-compiler.js';
