import { BERT as BERT_DESCRIPTOR } from '@mlpack/families';
import { bertDropoutDefaults, bertStyleConfig } from './bert-config.js';
import { bertEmbeddings, bertEncoderLayers, encoderHead, maskedLmHead } from './bert-encoder.js';
import { linear, type FamilyContext, type FamilyDefinition, type LocalTensor } from './family-definition.js';

/** BERT's type vocabulary (segment A / B). */
const BERT_TYPE_VOCAB = 2;

/** BertConfig fields as transformers 4.46 `save_pretrained` writes them. */
function bertConfig(ctx: FamilyContext) {
  return {
    ...bertStyleConfig(ctx, { typeVocabSize: BERT_TYPE_VOCAB, layerNormEps: 1e-12, defaultPadId: 0 }),
    ...bertDropoutDefaults(),
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

function bertHead(ctx: FamilyContext): LocalTensor[] {
  const { spec, vocabSize } = ctx;
  return encoderHead(ctx, {
    // BertForSequenceClassification: one Linear on the pooled output.
    sequenceClassification: () => linear('classifier', spec.numLabels!, spec.hidden),
    // decoder.weight is tied to the word embeddings and decoder.bias to predictions.bias:
    // transformers' safetensors save drops both.
    maskedLm: () =>
      maskedLmHead(
        { dense: 'cls.predictions.transform.dense', layerNorm: 'cls.predictions.transform.LayerNorm', bias: 'cls.predictions.bias' },
        spec.hidden,
        spec.hidden,
        vocabSize,
      ),
  });
}

export const BERT: FamilyDefinition = {
  modelType: BERT_DESCRIPTOR.modelType,
  descriptor: BERT_DESCRIPTOR,
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
