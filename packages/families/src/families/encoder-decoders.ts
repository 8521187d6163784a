import type { RecognizedFamily } from '../descriptor.js';

/** Encoder-decoders are recognized (validated, task resolved) but not converted yet. */
export const BART: RecognizedFamily = {
  modelType: 'bart',
  kind: 'encoder-decoder',
  classPrefix: 'Bart',
  suffixes: ['Model', 'ForConditionalGeneration', 'ForSequenceClassification', 'ForQuestionAnswering'],
  tieWordEmbeddingsDefault: true,
  lmHeadTensors: ['lm_head.weight'],
  tokenizerClass: 'BartTokenizer',
};

export const T5: RecognizedFamily = {
  modelType: 't5',
  kind: 'encoder-decoder',
  classPrefix: 'T5',
  suffixes: ['Model', 'EncoderModel', 'ForConditionalGeneration'],
  tieWordEmbeddingsDefault: true,
  lmHeadTensors: ['lm_head.weight'],
  tokenizerClass: 'T5Tokenizer',
};
