import { pyFloat } from '../python-json.js';
import { bertEmbeddings, bertEncoderLayers } from './bert-encoder.js';
import { labelFields, layerNorm, linear, type FamilyContext, type FamilyDefinition, type LocalTensor } from './family-definition.js';

const ELECTRA_TYPE_VOCAB = 2;

function electraConfig({ spec, vocabSize, specialIds }: FamilyContext) {
  return {
    attention_probs_dropout_prob: pyFloat(0.1),
    classifier_dropout: null,
    embedding_size: spec.embeddingSize,
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
    summary_activation: 'gelu',
    summary_last_dropout: pyFloat(0.1),
    summary_type: 'first',
    summary_use_proj: true,
    type_vocab_size: ELECTRA_TYPE_VOCAB,
    use_cache: true,
    vocab_size: vocabSize,
    ...labelFields(spec.labels),
  };
}

function electraBackbone({ spec, vocabSize, specialIds }: FamilyContext): LocalTensor[] {
  return [
    ...bertEmbeddings({
      vocabSize,
      positions: spec.maxPositionEmbeddings,
      typeVocabSize: ELECTRA_TYPE_VOCAB,
      size: spec.embeddingSize,
      padId: specialIds.pad,
    }),
    // Only present when embedding_size != hidden_size (the resolver enforces that they differ).
    ...(spec.embeddingSize !== spec.hidden ? linear('embeddings_project', spec.hidden, spec.embeddingSize) : []),
    ...bertEncoderLayers(spec.layers, spec.hidden, spec.intermediate),
  ];
}

function electraHead({ spec, vocabSize }: FamilyContext): LocalTensor[] {
  const h = spec.hidden;
  const e = spec.embeddingSize;
  switch (spec.head) {
    case 'sequence-classification':
      // ElectraClassificationHead: dense + gelu + out_proj on the first token.
      return [...linear('classifier.dense', h, h), ...linear('classifier.out_proj', spec.numLabels!, h)];
    case 'token-classification':
      return linear('classifier', spec.numLabels!, h);
    case 'question-answering':
      return linear('qa_outputs', spec.numLabels!, h);
    case 'masked-lm':
      // generator_lm_head.weight is tied to the word embeddings and not stored.
      return [
        ...layerNorm('generator_predictions.LayerNorm', e),
        ...linear('generator_predictions.dense', e, h),
        { name: 'generator_lm_head.bias', shape: [vocabSize], init: 'bias' },
      ];
    default:
      return [];
  }
}

export const ELECTRA: FamilyDefinition = {
  modelType: 'electra',
  basePrefix: 'electra',
  architectures: {
    base: 'ElectraModel',
    'sequence-classification': 'ElectraForSequenceClassification',
    'token-classification': 'ElectraForTokenClassification',
    'question-answering': 'ElectraForQuestionAnswering',
    'masked-lm': 'ElectraForMaskedLM',
  },
  tokenizers: ['wordpiece'],
  hasPooler: false,
  headsWithPooler: [],
  decoder: false,
  config: electraConfig,
  backbone: electraBackbone,
  head: electraHead,
};
