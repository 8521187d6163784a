import type { DType } from '@mlpack/core';
import { buildConfig, buildGenerationConfig } from './build-config.js';
import type { FamilyContext, TensorPlan } from './families/family-definition.js';
import { FAMILIES } from './families/family-registry.js';
import { planTensors } from './plan-tensors.js';
import { transformersJson } from './python-json.js';
import { resolveSampleSpec } from './resolve-spec.js';
import type { ResolvedSampleSpec, SampleSpec } from './sample-spec.js';
import { buildTokenizer } from './tokenizers/build-tokenizer.js';
import type { SpecialTokenIds, TokenizerBundle } from './tokenizers/tokenizer-bundle.js';

/** Everything a sample folder will contain, before any weight value is drawn. */
export interface SamplePlan {
  spec: ResolvedSampleSpec;
  /** transformers class name (config.json `architectures[0]`). */
  architecture: string;
  /** `base_model_prefix` used for head models (`bert`, `transformer`, `model`, ...). */
  basePrefix: string;
  vocabSize: number;
  specialIds: SpecialTokenIds;
  /** config.json as plain JSON (what a reader of the file gets). */
  config: Record<string, unknown>;
  /** The exact bytes of config.json (Python `json.dumps` layout). */
  configText: string;
  /** generation_config.json as plain JSON, for causal-lm heads only. */
  generationConfig: Record<string, unknown> | undefined;
  /** The exact bytes of generation_config.json, for causal-lm heads only. */
  generationConfigText: string | undefined;
  /** Tensors in name order, with the dtype they are stored in. */
  tensors: (TensorPlan & { dtype: DType })[];
  /** Tokenizer files to write (none for `tokenizer: 'none'`). */
  tokenizer: TokenizerBundle | undefined;
}

/** Resolve the spec and plan the folder: config, tensor names/shapes, tokenizer. Throws `SamplesError`. */
export function planSample(spec: SampleSpec): SamplePlan {
  const resolved = resolveSampleSpec(spec);
  const family = FAMILIES[resolved.family];
  const vocabulary = buildTokenizer(resolved.vocabularyKind, family.descriptor.tokenizerClass, resolved.modelMaxLength);
  const ctx: FamilyContext = { spec: resolved, vocabSize: vocabulary.vocabSize, specialIds: vocabulary.specialIds };
  const configText = transformersJson(buildConfig(ctx));
  const generationConfigText = resolved.head === 'causal-lm' ? transformersJson(buildGenerationConfig(ctx)) : undefined;
  return {
    spec: resolved,
    architecture: family.architectures[resolved.head]!,
    basePrefix: family.basePrefix,
    vocabSize: vocabulary.vocabSize,
    specialIds: vocabulary.specialIds,
    config: JSON.parse(configText) as Record<string, unknown>,
    configText,
    generationConfig: generationConfigText === undefined ? undefined : (JSON.parse(generationConfigText) as Record<string, unknown>),
    generationConfigText,
    tensors: planTensors(ctx).map((t) => ({ ...t, dtype: resolved.dtype })),
    tokenizer: resolved.tokenizer === 'none' ? undefined : vocabulary,
  };
}
