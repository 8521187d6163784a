import type { Issue } from '@mlpack/core';
import { PRECOMPILED_CONFIG_MODEL_TYPES } from './precompiled-validators.js';

/**
 * The model types config.schema.json has a sub-schema for (its `allOf` of
 * `if: {properties: {model_type: {const}}}` blocks), sorted. Read from the schema when the
 * validators are generated, so that the schema stays the one list.
 */
export function configModelTypes(): readonly string[] {
  return PRECOMPILED_CONFIG_MODEL_TYPES;
}

/**
 * A config whose model_type has no sub-schema validates against the common fields only: say so
 * with a warning (`CONFIG_UNKNOWN_MODEL_TYPE`), since its size fields went unchecked.
 */
export function checkConfigModelType(config: unknown, file: string): Issue[] {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return [];
  const modelType = (config as Record<string, unknown>).model_type;
  if (typeof modelType !== 'string' || modelType === '') return [];
  const known = configModelTypes();
  if (known.includes(modelType)) return [];
  return [
    {
      severity: 'warning',
      code: 'CONFIG_UNKNOWN_MODEL_TYPE',
      file,
      pointer: '/model_type',
      message: `model_type ${JSON.stringify(modelType)} is not one mlpack knows; only the common config fields were checked`,
      hint: `known model types: ${known.join(', ')}`,
    },
  ];
}
