import { jsonPointer } from '@mlpack/core';
import { isKnownActivation, ACTIVATION_NAMES } from './activations.js';
import { isReferenceFamily, isRobertaLike, REFERENCE_FAMILIES } from './families.js';
import type { ReferenceFamily } from './families.js';
import { ReferencePassError } from './reference-error.js';

/** Every hyperparameter the forward passes use, resolved from config.json plus transformers' defaults. */
export interface EncoderConfig {
  family: ReferenceFamily;
  vocabSize: number;
  /** Width of the embedding tables (ALBERT/ELECTRA `embedding_size`; the hidden size elsewhere). */
  embeddingSize: number;
  hiddenSize: number;
  numLayers: number;
  numHeads: number;
  intermediateSize: number;
  maxPositions: number;
  /** 0 for DistilBERT, which has no token-type table. */
  typeVocabSize: number;
  layerNormEps: number;
  /** ACT2FN name of the encoder's feed-forward activation (`hidden_act`, DistilBERT `activation`). */
  hiddenAct: string;
  /** `pad_token_id`; null when the config sets it to null (only RoBERTa-likes need it). */
  padTokenId: number | null;
  /** Labels of classification heads: `len(id2label)`, else `num_labels`, else 2 (PretrainedConfig). */
  numLabels: number;
  /** `tie_word_embeddings` (default true): the MLM decoder reuses the word embeddings. */
  tieWordEmbeddings: boolean;
  /** ALBERT only (1 elsewhere): groups of shared layers, and layers per group. */
  numHiddenGroups: number;
  innerGroupNum: number;
}

/** Where config problems point: the file the config came from. */
const CONFIG_FILE = 'config.json';

/** DistilBERT's LayerNorms hard-code eps=1e-12 (DistilBertConfig has no layer_norm_eps). */
const DISTILBERT_LAYER_NORM_EPS = 1e-12;
/** PretrainedConfig creates two labels when neither id2label nor num_labels is given. */
const DEFAULT_NUM_LABELS = 2;

/** Constructor defaults of transformers' configuration classes, for fields a config.json omits. */
interface FamilyDefaults {
  vocab_size: number;
  hidden_size: number;
  embedding_size: number | undefined;
  num_hidden_layers: number;
  num_attention_heads: number;
  intermediate_size: number;
  hidden_act: string;
  max_position_embeddings: number;
  type_vocab_size: number;
  layer_norm_eps: number;
  pad_token_id: number;
}

/** BertConfig (the RoBERTa family below differs in pad_token_id and, for RoBERTa, vocab_size). */
const BERT_DEFAULTS: FamilyDefaults = {
  vocab_size: 30522,
  hidden_size: 768,
  embedding_size: undefined,
  num_hidden_layers: 12,
  num_attention_heads: 12,
  intermediate_size: 3072,
  hidden_act: 'gelu',
  max_position_embeddings: 512,
  type_vocab_size: 2,
  layer_norm_eps: 1e-12,
  pad_token_id: 0,
};
/** XLMRobertaConfig / CamembertConfig: BertConfig with pad_token_id 1. */
const XLM_ROBERTA_DEFAULTS: FamilyDefaults = { ...BERT_DEFAULTS, pad_token_id: 1 };
/** RobertaConfig differs from them only in its vocabulary (the GPT-2 byte-level BPE one). */
const ROBERTA_DEFAULTS: FamilyDefaults = { ...XLM_ROBERTA_DEFAULTS, vocab_size: 50265 };
/** ElectraConfig (the small discriminator shape). */
const ELECTRA_DEFAULTS: FamilyDefaults = {
  ...BERT_DEFAULTS,
  embedding_size: 128,
  hidden_size: 256,
  num_attention_heads: 4,
  intermediate_size: 1024,
};
/** AlbertConfig (the xxlarge shape). */
const ALBERT_DEFAULTS: FamilyDefaults = {
  vocab_size: 30000,
  hidden_size: 4096,
  embedding_size: 128,
  num_hidden_layers: 12,
  num_attention_heads: 64,
  intermediate_size: 16384,
  hidden_act: 'gelu_new',
  max_position_embeddings: 512,
  type_vocab_size: 2,
  layer_norm_eps: 1e-12,
  pad_token_id: 0,
};
/** DistilBertConfig, written with the BERT field names it maps to. */
const DISTILBERT_DEFAULTS: FamilyDefaults = {
  vocab_size: 30522,
  hidden_size: 768,
  embedding_size: undefined,
  num_hidden_layers: 6,
  num_attention_heads: 12,
  intermediate_size: 4 * 768,
  hidden_act: 'gelu',
  max_position_embeddings: 512,
  type_vocab_size: 0,
  layer_norm_eps: DISTILBERT_LAYER_NORM_EPS,
  pad_token_id: 0,
};

function defaultsOf(family: ReferenceFamily): FamilyDefaults {
  if (family === 'bert') return BERT_DEFAULTS;
  if (family === 'electra') return ELECTRA_DEFAULTS;
  if (family === 'albert') return ALBERT_DEFAULTS;
  if (family === 'distilbert') return DISTILBERT_DEFAULTS;
  if (family === 'roberta') return ROBERTA_DEFAULTS;
  return XLM_ROBERTA_DEFAULTS;
}

/**
 * Resolves config.json into an `EncoderConfig`, filling omitted fields exactly as the family's
 * transformers configuration class does. Throws `REF_UNSUPPORTED` for families / features the
 * witness does not implement and `REF_BAD_CONFIG` for ill-typed or impossible values.
 */
export function resolveEncoderConfig(config: Record<string, unknown>): EncoderConfig {
  const modelType = config['model_type'];
  if (!isReferenceFamily(modelType)) {
    throw new ReferencePassError('REF_UNSUPPORTED', `model_type ${JSON.stringify(modelType)} has no reference forward pass`, {
      file: CONFIG_FILE,
      pointer: '/model_type',
      hint: `supported model types: ${REFERENCE_FAMILIES.join(', ')}`,
    });
  }
  const family = modelType;
  const d = defaultsOf(family);
  const r = new FieldReader(config);

  const positionType = r.string('position_embedding_type', 'absolute');
  if (positionType !== 'absolute') {
    throw unsupported('position_embedding_type', `position_embedding_type "${positionType}" is not supported (only "absolute")`);
  }
  if (r.bool('is_decoder', false)) {
    throw unsupported('is_decoder', 'decoder (causal) use of an encoder is not supported');
  }

  const isDistil = family === 'distilbert';
  // DistilBertConfig's attribute_map sends hidden_size/num_attention_heads/num_hidden_layers to
  // dim/n_heads/n_layers, and the base class sets them after the named fields: they win when present.
  const hiddenSize = isDistil ? r.int('hidden_size', r.int('dim', d.hidden_size, 1), 1) : r.int('hidden_size', d.hidden_size, 1);
  const numHeads = isDistil
    ? r.int('num_attention_heads', r.int('n_heads', d.num_attention_heads, 1), 1)
    : r.int('num_attention_heads', d.num_attention_heads, 1);
  const numLayers = isDistil
    ? r.int('num_hidden_layers', r.int('n_layers', d.num_hidden_layers, 0), 0)
    : r.int('num_hidden_layers', d.num_hidden_layers, 0);
  const intermediateSize = isDistil ? r.int('hidden_dim', d.intermediate_size, 1) : r.int('intermediate_size', d.intermediate_size, 1);
  const actKey = isDistil ? 'activation' : 'hidden_act';
  const hiddenAct = r.string(actKey, d.hidden_act);
  if (!isKnownActivation(hiddenAct)) {
    throw unsupported(actKey, `activation "${hiddenAct}" is not supported`, `use one of: ${ACTIVATION_NAMES.join(', ')}`);
  }
  if (hiddenSize % numHeads !== 0) {
    throw new ReferencePassError('REF_BAD_CONFIG', `hidden size ${hiddenSize} is not a multiple of the ${numHeads} attention heads`, {
      file: CONFIG_FILE,
      pointer: jsonPointer(isDistil && config['hidden_size'] === undefined ? 'dim' : 'hidden_size'),
    });
  }
  const embeddingSize = d.embedding_size === undefined ? hiddenSize : r.int('embedding_size', d.embedding_size, 1);
  const padTokenId = r.intOrNull('pad_token_id', d.pad_token_id);
  if (isRobertaLike(family) && padTokenId === null) {
    throw new ReferencePassError('REF_BAD_CONFIG', `${family} derives position ids from pad_token_id, which is null`, {
      file: CONFIG_FILE,
      pointer: '/pad_token_id',
    });
  }
  const numHiddenGroups = family === 'albert' ? r.int('num_hidden_groups', 1, 1) : 1;
  const innerGroupNum = family === 'albert' ? r.int('inner_group_num', 1, 1) : 1;

  return {
    family,
    vocabSize: r.int('vocab_size', d.vocab_size, 1),
    embeddingSize,
    hiddenSize,
    numLayers,
    numHeads,
    intermediateSize,
    maxPositions: r.int('max_position_embeddings', d.max_position_embeddings, 1),
    typeVocabSize: isDistil ? 0 : r.int('type_vocab_size', d.type_vocab_size, 1),
    layerNormEps: isDistil ? DISTILBERT_LAYER_NORM_EPS : r.number('layer_norm_eps', d.layer_norm_eps),
    hiddenAct,
    padTokenId,
    numLabels: resolveNumLabels(config, r),
    tieWordEmbeddings: r.bool('tie_word_embeddings', true),
    numHiddenGroups,
    innerGroupNum,
  };
}

function resolveNumLabels(config: Record<string, unknown>, r: FieldReader): number {
  const id2label = config['id2label'];
  if (id2label !== undefined && id2label !== null) {
    if (typeof id2label !== 'object' || Array.isArray(id2label)) throw badType('id2label', 'an object');
    const n = Object.keys(id2label).length;
    if (n === 0) throw new ReferencePassError('REF_BAD_CONFIG', 'id2label is empty', { file: CONFIG_FILE, pointer: '/id2label' });
    return n;
  }
  return r.int('num_labels', DEFAULT_NUM_LABELS, 1);
}

function unsupported(key: string, message: string, hint?: string): ReferencePassError {
  return new ReferencePassError('REF_UNSUPPORTED', message, { file: CONFIG_FILE, pointer: jsonPointer(key), hint });
}

function badType(key: string, want: string): ReferencePassError {
  return new ReferencePassError('REF_BAD_CONFIG', `${key} must be ${want}`, { file: CONFIG_FILE, pointer: jsonPointer(key) });
}

/** Typed access to config fields: absent (or null, for defaults) → default; wrong type → REF_BAD_CONFIG. */
class FieldReader {
  constructor(private readonly config: Record<string, unknown>) {}

  int(key: string, fallback: number, min: number): number {
    const v = this.config[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) throw badType(key, `an integer >= ${min}`);
    return v;
  }

  intOrNull(key: string, fallback: number): number | null {
    const v = this.config[key];
    if (v === undefined) return fallback;
    if (v === null) return null;
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw badType(key, 'an integer or null');
    return v;
  }

  number(key: string, fallback: number): number {
    const v = this.config[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw badType(key, 'a finite non-negative number');
    return v;
  }

  string(key: string, fallback: string): string {
    const v = this.config[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'string') throw badType(key, 'a string');
    return v;
  }

  bool(key: string, fallback: boolean): boolean {
    const v = this.config[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean') throw badType(key, 'a boolean');
    return v;
  }
}
