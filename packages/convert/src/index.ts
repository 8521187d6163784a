export { convertModel } from './convert-model.js';
export { labelsOf } from './labels-of.js';
export type { ConvertResult } from './convert-model.js';
export { parseTargets, resolveOptions, TARGETS } from './conversion-options.js';
export type { ConvertOptions, ResolvedOptions, Target } from './conversion-options.js';
export { buildConversionManifest } from './conversion-manifest.js';
export type { ConversionManifest, ManifestFile, ManifestTarget, TargetParity } from './conversion-manifest.js';
export {
  EMBEDDING_QUANTIZING_DTYPES,
  ONNX_VARIANT_FILES,
  TFJS_VARIANT_DIRS,
  VARIANT_DTYPES,
  isKvCacheName,
  kvCacheDtype,
  parseDtypes,
  planVariants,
  variantGraph,
} from './plan-variants.js';
export type { OnnxVariantDType, TfjsVariantDType, VariantDType, VariantOptions, VariantPlan } from './plan-variants.js';
export type { ParityGate, ParityGateContext } from './parity-gate.js';
export { SHARED_SOURCE_BYTES } from './convert-model.js';
export { listFiles } from './list-files.js';
export { ConvertError } from './errors.js';
export { completeTokenizerFiles, CONVERT_NOTICE_CODES, GENERATED_TOKENIZER_CONFIG } from './complete-tokenizer-files.js';
export type { CompletedTokenizerFiles, ConvertNoticeCode } from './complete-tokenizer-files.js';
export type { ConvertErrorCode } from './errors.js';
