export { SamplesError } from './errors.js';
export type { SamplesErrorCode } from './errors.js';
export { SAMPLE_FAMILIES, SAMPLE_HEADS, SAMPLE_DTYPES } from './sample-spec.js';
export type {
  SampleSpec,
  SampleFamily,
  SampleHead,
  SampleTokenizer,
  SampleDType,
  SampleRopeScaling,
  ResolvedSampleSpec,
} from './sample-spec.js';
export { SAMPLE_DEFAULTS, resolveSampleSpec } from './resolve-spec.js';
export { supportedSampleHeads, isSupportedSample } from './supported-samples.js';
export { planSample } from './plan-sample.js';
export type { SamplePlan } from './plan-sample.js';
export { generateSample, materializeTensors } from './generate-sample.js';
export type { GenerateSampleOptions } from './generate-sample.js';
export { SAMPLE_SET, generateAllSamples } from './sample-set.js';
export type { SampleEntry, GenerateAllOptions } from './sample-set.js';
export { runSamplesCli, checkSamples, SAMPLES_CLI_USAGE } from './run-samples-cli.js';
export type { SamplesCliIo } from './run-samples-cli.js';
export { hashTree, diffTrees } from './hash-tree.js';
export type { TreeDifference } from './hash-tree.js';
export { TRANSFORMERS_VERSION } from './build-config.js';
export { reshardWeights, shardFileName } from './write-weights.js';
export type { ReshardResult } from './write-weights.js';
export { INIT_STD } from './init-weights.js';
export { f32ToBf16 } from './encode-tensor.js';
export { CORPUS } from './corpus.js';
export type { TokenizerKind, SpecialTokenIds } from './tokenizers/tokenizer-bundle.js';
export type { InitKind, TensorPlan } from './families/family-definition.js';
