import { DISTILBERT as DISTILBERT_DESCRIPTOR } from '@mlpack/families';
import { pyFloat } from '../python-json.js';
import { encoderHead, encoderLayers, maskedLmHead, type EncoderLayerNames } from './bert-encoder.js';
import { embedding, labelFields, layerNorm, linear, type FamilyContext, type FamilyDefinition, type LocalTensor } from './family-definition.js';

function distilbertConfig({ spec, vocabSize, specialIds }: FamilyContext) {
  return {
    activation: 'gelu',
    attention_dropout: pyFloat(0.1),
    dim: spec.hidden,
    dropout: pyFloat(0.1),
    hidden_dim: spec.intermediate,
    initializer_range: pyFloat(0.02),
    max_position_embeddings: spec.maxPositionEmbeddings,
    n_heads: spec.heads,
    n_layers: spec.layers,
    pad_token_id: specialIds.pad ?? 0,
    qa_dropout: pyFloat(0.1),
    seq_classif_dropout: pyFloat(0.2),
    sinusoidal_pos_embds: false,
    vocab_size: vocabSize,
    ...labelFields(spec.labels),
  };
}

/** TransformerBlock's names (`attention.*_lin`, `ffn.lin1` / `ffn.lin2`, two LayerNorms). */
const DISTILBERT_LAYER: EncoderLayerNames = {
  query: 'attention.q_lin',
  key: 'attention.k_lin',
  value: 'attention.v_lin',
  attentionOutput: 'attention.out_lin',
  attentionLayerNorm: 'sa_layer_norm',
  intermediate: 'ffn.lin1',
  output: 'ffn.lin2',
  outputLayerNorm: 'output_layer_norm',
};

function distilbertBackbone({ spec, vocabSize, specialIds }: FamilyContext): LocalTensor[] {
  const d = spec.hidden;
  // No token type embeddings, and the position embeddings have no padding row.
  return [
    embedding('embeddings.word_embeddings', vocabSize, d, specialIds.pad),
    embedding('embeddings.position_embeddings', spec.maxPositionEmbeddings, d),
    ...layerNorm('embeddings.LayerNorm', d),
    ...encoderLayers('transformer.layer', DISTILBERT_LAYER, spec.layers, d, spec.intermediate),
  ];
}

function distilbertHead(ctx: FamilyContext): LocalTensor[] {
  const { spec, vocabSize } = ctx;
  const d = spec.hidden;
  return encoderHead(ctx, {
    // pre_classifier + ReLU + classifier on the first token (no pooler).
    sequenceClassification: () => [...linear('pre_classifier', d, d), ...linear('classifier', spec.numLabels!, d)],
    // vocab_projector.weight is tied to the word embeddings and not stored.
    maskedLm: () =>
      maskedLmHead({ dense: 'vocab_transform', layerNorm: 'vocab_layer_norm', bias: 'vocab_projector.bias' }, d, d, vocabSize),
  });
}

export const DISTILBERT: FamilyDefinition = {
  modelType: DISTILBERT_DESCRIPTOR.modelType,
  descriptor: DISTILBERT_DESCRIPTOR,
  basePrefix: 'distilbert',
  architectures: {
    base: 'DistilBertModel',
    'sequence-classification': 'DistilBertForSequenceClassification',
    'token-classification': 'DistilBertForTokenClassification',
    'question-answering': 'DistilBertForQuestionAnswering',
    'masked-lm': 'DistilBertForMaskedLM',
  },
  tokenizers: ['wordpiece'],
  hasPooler: false,
  headsWithPooler: [],
  decoder: false,
  config: distilbertConfig,
  backbone: distilbertBackbone,
  head: distilbertHead,
};
