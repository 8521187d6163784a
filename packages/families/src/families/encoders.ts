import type { EncoderFamily, FamilyDescriptor, RecognizedFamily } from '../descriptor.js';
import { ENCODER_TASKS } from '../descriptor.js';

const ENCODER_HEADS = ['Model', 'ForMaskedLM', 'ForSequenceClassification', 'ForTokenClassification', 'ForQuestionAnswering', 'ForMultipleChoice'] as const;

export const BERT: EncoderFamily = {
  modelType: 'bert',
  kind: 'encoder',
  classPrefix: 'Bert',
  suffixes: [...ENCODER_HEADS, 'ForPreTraining'],
  tieWordEmbeddingsDefault: true,
  lmHeadTensors: ['cls.predictions.decoder.weight'],
  tokenizerClass: 'BertTokenizer',
  convert: {
    builder: 'bert',
    tasks: ENCODER_TASKS,
    basePrefix: 'bert',
    activationKey: 'hidden_act',
    tokenTypeIds: true,
    padTokenIdDefault: 0,
    vocabSizeDefault: 30522,
    typeVocabSizeDefault: 2,
    positionsAfterPadding: false,
  },
};

export const DISTILBERT: EncoderFamily = {
  modelType: 'distilbert',
  kind: 'encoder',
  classPrefix: 'DistilBert',
  suffixes: ENCODER_HEADS,
  tieWordEmbeddingsDefault: true,
  lmHeadTensors: ['vocab_projector.weight'],
  tokenizerClass: 'DistilBertTokenizer',
  convert: {
    builder: 'distilbert',
    tasks: ENCODER_TASKS,
    basePrefix: 'distilbert',
    activationKey: 'activation',
    tokenTypeIds: false,
    padTokenIdDefault: 0,
    vocabSizeDefault: 30522,
    typeVocabSizeDefault: 1,
    positionsAfterPadding: false,
  },
};

export const ROBERTA: EncoderFamily = {
  modelType: 'roberta',
  kind: 'encoder',
  classPrefix: 'Roberta',
  suffixes: ENCODER_HEADS,
  tieWordEmbeddingsDefault: true,
  lmHeadTensors: ['lm_head.decoder.weight'],
  tokenizerClass: 'RobertaTokenizer',
  convert: {
    builder: 'roberta',
    tasks: ENCODER_TASKS,
    basePrefix: 'roberta',
    activationKey: 'hidden_act',
    tokenTypeIds: false,
    padTokenIdDefault: 1,
    vocabSizeDefault: 50265,
    typeVocabSizeDefault: 1,
    positionsAfterPadding: true,
  },
};

/** XLM-RoBERTa and CamemBERT are RoBERTa's modeling code under another name (and tokenizer). */
export const XLM_ROBERTA: EncoderFamily = {
  ...ROBERTA,
  modelType: 'xlm-roberta',
  classPrefix: 'XLMRoberta',
  tokenizerClass: 'XLMRobertaTokenizer',
  convert: { ...ROBERTA.convert, vocabSizeDefault: 30522 },
};
export const CAMEMBERT: EncoderFamily = {
  ...ROBERTA,
  modelType: 'camembert',
  classPrefix: 'Camembert',
  tokenizerClass: 'CamembertTokenizer',
  convert: { ...ROBERTA.convert, vocabSizeDefault: 30522 },
};

export const ELECTRA: EncoderFamily = {
  modelType: 'electra',
  kind: 'encoder',
  classPrefix: 'Electra',
  suffixes: [...ENCODER_HEADS, 'ForPreTraining'],
  tieWordEmbeddingsDefault: true,
  lmHeadTensors: ['generator_lm_head.weight'],
  // ElectraForPreTraining is the replaced-token discriminator, not an LM; its head is not exported yet.
  taskOverrides: { pretraining: 'feature-extraction' },
  tokenizerClass: 'ElectraTokenizer',
  convert: {
    builder: 'electra',
    tasks: ENCODER_TASKS,
    basePrefix: 'electra',
    activationKey: 'hidden_act',
    tokenTypeIds: true,
    padTokenIdDefault: 0,
    vocabSizeDefault: 30522,
    typeVocabSizeDefault: 2,
    positionsAfterPadding: false,
  },
};

export const ALBERT: EncoderFamily = {
  modelType: 'albert',
  kind: 'encoder',
  classPrefix: 'Albert',
  suffixes: [...ENCODER_HEADS, 'ForPreTraining'],
  tieWordEmbeddingsDefault: true,
  lmHeadTensors: ['predictions.decoder.weight'],
  tokenizerClass: 'AlbertTokenizer',
  convert: {
    builder: 'albert',
    tasks: ENCODER_TASKS,
    basePrefix: 'albert',
    activationKey: 'hidden_act',
    tokenTypeIds: true,
    padTokenIdDefault: 0,
    vocabSizeDefault: 30000,
    typeVocabSizeDefault: 2,
    positionsAfterPadding: false,
  },
};

/** Recognized (validated, task resolved) but not converted. */
export const MPNET: RecognizedFamily = {
  modelType: 'mpnet',
  kind: 'encoder',
  classPrefix: 'MPNet',
  suffixes: ENCODER_HEADS,
  tieWordEmbeddingsDefault: true,
  lmHeadTensors: ['lm_head.decoder.weight'],
  tokenizerClass: 'MPNetTokenizer',
};

/** The encoder families in registry order (the one list that names each of them). */
export const ENCODERS: readonly FamilyDescriptor[] = [BERT, DISTILBERT, ROBERTA, XLM_ROBERTA, CAMEMBERT, ELECTRA, ALBERT, MPNET];
