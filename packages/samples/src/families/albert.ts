import { ALBERT as ALBERT_DESCRIPTOR } from '@mlpack/families';
import { pyFloat } from '../python-json.js';
import { bertStyleConfig } from './bert-config.js';
import { bertEmbeddings, encoderHead, encoderLayer, maskedLmHead, type EncoderLayerNames } from './bert-encoder.js';
import { linear, type FamilyContext, type FamilyDefinition, type LocalTensor } from './family-definition.js';

const ALBERT_TYPE_VOCAB = 2;
/** One shared layer group with one layer, as every released ALBERT uses. */
const NUM_HIDDEN_GROUPS = 1;
const INNER_GROUP_NUM = 1;

/** AlbertLayer's names: the attention block's own LayerNorm, then `ffn` / `ffn_output` and the layer's LayerNorm. */
const ALBERT_LAYER: EncoderLayerNames = {
  query: 'attention.query',
  key: 'attention.key',
  value: 'attention.value',
  attentionOutput: 'attention.dense',
  attentionLayerNorm: 'attention.LayerNorm',
  intermediate: 'ffn',
  output: 'ffn_output',
  outputLayerNorm: 'full_layer_layer_norm',
};

function albertConfig(ctx: FamilyContext) {
  const { spec, specialIds } = ctx;
  return {
    ...bertStyleConfig(ctx, { typeVocabSize: ALBERT_TYPE_VOCAB, layerNormEps: 1e-12, defaultPadId: 0 }),
    // ALBERT's defaults are the integer 0 (not 0.0) for both dropouts; save_pretrained keeps that.
    attention_probs_dropout_prob: 0,
    bos_token_id: specialIds.cls ?? 2,
    classifier_dropout_prob: pyFloat(0.1),
    embedding_size: spec.embeddingSize,
    eos_token_id: specialIds.sep ?? 3,
    hidden_act: 'gelu_new',
    hidden_dropout_prob: 0,
    inner_group_num: INNER_GROUP_NUM,
    num_hidden_groups: NUM_HIDDEN_GROUPS,
  };
}

function albertBackbone({ spec, vocabSize, specialIds }: FamilyContext): LocalTensor[] {
  const h = spec.hidden;
  return [
    ...bertEmbeddings({
      vocabSize,
      positions: spec.maxPositionEmbeddings,
      typeVocabSize: ALBERT_TYPE_VOCAB,
      size: spec.embeddingSize,
      padId: specialIds.pad,
    }),
    ...linear('encoder.embedding_hidden_mapping_in', h, spec.embeddingSize),
    // The one shared layer of the one group: its weights serve all num_hidden_layers layers.
    ...encoderLayer('encoder.albert_layer_groups.0.albert_layers.0', ALBERT_LAYER, h, spec.intermediate),
    ...(spec.withPooler ? linear('pooler', h, h) : []),
  ];
}

function albertHead(ctx: FamilyContext): LocalTensor[] {
  const { spec, vocabSize } = ctx;
  return encoderHead(ctx, {
    sequenceClassification: () => linear('classifier', spec.numLabels!, spec.hidden),
    // predictions.decoder.{weight,bias} are tied (word embeddings, predictions.bias) and not stored.
    maskedLm: () =>
      maskedLmHead(
        { dense: 'predictions.dense', layerNorm: 'predictions.LayerNorm', bias: 'predictions.bias' },
        spec.hidden,
        spec.embeddingSize,
        vocabSize,
      ),
  });
}

export const ALBERT: FamilyDefinition = {
  modelType: ALBERT_DESCRIPTOR.modelType,
  descriptor: ALBERT_DESCRIPTOR,
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
