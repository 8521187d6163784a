import { ROBERTA, type EncoderFamily } from '@mlpack/families';
import { bertDropoutDefaults, bertStyleConfig } from './bert-config.js';
import { bertEmbeddings, bertEncoderLayers, denseClassificationHead, encoderHead, maskedLmHead } from './bert-encoder.js';
import { linear, type FamilyContext, type FamilyDefinition, type LocalTensor } from './family-definition.js';

/** RoBERTa checkpoints use a single token type. */
const ROBERTA_TYPE_VOCAB = 1;

function robertaConfig(ctx: FamilyContext) {
  return {
    ...bertStyleConfig(ctx, { typeVocabSize: ROBERTA_TYPE_VOCAB, layerNormEps: 1e-5, defaultPadId: 1 }),
    ...bertDropoutDefaults(),
    bos_token_id: ctx.specialIds.bos ?? 0,
    eos_token_id: ctx.specialIds.eos ?? 2,
  };
}

function robertaBackbone({ spec, vocabSize, specialIds }: FamilyContext): LocalTensor[] {
  const pad = specialIds.pad ?? 1;
  return [
    // Positions start at pad + 1; the row at padding_idx is zero, as transformers initializes it.
    ...bertEmbeddings({
      vocabSize,
      positions: spec.maxPositionEmbeddings,
      typeVocabSize: ROBERTA_TYPE_VOCAB,
      size: spec.hidden,
      padId: pad,
      positionPadId: pad,
    }),
    ...bertEncoderLayers(spec.layers, spec.hidden, spec.intermediate),
    ...(spec.withPooler ? linear('pooler.dense', spec.hidden, spec.hidden) : []),
  ];
}

function robertaHead(ctx: FamilyContext): LocalTensor[] {
  const { spec, vocabSize } = ctx;
  return encoderHead(ctx, {
    // RobertaClassificationHead: dense + tanh + out_proj on the <s> token.
    sequenceClassification: () => denseClassificationHead(spec.hidden, spec.numLabels!),
    // lm_head.decoder.{weight,bias} are tied (word embeddings, lm_head.bias) and not stored.
    maskedLm: () =>
      maskedLmHead({ dense: 'lm_head.dense', layerNorm: 'lm_head.layer_norm', bias: 'lm_head.bias' }, spec.hidden, spec.hidden, vocabSize),
  });
}

/**
 * A family built by the RoBERTa builder (RoBERTa and its renamed copies): RoBERTa's modules under
 * `base_model_prefix = "roberta"`, the descriptor's class prefix; RoBERTa itself has the byte-level
 * BPE tokenizer, the copies SentencePiece (XLM-R's id layout).
 */
export function robertaLikeSampleFamily(d: EncoderFamily): FamilyDefinition {
  const classPrefix = d.classPrefix;
  return {
    modelType: d.modelType,
    descriptor: d,
    basePrefix: d.convert.basePrefix,
    architectures: {
      base: `${classPrefix}Model`,
      'sequence-classification': `${classPrefix}ForSequenceClassification`,
      'token-classification': `${classPrefix}ForTokenClassification`,
      'question-answering': `${classPrefix}ForQuestionAnswering`,
      'masked-lm': `${classPrefix}ForMaskedLM`,
    },
    tokenizers: [d.tokenizerClass === ROBERTA.tokenizerClass ? 'bpe' : 'sentencepiece-unigram'],
    hasPooler: true,
    // Every RoBERTa head builds RobertaModel(config, add_pooling_layer=False).
    headsWithPooler: ['base'],
    decoder: false,
    config: robertaConfig,
    backbone: robertaBackbone,
    head: robertaHead,
  };
}
