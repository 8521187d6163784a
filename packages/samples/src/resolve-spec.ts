import { FAMILIES } from './families/family-registry.js';
import { SamplesError } from './errors.js';
import type { FamilyDefinition } from './families/family-definition.js';
import {
  SAMPLE_DTYPES,
  SAMPLE_FAMILIES,
  SAMPLE_HEADS,
  type ResolvedSampleSpec,
  type SampleHead,
  type SampleRopeScaling,
  type SampleSpec,
} from './sample-spec.js';

/** Tiny defaults: big enough to exercise every code path, small enough to commit. */
export const SAMPLE_DEFAULTS = {
  hidden: 32,
  layers: 2,
  heads: 4,
  intermediate: 64,
  maxPositions: 64,
  embeddingSize: 16,
} as const;

/** RoBERTa positions start after the padding id, so configs carry 2 extra rows (514 for 512). */
const ROBERTA_POSITION_OFFSET = 2;
/** Families with a factorized embedding (embedding_size). */
const FACTORIZED_FAMILIES: readonly string[] = ['albert', 'electra'];

/** A generator for *tiny* models: refuse sizes that would need gigabytes by mistake. */
const MAX_DIMENSION = 4096;
const MAX_LAYERS = 64;
const MAX_SHARDS = 99_999;

const DEFAULT_LABELS: Partial<Record<SampleHead, readonly string[]>> = {
  'sequence-classification': ['negative', 'positive'],
  'token-classification': ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'],
};
/** Question answering predicts start and end logits. */
const QA_OUTPUTS = 2;

function invalid(message: string, pointer: string, hint: string): SamplesError {
  return new SamplesError('SAMPLE_INVALID_SPEC', message, { pointer, hint });
}

function positiveInt(value: number | undefined, fallback: number, field: string, max: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1 || v > max) {
    throw invalid(`${field} must be an integer in 1..${max}, got ${String(v)}`, `/${field}`, `use a small positive integer`);
  }
  return v;
}

/** Fill in defaults and check every rule; throws `SamplesError` naming the offending field. */
export function resolveSampleSpec(spec: SampleSpec): ResolvedSampleSpec {
  if (!(SAMPLE_FAMILIES as readonly string[]).includes(spec.family)) {
    throw invalid(`unknown family ${JSON.stringify(spec.family)}`, '/family', `one of ${SAMPLE_FAMILIES.join(', ')}`);
  }
  if (!(SAMPLE_HEADS as readonly string[]).includes(spec.head)) {
    throw invalid(`unknown head ${JSON.stringify(spec.head)}`, '/head', `one of ${SAMPLE_HEADS.join(', ')}`);
  }
  const family = FAMILIES[spec.family];
  if (family.architectures[spec.head] === undefined) {
    const supported = SAMPLE_HEADS.filter((h) => family.architectures[h] !== undefined);
    throw new SamplesError('SAMPLE_UNSUPPORTED_HEAD', `${spec.family} has no ${spec.head} head here`, {
      pointer: '/head',
      hint: `supported heads for ${spec.family}: ${supported.join(', ')}`,
    });
  }
  if (!Number.isSafeInteger(spec.seed) || spec.seed < 0) {
    throw invalid(`seed must be a non-negative safe integer, got ${String(spec.seed)}`, '/seed', 'use e.g. 0 or 42');
  }
  const hidden = positiveInt(spec.hidden, SAMPLE_DEFAULTS.hidden, 'hidden', MAX_DIMENSION);
  const layers = positiveInt(spec.layers, SAMPLE_DEFAULTS.layers, 'layers', MAX_LAYERS);
  const heads = positiveInt(spec.heads, SAMPLE_DEFAULTS.heads, 'heads', MAX_DIMENSION);
  const intermediate = positiveInt(spec.intermediate, SAMPLE_DEFAULTS.intermediate, 'intermediate', MAX_DIMENSION * 4);
  const positions = positiveInt(spec.maxPositions, SAMPLE_DEFAULTS.maxPositions, 'maxPositions', MAX_DIMENSION);
  if (hidden % heads !== 0) {
    throw invalid(`hidden ${hidden} is not divisible by heads ${heads}`, '/heads', 'pick heads dividing hidden');
  }
  const decoder = resolveDecoderKnobs(spec, family, { hidden, heads, layers, positions });
  const factorized = FACTORIZED_FAMILIES.includes(spec.family);
  if (spec.embeddingSize !== undefined && !factorized) {
    throw invalid('embeddingSize only applies to albert and electra', '/embeddingSize', 'remove embeddingSize');
  }
  const embeddingSize = factorized
    ? positiveInt(spec.embeddingSize, SAMPLE_DEFAULTS.embeddingSize, 'embeddingSize', MAX_DIMENSION)
    : hidden;
  if (spec.family === 'electra' && embeddingSize === hidden) {
    throw invalid('electra embeddingSize must differ from hidden', '/embeddingSize', 'the samples always exercise embeddings_project');
  }

  const withPoolerDefault = family.headsWithPooler.includes(spec.head);
  const withPooler = spec.withPooler ?? withPoolerDefault;
  if (withPooler !== withPoolerDefault && !(spec.head === 'base' && family.hasPooler)) {
    throw invalid(
      `${family.architectures[spec.head]} ${withPoolerDefault ? 'always has' : 'never has'} a pooler`,
      '/withPooler',
      'withPooler can only be switched off on base models of BERT, RoBERTa-family and ALBERT',
    );
  }

  const tokenizer = spec.tokenizer ?? family.tokenizers[0]!;
  if (tokenizer !== 'none' && !family.tokenizers.includes(tokenizer)) {
    throw new SamplesError('SAMPLE_UNSUPPORTED_TOKENIZER', `${spec.family} cannot use a ${tokenizer} tokenizer`, {
      pointer: '/tokenizer',
      hint: `use ${family.tokenizers.join(' or ')} or none`,
    });
  }

  const labelled = spec.head === 'sequence-classification' || spec.head === 'token-classification';
  if (spec.labels !== undefined && !labelled) {
    throw invalid(`${spec.head} takes no labels`, '/labels', 'labels apply to sequence- and token-classification');
  }
  const labels = labelled ? (spec.labels ?? DEFAULT_LABELS[spec.head]!) : undefined;
  if (labels) {
    if (labels.length === 0 || labels.some((l) => typeof l !== 'string' || l === '')) {
      throw invalid('labels must be non-empty strings', '/labels', 'give at least one label');
    }
    if (new Set(labels).size !== labels.length) throw invalid('labels must be unique', '/labels', 'remove duplicates');
  }
  const numLabels = labels ? labels.length : spec.head === 'question-answering' ? QA_OUTPUTS : undefined;

  const shards = positiveInt(spec.shards, 1, 'shards', MAX_SHARDS);
  const dtype = spec.dtype ?? 'F32';
  if (!(SAMPLE_DTYPES as readonly string[]).includes(dtype)) {
    throw invalid(`unsupported dtype ${JSON.stringify(dtype)}`, '/dtype', `one of ${SAMPLE_DTYPES.join(', ')}`);
  }
  if (spec.tieWordEmbeddings !== undefined && !family.decoder) {
    throw invalid('tieWordEmbeddings only applies to decoders', '/tieWordEmbeddings', 'remove it');
  }
  const tieWordEmbeddings = spec.tieWordEmbeddings ?? (family.decoder && family.descriptor.tieWordEmbeddingsDefault);

  const d = family.descriptor;
  const roberta = d.kind === 'encoder' && d.convert?.positionsAfterPadding === true;
  return {
    family: spec.family,
    head: spec.head,
    seed: spec.seed,
    hidden,
    layers,
    heads,
    kvHeads: decoder.kvHeads,
    intermediate,
    maxPositionEmbeddings: positions + (roberta ? ROBERTA_POSITION_OFFSET : 0),
    modelMaxLength: positions,
    embeddingSize,
    withPooler,
    tokenizer,
    vocabularyKind: family.tokenizers[0]!,
    labels,
    numLabels,
    shards,
    dtype,
    tieWordEmbeddings,
    headDim: decoder.headDim,
    slidingWindow: decoder.slidingWindow,
    useSlidingWindow: decoder.useSlidingWindow,
    maxWindowLayers: decoder.maxWindowLayers,
    partialRotaryFactor: decoder.partialRotaryFactor,
    attentionBias: decoder.attentionBias,
    mlpBias: decoder.mlpBias,
    ropeScaling: decoder.ropeScaling,
  };
}

type DecoderKnobs = Pick<
  ResolvedSampleSpec,
  'kvHeads' | 'headDim' | 'slidingWindow' | 'useSlidingWindow' | 'maxWindowLayers' | 'partialRotaryFactor' | 'attentionBias' | 'mlpBias' | 'ropeScaling'
>;

/** Spec fields that only some decoder families read, and which descriptor knob makes them apply. */
const DECODER_FIELDS = ['kvHeads', 'headDim', 'slidingWindow', 'useSlidingWindow', 'maxWindowLayers', 'partialRotaryFactor', 'attentionBias', 'mlpBias', 'ropeScaling'] as const;

/** The values of the decoder knobs (defaults for families that do not read them) after checking every rule. */
function resolveDecoderKnobs(
  spec: SampleSpec,
  family: FamilyDefinition,
  sizes: { hidden: number; heads: number; layers: number; positions: number },
): DecoderKnobs {
  const d = family.descriptor;
  const s = d.kind === 'decoder' ? d.convert : undefined;
  const defaults = family.decoderKnobs?.defaults ?? {};
  const applies = decoderFieldsRead(family);
  for (const field of DECODER_FIELDS) {
    if (spec[field] !== undefined && !applies[field]) {
      const readers = SAMPLE_FAMILIES.filter((f) => decoderFieldsRead(FAMILIES[f])[field]);
      throw invalid(`${field} does not apply to ${spec.family}`, `/${field}`, `remove ${field} (it applies to ${readers.join(', ') || 'no family'})`);
    }
  }
  const { hidden, heads } = sizes;
  const kvDefault = defaults.kvHeads ?? (heads % 2 === 0 ? heads / 2 : heads);
  const kvHeads = applies.kvHeads ? positiveInt(spec.kvHeads, kvDefault, 'kvHeads', heads) : heads;
  if (heads % kvHeads !== 0) {
    throw invalid(`heads ${heads} is not divisible by kvHeads ${kvHeads}`, '/kvHeads', 'pick kvHeads dividing heads');
  }
  const headDim = applies.headDim ? positiveInt(spec.headDim, defaults.headDim ?? hidden / heads, 'headDim', MAX_DIMENSION) : hidden / heads;
  const rope = s?.positions === 'rope';
  if (rope && headDim % 2 !== 0) {
    const field = spec.headDim !== undefined || defaults.headDim !== undefined ? '/headDim' : '/hidden';
    throw invalid(`${spec.family} head_dim ${headDim} must be even (rotary pairs)`, field, 'pick an even head size (hidden / heads, or headDim)');
  }
  const partialRotaryFactor = spec.partialRotaryFactor ?? defaults.partialRotaryFactor ?? 1;
  if (applies.partialRotaryFactor) {
    const rotary = Math.floor(headDim * partialRotaryFactor);
    if (!(partialRotaryFactor > 0 && partialRotaryFactor <= 1) || rotary < 2 || rotary % 2 !== 0) {
      throw invalid(
        `partialRotaryFactor ${String(partialRotaryFactor)} rotates ${rotary} of ${headDim} dims`,
        '/partialRotaryFactor',
        'pick a factor in (0, 1] whose rotated share of head_dim is even and at least 2',
      );
    }
  }
  const slidingWindow = spec.slidingWindow === undefined ? (defaults.slidingWindow ?? null) : spec.slidingWindow;
  if (slidingWindow !== null && (!Number.isInteger(slidingWindow) || slidingWindow < 1 || slidingWindow > MAX_DIMENSION)) {
    throw invalid(`slidingWindow must be an integer in 1..${MAX_DIMENSION} or null, got ${String(slidingWindow)}`, '/slidingWindow', 'use a window smaller than the prompts, e.g. 4');
  }
  const useSlidingWindow = spec.useSlidingWindow ?? false;
  if (applies.useSlidingWindow && slidingWindow === null) {
    throw invalid('qwen configurations always carry a sliding_window', '/slidingWindow', 'give a number (it counts only with useSlidingWindow)');
  }
  const maxWindowLayers = spec.maxWindowLayers ?? defaults.maxWindowLayers ?? 0;
  if (!Number.isInteger(maxWindowLayers) || maxWindowLayers < 0 || maxWindowLayers > sizes.layers) {
    throw invalid(`maxWindowLayers must be an integer in 0..${sizes.layers}, got ${String(maxWindowLayers)}`, '/maxWindowLayers', 'the first windowed layer');
  }
  const ropeScaling = spec.ropeScaling;
  if (ropeScaling !== undefined) checkRopeScaling(ropeScaling, sizes.positions);
  return {
    kvHeads,
    headDim,
    slidingWindow,
    useSlidingWindow,
    maxWindowLayers,
    partialRotaryFactor,
    attentionBias: spec.attentionBias ?? false,
    mlpBias: spec.mlpBias ?? false,
    ropeScaling,
  };
}

/** Which decoder fields a family reads: from its descriptor's knobs, plus what its configuration class writes. */
function decoderFieldsRead(family: FamilyDefinition): Record<(typeof DECODER_FIELDS)[number], boolean> {
  const d = family.descriptor;
  const s = d.kind === 'decoder' ? d.convert : undefined;
  const knobs = family.decoderKnobs;
  return {
    kvHeads: s?.config.kvHeads !== undefined,
    headDim: knobs?.headDim === true,
    slidingWindow: s !== undefined && s.attention.slidingWindow !== 'none',
    useSlidingWindow: s?.attention.slidingWindow === 'qwen2',
    maxWindowLayers: s?.attention.slidingWindow === 'qwen2',
    partialRotaryFactor: s?.partialRotaryKey !== undefined,
    attentionBias: s?.attention.bias === 'config',
    mlpBias: s?.mlp.bias === 'config',
    ropeScaling: knobs?.ropeScaling === true,
  };
}

const ROPE_SCALING_TYPES: readonly string[] = ['linear', 'dynamic', 'llama3'];

function checkRopeScaling(r: SampleRopeScaling, positions: number): void {
  if (typeof r !== 'object' || r === null || !ROPE_SCALING_TYPES.includes(r.type)) {
    throw invalid(`unsupported ropeScaling ${JSON.stringify(r)}`, '/ropeScaling/type', `type is one of ${ROPE_SCALING_TYPES.join(', ')}`);
  }
  if (typeof r.factor !== 'number' || !(r.factor >= 1) || !Number.isFinite(r.factor)) {
    throw invalid(`ropeScaling factor must be a number >= 1, got ${String(r.factor)}`, '/ropeScaling/factor', 'e.g. 2');
  }
  if (r.type === 'llama3') {
    const low = r.lowFreqFactor ?? 1;
    const high = r.highFreqFactor ?? 4;
    if (!(low > 0) || !(high > low)) {
      throw invalid(`llama3 needs 0 < lowFreqFactor < highFreqFactor (got ${low}, ${high})`, '/ropeScaling/highFreqFactor', 'e.g. 1 and 4');
    }
    const original = r.originalMaxPositions ?? 16;
    if (!Number.isInteger(original) || original < 1 || original > positions) {
      throw invalid(`originalMaxPositions must be an integer in 1..${positions}`, '/ropeScaling/originalMaxPositions', 'e.g. 16');
    }
  }
}
