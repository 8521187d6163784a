import { ELECTRA as ELECTRA_DESCRIPTOR } from '@mlpack/families';
import { pyFloat } from '../python-json.js';
import { bertDropoutDefaults, bertStyleConfig } from './bert-config.js';
import { bertEmbeddings, bertEncoderLayers, denseClassificationHead, encoderHead, maskedLmHead } from './bert-encoder.js';
import { linear, type FamilyContext, type FamilyDefinition, type LocalTensor } from './family-definition.js';

const ELECTRA_TYPE_VOCAB = 2;

function electraConfig(ctx: FamilyContext) {
  return {
    ...bertStyleConfig(ctx, { typeVocabSize: ELECTRA_TYPE_VOCAB, layerNormEps: 1e-12, defaultPadId: 0 }),
    ...bertDropoutDefaults(),
    embedding_size: ctx.spec.embeddingSize,
    summary_activation: 'gelu',
    summary_last_dropout: pyFloat(0.1),
    summary_type: 'first',
    summary_use_proj: true,
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

function electraHead(ctx: FamilyContext): LocalTensor[] {
  const { spec, vocabSize } = ctx;
  return encoderHead(ctx, {
    // ElectraClassificationHead: dense + gelu + out_proj on the first token.
    sequenceClassification: () => denseClassificationHead(spec.hidden, spec.numLabels!),
    // ElectraGeneratorPredictions projects back to embedding_size; generator_lm_head.weight is
    // tied to the word embeddings and not stored.
    maskedLm: () =>
      maskedLmHead(
        { dense: 'generator_predictions.dense', layerNorm: 'generator_predictions.LayerNorm', bias: 'generator_lm_head.bias' },
        spec.hidden,
        spec.embeddingSize,
        vocabSize,
      ),
  });
}

export const ELECTRA: FamilyDefinition = {
  modelType: ELECTRA_DESCRIPTOR.modelType,
  descriptor: ELECTRA_DESCRIPTOR,
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
