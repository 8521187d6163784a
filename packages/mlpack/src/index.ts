/**
 * mlpack's public library API. The functions behind each CLI command are exported by name; every
 * package is also available as a namespace (`import { safetensors, onnx } from 'mlpack'`) for the
 * lower-level pieces.
 */

// Errors and shared types
export { MlpackError, UsageError, isMlpackError, MLPACK_VERSION } from '@mlpack/core';
export type { Issue, Severity, ValidationResult, DType, TensorInfo, TensorSource, HostTensor, HostTensorMap, ErrorJson } from '@mlpack/core';

// read + validate
export { openWeights, checkWeights, openSafetensors, writeSafetensors, SafetensorsError } from '@mlpack/safetensors';
export { validateDocument, readJsonDocument } from '@mlpack/schema';
export type { DocumentKind, HfConfig, MlpackManifest, MlpackGolden } from '@mlpack/schema';
export { readModelFolder, inspectModel, resolveTask, KNOWN_TASKS, ModelError } from '@mlpack/model';
export { FAMILIES, CONVERTIBLE_FAMILIES, lookupFamily, lookupArchitecture } from '@mlpack/families';
export type { FamilyDescriptor, DecoderFamily, EncoderFamily, DecoderSpec } from '@mlpack/families';
export { loadTokenizer, tokenizerFilesOf, TokenizerError } from '@mlpack/tokenizers';
export type { LoadedTokenizer, EncodedText, TokenizerFiles } from '@mlpack/tokenizers';
export type { ModelFolder, ReadModelResult, InspectReport, Task } from '@mlpack/model';

// graph + emitters
export {
  GraphBuilder,
  convertToFloat16,
  quantizeMatMulInt8,
  quantizeMatMulNBits,
  quantizeEmbeddings,
  storeWeightsAsFloat16,
  affineWeightStorage,
} from '@mlpack/graph';
export type { Graph, GraphPass } from '@mlpack/graph';
export { buildModelGraph, architectureSupport, checkConversionPlan, SUPPORTED, ArchitectureError } from '@mlpack/architectures';
export type { BuiltModel, BuiltGraph, IoSpec } from '@mlpack/architectures';
export { emitOnnx, OnnxError } from '@mlpack/onnx';
export { emitTfjs, TfjsError } from '@mlpack/tfjs';

// convert, verify, bundle
export { convertModel, ConvertError } from '@mlpack/convert';
export type { ConvertOptions, ConvertResult, ConversionManifest, ParityGate, VariantDType } from '@mlpack/convert';
export { runReference, runReference64 } from '@mlpack/reference';
export { verifyConversion, formatVerifyReport, variantParityGate, PARITY_GATES, LM_PARITY_GATES, VerifyError } from '@mlpack/verify';
export type { VerifyOptions, VerifyReport } from '@mlpack/verify';
export { generateText, GenerateError } from '@mlpack/generate';
export type { GenerateOptions, GenerateResult } from '@mlpack/generate';
export { bundleModel, unbundle, verifyBundle, formatBundleReport, keygenPair, tritonConfig, BundleError, LAYOUTS } from '@mlpack/bundle';
export type { BundleOptions, BundleResult, UnbundleOptions, UnbundleResult, VerifyBundleOptions, VerifyBundleReport, BundleLayout } from '@mlpack/bundle';

// Every package, whole
export * as core from '@mlpack/core';
export * as safetensors from '@mlpack/safetensors';
export * as schema from '@mlpack/schema';
export * as families from '@mlpack/families';
export * as tokenizers from '@mlpack/tokenizers';
export * as model from '@mlpack/model';
export * as graph from '@mlpack/graph';
export * as architectures from '@mlpack/architectures';
export * as reference from '@mlpack/reference';
export * as onnx from '@mlpack/onnx';
export * as tfjs from '@mlpack/tfjs';
export * as convert from '@mlpack/convert';
export * as verify from '@mlpack/verify';
export * as generate from '@mlpack/generate';
export * as bundle from '@mlpack/bundle';
