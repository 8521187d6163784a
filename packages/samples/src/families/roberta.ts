import { pyFloat } from '../python-json.js';
import { bertEmbeddings, bertEncoderLayers } from './bert-encoder.js';
import { labelFields, layerNorm, linear, type FamilyContext, type FamilyDefinition, type LocalTensor } from './family-definition.js';

/** RoBERTa checkpoints use a single token type. */
const ROBERTA_TYPE_VOCAB = 1;

function robertaConfig({ spec, vocabSize, specialIds }: FamilyContext) {
  return {
    attention_probs_dropout_prob: pyFloat(0.1),
    bos_token_id: specialIds.bos ?? 0,
    classifier_dropout: null,
    eos_token_id: specialIds.eos ?? 2,
    hidden_act: 'gelu',
    hidden_dropout_prob: pyFloat(0.1),
    hidden_size: spec.hidden,
    initializer_range: pyFloat(0.02),
    intermediate_size: spec.intermediate,
    layer_norm_eps: pyFloat(1e-5),
    max_position_embeddings: spec.maxPositionEmbeddings,
    num_attention_heads: spec.heads,
    num_hidden_layers: spec.layers,
    pad_token_id: specialIds.pad ?? 1,
    position_embedding_type: 'absolute',
    type_vocab_size: ROBERTA_TYPE_VOCAB,
    use_cache: true,
    vocab_size: vocabSize,
    ...labelFields(spec.labels),
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

function robertaHead({ spec, vocabSize }: FamilyContext): LocalTensor[] {
  const h = spec.hidden;
  switch (spec.head) {
    case 'sequence-classification':
      // RobertaClassificationHead: dense + tanh + out_proj on the <s> token.
      return [...linear('classifier.dense', h, h), ...linear('classifier.out_proj', spec.numLabels!, h)];
    case 'token-classification':
      return linear('classifier', spec.numLabels!, h);
    case 'question-answering':
      return linear('qa_outputs', spec.numLabels!, h);
    case 'masked-lm':
      // lm_head.decoder.{weight,bias} are tied (word embeddings, lm_head.bias) and not stored.
      return [
        { name: 'lm_head.bias', shape: [vocabSize], init: 'bias' },
        ...linear('lm_head.dense', h, h),
        ...layerNorm('lm_head.layer_norm', h),
      ];
    default:
      return [];
  }
}

/** RoBERTa, XLM-RoBERTa and CamemBERT share modules and `base_model_prefix = "roberta"`. */
function robertaLike(modelType: string, classPrefix: string, tokenizer: 'bpe' | 'sentencepiece-unigram'): FamilyDefinition {
  return {
    modelType,
    basePrefix: 'roberta',
    architectures: {
      base: `${classPrefix}Model`,
      'sequence-classification': `${classPrefix}ForSequenceClassification`,
      'token-classification': `${classPrefix}ForTokenClassification`,
      'question-answering': `${classPrefix}ForQuestionAnswering`,
      'masked-lm': `${classPrefix}ForMaskedLM`,
    },
    tokenizers: [tokenizer],
    hasPooler: true,
    // Every RoBERTa head builds RobertaModel(config, add_pooling_layer=False).
    headsWithPooler: ['base'],
    decoder: false,
    config: robertaConfig,
    backbone: robertaBackbone,
    head: robertaHead,
  };
}

export const ROBERTA = robertaLike('roberta', 'Roberta', 'bpe');
export const XLM_ROBERTA = robertaLike('xlm-roberta', 'XLMRoberta', 'sentencepiece-unigram');
export const CAMEMBERT = robertaLike('camembert', 'Camembert', 'sentencepiece-unigram');
