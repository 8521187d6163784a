import { embedding, layerNorm, linear, type FamilyContext, type LocalTensor } from './family-definition.js';

/**
 * Module names, relative to one layer, of a post-LayerNorm transformer encoder layer: biased
 * query/key/value/output projections, a LayerNorm, a biased two-layer feed-forward, a LayerNorm.
 * BERT (and RoBERTa, ELECTRA), DistilBERT and ALBERT build the same tensors under these names.
 */
export interface EncoderLayerNames {
  query: string;
  key: string;
  value: string;
  /** Attention output projection [hidden, hidden]. */
  attentionOutput: string;
  attentionLayerNorm: string;
  /** Feed-forward up projection [intermediate, hidden]. */
  intermediate: string;
  /** Feed-forward down projection [hidden, intermediate]. */
  output: string;
  outputLayerNorm: string;
}

/** BertLayer's names (RoBERTa and ELECTRA copy the module tree). */
const BERT_LAYER: EncoderLayerNames = {
  query: 'attention.self.query',
  key: 'attention.self.key',
  value: 'attention.self.value',
  attentionOutput: 'attention.output.dense',
  attentionLayerNorm: 'attention.output.LayerNorm',
  intermediate: 'intermediate.dense',
  output: 'output.dense',
  outputLayerNorm: 'output.LayerNorm',
};

/** The tensors of one encoder layer whose modules sit under `prefix`. */
export function encoderLayer(prefix: string, names: EncoderLayerNames, hidden: number, intermediate: number): LocalTensor[] {
  const at = (module: string) => `${prefix}.${module}`;
  return [
    ...linear(at(names.query), hidden, hidden),
    ...linear(at(names.key), hidden, hidden),
    ...linear(at(names.value), hidden, hidden),
    ...linear(at(names.attentionOutput), hidden, hidden),
    ...layerNorm(at(names.attentionLayerNorm), hidden),
    ...linear(at(names.intermediate), intermediate, hidden),
    ...linear(at(names.output), hidden, intermediate),
    ...layerNorm(at(names.outputLayerNorm), hidden),
  ];
}

/** `{prefix}.{i}.*` for each of `layers` encoder layers. */
export function encoderLayers(
  prefix: string,
  names: EncoderLayerNames,
  layers: number,
  hidden: number,
  intermediate: number,
): LocalTensor[] {
  const out: LocalTensor[] = [];
  for (let i = 0; i < layers; i++) out.push(...encoderLayer(`${prefix}.${i}`, names, hidden, intermediate));
  return out;
}

/** `encoder.layer.{i}.*` of BERT, RoBERTa and ELECTRA (identical module trees). */
export function bertEncoderLayers(layers: number, hidden: number, intermediate: number): LocalTensor[] {
  return encoderLayers('encoder.layer', BERT_LAYER, layers, hidden, intermediate);
}

export interface BertEmbeddingsShape {
  vocabSize: number;
  positions: number;
  typeVocabSize: number;
  /** Embedding width (hidden, or ALBERT/ELECTRA's embedding_size). */
  size: number;
  /** Word-embedding padding row (pad_token_id). */
  padId: number | undefined;
  /** Position-embedding padding row (RoBERTa family: pad_token_id). */
  positionPadId?: number;
}

/**
 * `embeddings.*` of the BERT family. The `position_ids` / `token_type_ids` buffers are registered
 * with `persistent=False` in transformers 4.46, so they are not in the checkpoint.
 */
export function bertEmbeddings(s: BertEmbeddingsShape): LocalTensor[] {
  return [
    embedding('embeddings.word_embeddings', s.vocabSize, s.size, s.padId),
    embedding('embeddings.position_embeddings', s.positions, s.size, s.positionPadId),
    embedding('embeddings.token_type_embeddings', s.typeVocabSize, s.size),
    ...layerNorm('embeddings.LayerNorm', s.size),
  ];
}

/** The head tensors that differ between encoder families. */
export interface EncoderHeadTensors {
  sequenceClassification(): LocalTensor[];
  maskedLm(): LocalTensor[];
}

/**
 * Head tensors of an encoder family's `*For<Task>` class. Token classification (`classifier`) and
 * question answering (`qa_outputs`, start/end logits) are one Linear on the last hidden state
 * under the same name in every encoder family here; the other two heads are the family's own.
 */
export function encoderHead({ spec }: FamilyContext, own: EncoderHeadTensors): LocalTensor[] {
  switch (spec.head) {
    case 'sequence-classification':
      return own.sequenceClassification();
    case 'token-classification':
      return linear('classifier', spec.numLabels!, spec.hidden);
    case 'question-answering':
      return linear('qa_outputs', spec.numLabels!, spec.hidden);
    case 'masked-lm':
      return own.maskedLm();
    default:
      return [];
  }
}

/** Tensor names of a masked-LM prediction head. */
export interface MaskedLmNames {
  /** Transform Linear [size, hidden] (followed by the activation). */
  dense: string;
  /** Transform LayerNorm [size]. */
  layerNorm: string;
  /** Output bias [vocab]; the decoder weight is tied to the word embeddings and not stored. */
  bias: string;
}

/**
 * A masked-LM prediction head: dense + activation + LayerNorm, then a decoder tied to the word
 * embeddings. `size` is the embedding width the decoder projects from (hidden, or embedding_size).
 */
export function maskedLmHead(names: MaskedLmNames, hidden: number, size: number, vocabSize: number): LocalTensor[] {
  return [
    ...linear(names.dense, size, hidden),
    ...layerNorm(names.layerNorm, size),
    { name: names.bias, shape: [vocabSize], init: 'bias' },
  ];
}

/** RobertaClassificationHead / ElectraClassificationHead: `classifier.dense` + activation + `classifier.out_proj` on the first token. */
export function denseClassificationHead(hidden: number, numLabels: number): LocalTensor[] {
  return [...linear('classifier.dense', hidden, hidden), ...linear('classifier.out_proj', numLabels, hidden)];
}
