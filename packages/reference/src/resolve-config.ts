import { jsonPointer } from '@mlpack/core';
import { isKnownActivation, ACTIVATION_NAMES } from './activations.js';
import { isReferenceFamily, isRobertaLike, REFERENCE_FAMILIES } from './families.js';
import type { ReferenceFamily } from './families.js';
import { CONFIG_FILE, FieldReader, resolveNumLabels, unsupportedField } from './config-fields.js';
import { isDecoderFamily } from './decoder-families.js';
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

/** DistilBERT's LayerNorms hard-code eps=1e-12 (DistilBertConfig has no layer_norm_eps). */
const DISTILBERT_LAYER_NORM_EPS = 1e-12;

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
/** XLMRobertaConfig and the other RoBERTa copies' configs: BertConfig with pad_token_id 1. */
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
    const decoder = isDecoderFamily(modelType);
    throw new ReferencePassError('REF_UNSUPPORTED', `model_type ${JSON.stringify(modelType)} has no ${decoder ? 'encoder ' : ''}reference forward pass`, {
      file: CONFIG_FILE,
      pointer: '/model_type',
      hint: decoder
        ? `${modelType} is a decoder: run it with runDecoderReference64 / runDecoderReference`
        : `supported model types: ${REFERENCE_FAMILIES.join(', ')}`,
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
  const numLayers = isDistil ? r.int('num_hidden_layers', r.int('n_layers', d.num_hidden_layers, 0), 0) : r.int('num_hidden_layers', d.num_hidden_layers, 0);
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
    numLabels: resolveNumLabels(config),
    tieWordEmbeddings: r.bool('tie_word_embeddings', true),
    numHiddenGroups,
    innerGroupNum,
  };
}

function unsupported(key: string, message: string, hint?: string): ReferencePassError {
  return unsupportedField(key, message, hint);
}
