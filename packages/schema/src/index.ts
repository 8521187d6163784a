export { DOCUMENT_KINDS, DOCUMENT_KIND_INFO, isDocumentKind } from './document-kind.js';
export type { DocumentKind, DocumentKindInfo, DocumentIssueCode, SchemaIssueCode } from './document-kind.js';
export { SchemaError } from './schema-error.js';
export type { SchemaErrorCode } from './schema-error.js';
export { schemaPath, SCHEMAS_DIR } from './schema-path.js';
export { validateDocument, MAX_DOCUMENT_ISSUES } from './validate-document.js';
export type { ValidateDocumentOptions } from './validate-document.js';
export { readJsonDocument } from './read-json-document.js';
export type { ReadJsonDocumentOptions, DocumentReadResult } from './read-json-document.js';
export { configModelTypes } from './config-model-types.js';
export type { DocumentValue, DocumentValues } from './document-value.js';
export type { HfConfig } from './hf-config.js';
export type {
  TokenizerJson,
  TokenizerModelJson,
  WordPieceModelJson,
  BpeModelJson,
  UnigramModelJson,
  WordLevelModelJson,
  AddedTokenJson,
  NormalizerJson,
  NormalizerType,
  PreTokenizerJson,
  PreTokenizerType,
  PostProcessorJson,
  DecoderJson,
  DecoderType,
  TemplatePieceJson,
  PatternJson,
  SplitBehavior,
  TruncationJson,
  PaddingJson,
} from './tokenizer-json.js';
export type { TokenizerConfig, SpecialTokensMap, AddedTokenObject, SpecialTokenValue } from './hf-tokenizer-files.js';
export type { GenerationConfig } from './generation-config.js';
export type { SafetensorsIndex } from './safetensors-index.js';
export type {
  MlpackManifest,
  ManifestBase,
  ConversionManifest,
  BundleManifest,
  ManifestSource,
  ManifestFile,
  ManifestGraph,
  ManifestTarget,
  OnnxTarget,
  TargetParity,
  TfjsTarget,
  ManifestTensorSpec,
} from './mlpack-manifest.js';
export type { MlpackGolden, GoldenInputTensor, GoldenOutputTensor } from './mlpack-golden.js';
