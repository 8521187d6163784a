/**
 * Family facts come from `@mlpack/families` (one descriptor per family); this module keeps the
 * names `@mlpack/model` has always exported.
 */
export {
  FAMILIES as MODEL_FAMILIES,
  HEAD_TASKS,
  KNOWN_ARCHITECTURES,
  LM_HEADS,
  headForTask,
  lookupArchitecture,
  lookupFamily,
  normalizeModelType,
} from '@mlpack/families';
export type { FamilyDescriptor as ModelFamily, HeadKind, KnownArchitecture } from '@mlpack/families';
