import { FAMILIES } from './families/family-registry.js';
import { SamplesError } from './errors.js';
import {
  SAMPLE_DTYPES,
  SAMPLE_FAMILIES,
  SAMPLE_HEADS,
  type ResolvedSampleSpec,
  type SampleHead,
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
const ROBERTA_FAMILIES: readonly string[] = ['roberta', 'xlm-roberta', 'camembert'];
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
  const isLlama = spec.family === 'llama';
  if (spec.kvHeads !== undefined && !isLlama) {
    throw invalid('kvHeads only applies to llama', '/kvHeads', 'remove kvHeads');
  }
  const kvHeads = positiveInt(spec.kvHeads, heads % 2 === 0 ? heads / 2 : heads, 'kvHeads', heads);
  if (heads % kvHeads !== 0) {
    throw invalid(`heads ${heads} is not divisible by kvHeads ${kvHeads}`, '/kvHeads', 'pick kvHeads dividing heads');
  }
  if (isLlama && (hidden / heads) % 2 !== 0) {
    throw invalid(`llama head_dim ${hidden / heads} must be even (rotary pairs)`, '/hidden', 'pick hidden/heads even');
  }
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
    throw invalid('tieWordEmbeddings only applies to gpt2 and llama', '/tieWordEmbeddings', 'remove it');
  }
  const tieWordEmbeddings = spec.tieWordEmbeddings ?? spec.family === 'gpt2';

  const roberta = ROBERTA_FAMILIES.includes(spec.family);
  return {
    family: spec.family,
    head: spec.head,
    seed: spec.seed,
    hidden,
    layers,
    heads,
    kvHeads,
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
  };
}
