import { pyFloat } from '../python-json.js';
import { bertEmbeddings, bertEncoderLayers } from './bert-encoder.js';
import { labelFields, layerNorm, linear, type FamilyContext, type FamilyDefinition, type LocalTensor } from './family-definition.js';

/** BERT's type vocabulary (segment A / B). */
const BERT_TYPE_VOCAB = 2;

/** BertConfig fields as transformers 4.46 `save_pretrained` writes them. */
function bertConfig({ spec, vocabSize, specialIds }: FamilyContext) {
  return {
    attention_probs_dropout_prob: pyFloat(0.1),
    classifier_dropout: null,
    hidden_act: 'gelu',
    hidden_dropout_prob: pyFloat(0.1),
    hidden_size: spec.hidden,
    initializer_range: pyFloat(0.02),
    intermediate_size: spec.intermediate,
    layer_norm_eps: pyFloat(1e-12),
    max_position_embeddings: spec.maxPositionEmbeddings,
    num_attention_heads: spec.heads,
    num_hidden_layers: spec.layers,
    pad_token_id: specialIds.pad ?? 0,
    position_embedding_type: 'absolute',
    type_vocab_size: BERT_TYPE_VOCAB,
    use_cache: true,
    vocab_size: vocabSize,
    ...labelFields(spec.labels),
  };
}

function bertBackbone({ spec, vocabSize, specialIds }: FamilyContext): LocalTensor[] {
  return [
    ...bertEmbeddings({
      vocabSize,
      positions: spec.maxPositionEmbeddings,
      typeVocabSize: BERT_TYPE_VOCAB,
      size: spec.hidden,
      padId: specialIds.pad,
    }),
    ...bertEncoderLayers(spec.layers, spec.hidden, spec.intermediate),
    ...(spec.withPooler ? linear('pooler.dense', spec.hidden, spec.hidden) : []),
  ];
}

function bertHead({ spec, vocabSize }: FamilyContext): LocalTensor[] {
  const h = spec.hidden;
  switch (spec.head) {
    case 'sequence-classification':
    case 'token-classification':
      return linear('classifier', spec.numLabels!, h);
    case 'question-answering':
      return linear('qa_outputs', spec.numLabels!, h);
    case 'masked-lm':
      // decoder.weight is tied to the word embeddings and decoder.bias to predictions.bias:
      // transformers' safetensors save drops both.
      return [
        { name: 'cls.predictions.bias', shape: [vocabSize], init: 'bias' },
        ...linear('cls.predictions.transform.dense', h, h),
        ...layerNorm('cls.predictions.transform.LayerNorm', h),
      ];
    default:
      return [];
  }
}

export const BERT: FamilyDefinition = {
  modelType: 'bert',
  basePrefix: 'bert',
  architectures: {
    base: 'BertModel',
    'sequence-classification': 'BertForSequenceClassification',
    'token-classification': 'BertForTokenClassification',
    'question-answering': 'BertForQuestionAnswering',
    'masked-lm': 'BertForMaskedLM',
  },
  tokenizers: ['wordpiece'],
  hasPooler: true,
  headsWithPooler: ['base', 'sequence-classification'],
  decoder: false,
  config: bertConfig,
  backbone: bertBackbone,
  head: bertHead,
};
