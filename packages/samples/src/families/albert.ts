import { pyFloat } from '../python-json.js';
import { bertEmbeddings } from './bert-encoder.js';
import { labelFields, layerNorm, linear, type FamilyContext, type FamilyDefinition, type LocalTensor } from './family-definition.js';

const ALBERT_TYPE_VOCAB = 2;
/** One shared layer group with one layer, as every released ALBERT uses. */
const NUM_HIDDEN_GROUPS = 1;
const INNER_GROUP_NUM = 1;

function albertConfig({ spec, vocabSize, specialIds }: FamilyContext) {
  return {
    // ALBERT's defaults are the integer 0 (not 0.0) for both dropouts; save_pretrained keeps that.
    attention_probs_dropout_prob: 0,
    bos_token_id: specialIds.cls ?? 2,
    classifier_dropout_prob: pyFloat(0.1),
    embedding_size: spec.embeddingSize,
    eos_token_id: specialIds.sep ?? 3,
    hidden_act: 'gelu_new',
    hidden_dropout_prob: 0,
    hidden_size: spec.hidden,
    initializer_range: pyFloat(0.02),
    inner_group_num: INNER_GROUP_NUM,
    intermediate_size: spec.intermediate,
    layer_norm_eps: pyFloat(1e-12),
    max_position_embeddings: spec.maxPositionEmbeddings,
    num_attention_heads: spec.heads,
    num_hidden_groups: NUM_HIDDEN_GROUPS,
    num_hidden_layers: spec.layers,
    pad_token_id: specialIds.pad ?? 0,
    position_embedding_type: 'absolute',
    type_vocab_size: ALBERT_TYPE_VOCAB,
    vocab_size: vocabSize,
    ...labelFields(spec.labels),
  };
}

function albertBackbone({ spec, vocabSize, specialIds }: FamilyContext): LocalTensor[] {
  const h = spec.hidden;
  const p = 'encoder.albert_layer_groups.0.albert_layers.0';
  return [
    ...bertEmbeddings({
      vocabSize,
      positions: spec.maxPositionEmbeddings,
      typeVocabSize: ALBERT_TYPE_VOCAB,
      size: spec.embeddingSize,
      padId: specialIds.pad,
    }),
    ...linear('encoder.embedding_hidden_mapping_in', h, spec.embeddingSize),
    ...layerNorm(`${p}.full_layer_layer_norm`, h),
    ...linear(`${p}.attention.query`, h, h),
    ...linear(`${p}.attention.key`, h, h),
    ...linear(`${p}.attention.value`, h, h),
    ...linear(`${p}.attention.dense`, h, h),
    ...layerNorm(`${p}.attention.LayerNorm`, h),
    ...linear(`${p}.ffn`, spec.intermediate, h),
    ...linear(`${p}.ffn_output`, h, spec.intermediate),
    ...(spec.withPooler ? linear('pooler', h, h) : []),
  ];
}

function albertHead({ spec, vocabSize }: FamilyContext): LocalTensor[] {
  const h = spec.hidden;
  switch (spec.head) {
    case 'sequence-classification':
    case 'token-classification':
      return linear('classifier', spec.numLabels!, h);
    case 'question-answering':
      return linear('qa_outputs', spec.numLabels!, h);
    case 'masked-lm':
      // predictions.decoder.{weight,bias} are tied (word embeddings, predictions.bias) and not stored.
      return [
        ...layerNorm('predictions.LayerNorm', spec.embeddingSize),
        ...linear('predictions.dense', spec.embeddingSize, h),
        { name: 'predictions.bias', shape: [vocabSize], init: 'bias' },
      ];
    default:
      return [];
  }
}

export const ALBERT: FamilyDefinition = {
  modelType: 'albert',
  basePrefix: 'albert',
  architectures: {
    base: 'AlbertModel',
    'sequence-classification': 'AlbertForSequenceClassification',
    'token-classification': 'AlbertForTokenClassification',
    'question-answering': 'AlbertForQuestionAnswering',
    'masked-lm': 'AlbertForMaskedLM',
  },
  // Real ALBERT checkpoints use SentencePiece; a WordPiece vocabulary keeps the samples simple
  // (its [CLS]=2 / [SEP]=3 match ALBERT's bos/eos defaults).
  tokenizers: ['wordpiece'],
  hasPooler: true,
  headsWithPooler: ['base', 'sequence-classification'],
  decoder: false,
  config: albertConfig,
  backbone: albertBackbone,
  head: albertHead,
};
