export { verifyConversion, MANIFEST_FILE } from './verify-conversion.js';
export type { VerifyOptions } from './verify-conversion.js';
export type { VariantReport, VerifyReport, VerifyComparison, VerifyProblem, VerifyTargetName, VerifyAgainst } from './verify-report.js';
export { PARITY_GATES, LM_PARITY_GATES, LM_GATE_TOKENS, gateTolerance, judgeVariant } from './parity-gates.js';
export { judgeGreedy, topKOverlap, TOP_K } from './judge-greedy.js';
export { replayRunner, DEFAULT_REPLAY_BUDGET_BYTES } from './replay-runner.js';
export type { ReplayRunner } from './replay-runner.js';
export type { GateMiss, GateVerdict, ParityGateLimits, VariantDType } from './parity-gates.js';
export { variantParityGate } from './variant-parity-gate.js';
export type { VariantGateContext } from './variant-parity-gate.js';
export { variantDtype, isVariantTarget } from './variant-targets.js';
export { formatVerifyReport } from './format-verify-report.js';
export { VerifyError } from './verify-error.js';
export type { VerifyErrorCode } from './verify-error.js';
export { compareTensors, isClose, argmaxAgreement, toJsonNumber, REL_ERROR_FLOOR } from './compare.js';
export type { CompareOptions, TensorComparison, FirstBad, JsonNumber } from './compare.js';
export { compareOutputs, isLogitsOutput } from './compare-outputs.js';
export type { CompareOutputsOptions, OutputComparison, OutputsComparison } from './compare-outputs.js';
export {
  DEFAULT_ATOL,
  DEFAULT_RTOL,
  FP16_WEIGHTS_ATOL,
  FP16_WEIGHTS_RTOL,
  float32Tolerance,
  tfjsTolerance,
  goldenTolerance,
  checkToleranceOverrides,
} from './tolerances.js';
export type { Tolerance, ToleranceOverrides } from './tolerances.js';
export {
  readGolden,
  parseGolden,
  writeGolden,
  goldenDocument,
  GOLDEN_FORMAT,
  GOLDEN_VERSION,
  GOLDEN_MAX_BYTES,
  LEGACY_OUTPUT_NAMES,
  alignGoldenOutputs,
} from './goldens.js';
export type { Golden, GoldenRecord, ParseGoldenOptions } from './goldens.js';
export { makeInputs, DEFAULT_TEXTS, DEFAULT_PAIRS, DEFAULT_RANDOM_LENGTHS, DEFAULT_SEED, MIN_BATCH, SUPPORTED_INPUTS } from './make-inputs.js';
export type { MakeInputsOptions, MadeInputs, TokenizerFiles } from './make-inputs.js';
// makeInputs takes the tokenizer @mlpack/tokenizers picks for a folder (re-exported for callers of makeInputs).
export { tokenizerFilesOf } from '@mlpack/tokenizers';
export type { TokenizerSettings } from '@mlpack/tokenizers';
export type { Runner } from './runner.js';
export { RUNTIME_PACKAGES, importRuntime } from './import-runtime.js';
export type { RuntimePackage } from './import-runtime.js';
export { createOnnxRunner, ORT_DEFAULT_THREADS, ORT_MAX_THREADS } from './onnx-runner.js';
export { timeDecoding } from './time-decoding.js';
export type { DecodingTimes, TimeDecodingOptions } from './time-decoding.js';
export type { OnnxRunner, OnnxRunnerOptions } from './onnx-runner.js';
export { createTfjsRunner } from './tfjs-runner.js';
export type { TfjsRunner, TfjsRunnerOptions } from './tfjs-runner.js';
export { checkTfjsModel, TFJS_ALLOWED_OPS, TFJS_DTYPE_BYTES, TFJS_QUANTIZATION_BYTES, TFJS_MODEL_JSON_MAX_BYTES } from './tfjs-model-check.js';
export type { TfjsModelPlan, TfjsWeightSpec, TfjsWeightDType, TfjsQuantizationDType } from './tfjs-model-check.js';
export { createReferenceRunner } from './reference-runner.js';
export type { ReferenceRunnerOptions } from './reference-runner.js';
export { seededRandom } from './seeded-random.js';
export type { SeededRandom } from './seeded-random.js';
export { attendedPositions, cacheSpecOf, emptyPast, isDecoderSignature, leftPadded, pastFromPresent, positionIds } from './decoder-batch.js';
export type { CacheSpec, LeftPaddedBatch } from './decoder-batch.js';
export { greedyParity } from './greedy-parity.js';
export type { GreedyParity, GreedyDivergence } from './greedy-parity.js';
export { verifyDecoderConversion, DEFAULT_MAX_NEW_TOKENS, MAX_MAX_NEW_TOKENS } from './verify-decoder.js';
export { createDecoderReferenceRunner } from './reference-runner.js';
export { formatJunitXml, xmlText, xmlAttr } from './junit-xml.js';
export type { JunitCase, JunitSuite } from './junit-xml.js';
export { githubAnnotations, inGithubActions } from './github-annotations.js';
export { verifyReportJunit, comparisonMessage, problemCase } from './verify-junit.js';
export { MAX_BATCH, MAX_TEXTS, MAX_TEXT_BYTES, MAX_TOTAL_TOKENS } from './make-inputs.js';
export { createIsolatedOnnxRunner, DEFAULT_INFERENCE_TIMEOUT_MS } from './isolated-onnx-runner.js';
export type { IsolatedOnnxRunnerOptions } from './isolated-onnx-runner.js';
export { readOnnxOps, MAX_ONNX_NODES } from './read-onnx-ops.js';
export type { OnnxOps } from './read-onnx-ops.js';
export {
  checkOnnxOps,
  allowedOnnxOps,
  ENCODER_ONNX_OPS,
  DECODER_ONNX_OPS,
  QUANTIZED_ONNX_OPS,
  CONTRIB_ONNX_OPS,
  MLPACK_ONNX_OPS,
} from './onnx-op-allowlist.js';
export { checkConvertedFolder } from './check-converted-folder.js';
export type { ListedOutputFile } from './check-converted-folder.js';
export { checkGenerationGolden, generationGoldenOf } from './generation-golden.js';
export type { GenerationCheck, GenerationMismatch } from './generation-golden.js';
export type { GenerationGolden } from './goldens.js';
export { decoderPrompt } from './verify-decoder.js';
export type { DecoderPrompt } from './verify-decoder.js';
