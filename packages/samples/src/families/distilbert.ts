import { pyFloat } from '../python-json.js';
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

function distilbertBackbone({ spec, vocabSize, specialIds }: FamilyContext): LocalTensor[] {
  const d = spec.hidden;
  const out: LocalTensor[] = [
    embedding('embeddings.word_embeddings', vocabSize, d, specialIds.pad),
    embedding('embeddings.position_embeddings', spec.maxPositionEmbeddings, d),
    ...layerNorm('embeddings.LayerNorm', d),
  ];
  for (let i = 0; i < spec.layers; i++) {
    const p = `transformer.layer.${i}`;
    out.push(
      ...linear(`${p}.attention.q_lin`, d, d),
      ...linear(`${p}.attention.k_lin`, d, d),
      ...linear(`${p}.attention.v_lin`, d, d),
      ...linear(`${p}.attention.out_lin`, d, d),
      ...layerNorm(`${p}.sa_layer_norm`, d),
      ...linear(`${p}.ffn.lin1`, spec.intermediate, d),
      ...linear(`${p}.ffn.lin2`, d, spec.intermediate),
      ...layerNorm(`${p}.output_layer_norm`, d),
    );
  }
  return out;
}

function distilbertHead({ spec, vocabSize }: FamilyContext): LocalTensor[] {
  const d = spec.hidden;
  switch (spec.head) {
    case 'sequence-classification':
      return [...linear('pre_classifier', d, d), ...linear('classifier', spec.numLabels!, d)];
    case 'token-classification':
      return linear('classifier', spec.numLabels!, d);
    case 'question-answering':
      return linear('qa_outputs', spec.numLabels!, d);
    case 'masked-lm':
      // vocab_projector.weight is tied to the word embeddings and not stored.
      return [
        ...linear('vocab_transform', d, d),
        ...layerNorm('vocab_layer_norm', d),
        { name: 'vocab_projector.bias', shape: [vocabSize], init: 'bias' },
      ];
    default:
      return [];
  }
}

export const DISTILBERT: FamilyDefinition = {
  modelType: 'distilbert',
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
