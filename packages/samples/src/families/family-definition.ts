import type { FamilyDescriptor } from '@mlpack/families';
import type { PyJson } from '../python-json.js';
import type { ResolvedSampleSpec, SampleHead } from '../sample-spec.js';
import type { SpecialTokenIds, TokenizerKind } from '../tokenizers/tokenizer-bundle.js';

/**
 * How a tensor's initial values are drawn: `normal` N(0, 0.2) for matrices and embeddings,
 * `norm-weight` 1 + N(0, 0.1) for LayerNorm/RMSNorm scales, `bias` N(0, 0.05) for biases and
 * LayerNorm shifts.
 */
export type InitKind = 'normal' | 'norm-weight' | 'bias';

/** One tensor of the checkpoint, before its values exist. */
export interface TensorPlan {
  /** Name as stored in model.safetensors (base-model prefix included for head models). */
  name: string;
  shape: number[];
  init: InitKind;
  /** Name the values are seeded from (without the base-model prefix: backbones match across heads). */
  seedName: string;
  /** Row left at zero, as transformers initializes an embedding's `padding_idx` row. */
  zeroRow?: number;
}

/** A backbone or head tensor before prefixing. */
export interface LocalTensor {
  name: string;
  shape: number[];
  init: InitKind;
  zeroRow?: number;
}

/** What a family definition sees: the resolved spec plus the vocabulary facts. */
export interface FamilyContext {
  spec: ResolvedSampleSpec;
  vocabSize: number;
  specialIds: SpecialTokenIds;
}

/** Defaults of a decoder family's sample knobs: what makes its samples exercise what is distinctive. */
export interface DecoderSampleDefaults {
  kvHeads?: number;
  headDim?: number;
  slidingWindow?: number | null;
  useSlidingWindow?: boolean;
  maxWindowLayers?: number;
  partialRotaryFactor?: number;
}

/** What the spec resolution needs to know about a decoder family beyond its descriptor. */
export interface DecoderSampleKnobs {
  defaults: DecoderSampleDefaults;
  /** Whether the configuration class has `rope_scaling` (llama, qwen2, qwen3). */
  ropeScaling: boolean;
  /** Whether the configuration class has a free `head_dim` (llama, mistral, qwen3, gemma). */
  headDim: boolean;
}

/** Everything the generator knows about one transformers model family. */
export interface FamilyDefinition {
  /** transformers `model_type` (the descriptor's). */
  modelType: string;
  /** The family's descriptor in `@mlpack/families`: classes, tokenizer class, decoder knobs. */
  descriptor: FamilyDescriptor;
  /** Decoders: sample-knob defaults (the knobs that apply come from the descriptor). */
  decoderKnobs?: DecoderSampleKnobs;
  /** `transformers_version` written to config.json when the family is newer than TRANSFORMERS_VERSION. */
  transformersVersion?: string;
  /** `base_model_prefix` of the head classes (`bert`, `transformer`, `model`, ...). */
  basePrefix: string;
  /** Class name per supported head. */
  architectures: Partial<Record<SampleHead, string>>;
  /** Tokenizers that fit the family; the first is the default. */
  tokenizers: readonly TokenizerKind[];
  /** Whether the base model can carry a pooler (and so `withPooler` means something). */
  hasPooler: boolean;
  /** Heads whose class builds the base model with its pooler (e.g. BertForSequenceClassification). */
  headsWithPooler: readonly SampleHead[];
  /** Whether the family is a decoder (tie option, generation_config.json for causal-lm). */
  decoder: boolean;
  /** Model-specific config.json fields (the generic ones are added by the caller). */
  config(ctx: FamilyContext): Record<string, PyJson>;
  /** Base-model tensors, names relative to the base model. */
  backbone(ctx: FamilyContext): LocalTensor[];
  /** Head tensors (top-level names) for a non-base head. */
  head(ctx: FamilyContext): LocalTensor[];
}

/** A Linear layer's weight [out, in] and bias [out]. */
export function linear(name: string, out: number, inp: number, bias = true): LocalTensor[] {
  const w: LocalTensor = { name: `${name}.weight`, shape: [out, inp], init: 'normal' };
  return bias ? [w, { name: `${name}.bias`, shape: [out], init: 'bias' }] : [w];
}

/** A LayerNorm's weight and bias. */
export function layerNorm(name: string, size: number): LocalTensor[] {
  return [
    { name: `${name}.weight`, shape: [size], init: 'norm-weight' },
    { name: `${name}.bias`, shape: [size], init: 'bias' },
  ];
}

/** An embedding table [rows, size], optionally with its padding row zeroed. */
export function embedding(name: string, rows: number, size: number, paddingIdx?: number): LocalTensor {
  return paddingIdx === undefined
    ? { name: `${name}.weight`, shape: [rows, size], init: 'normal' }
    : { name: `${name}.weight`, shape: [rows, size], init: 'normal', zeroRow: paddingIdx };
}

/** Standard transformers id2label/label2id entries, omitted when equal to the 2-label default. */
export function labelFields(labels: readonly string[] | undefined): Record<string, PyJson> {
  if (!labels) return {};
  if (labels.length === 2 && labels[0] === 'LABEL_0' && labels[1] === 'LABEL_1') return {};
  return {
    // Python sorts dict[int, str] keys numerically: a Map keeps that order.
    id2label: new Map(labels.map((l, i): [string, PyJson] => [String(i), l])),
    label2id: Object.fromEntries(labels.map((l, i) => [l, i])),
  };
}
