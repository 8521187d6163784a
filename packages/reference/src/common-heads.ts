import type { Activation } from './activations.js';
import { applyActivation } from './activations.js';
import { layerNorm } from './layer-norm.js';
import { linear } from './linear.js';
import type { EncoderConfig } from './resolve-config.js';
import type { EncoderTask, Outputs64 } from './types.js';
import type { WeightArray, WeightReader } from './weight-reader.js';

/** Extractive QA heads emit two logits per token: span start and span end (transformers splits the last axis). */
const SPAN_LOGITS = 2;

/** The encoder's result, [batch * seq, hidden], with its sizes. */
export interface Encoded {
  hidden: Float64Array;
  batch: number;
  seq: number;
  width: number;
}

/** h[:, 0]: the first token's vector of every batch row, [batch, width]. */
export function firstToken(e: Encoded): Float64Array {
  const out = new Float64Array(e.batch * e.width);
  for (let b = 0; b < e.batch; b++) out.set(e.hidden.subarray(b * e.seq * e.width, b * e.seq * e.width + e.width), b * e.width);
  return out;
}

/** A linear layer `name` ([out, in] weight + [out] bias) applied to x [rows, in]. */
export async function dense(reader: WeightReader, name: string, x: Float64Array, rows: number, inF: number, outF: number): Promise<Float64Array> {
  const w = await reader.read(`${name}.weight`, [outF, inF]);
  const b = await reader.read(`${name}.bias`, [outF]);
  return linear(x, rows, inF, w, b, outF);
}

/** `act(dense(x))`, in place on the dense output. */
export async function denseAct(
  reader: WeightReader,
  name: string,
  x: Float64Array,
  rows: number,
  inF: number,
  outF: number,
  act: Activation,
): Promise<Float64Array> {
  const y = await dense(reader, name, x, rows, inF, outF);
  applyActivation(y, act);
  return y;
}

/** Token classification: `classifier(h)` → logits [b, s, num_labels]. */
export async function tokenClassification(reader: WeightReader, cfg: EncoderConfig, e: Encoded, name = 'classifier'): Promise<Outputs64> {
  const logits = await dense(reader, name, e.hidden, e.batch * e.seq, e.width, cfg.numLabels);
  return { logits: { dims: [e.batch, e.seq, cfg.numLabels], data: logits } };
}

/** Extractive QA: `qa_outputs(h)` split into start_logits / end_logits, each [b, s]. */
export async function questionAnswering(reader: WeightReader, e: Encoded): Promise<Outputs64> {
  const rows = e.batch * e.seq;
  const logits = await dense(reader, 'qa_outputs', e.hidden, rows, e.width, SPAN_LOGITS);
  const start = new Float64Array(rows);
  const end = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    start[r] = logits[r * SPAN_LOGITS]!;
    end[r] = logits[r * SPAN_LOGITS + 1]!;
  }
  return {
    start_logits: { dims: [e.batch, e.seq], data: start },
    end_logits: { dims: [e.batch, e.seq], data: end },
  };
}

/** Where a masked-LM head's weights live. */
export interface MlmHeadNames {
  /** Linear hidden → transform width. */
  dense: string;
  /** LayerNorm after the activation. */
  norm: string;
  /** Decoder weight [vocab, transform width], used unless the config ties it to the word embeddings. */
  decoderWeight: string;
  /** Names the decoder bias [vocab] may be stored under (transformers ties `decoder.bias` to `bias`). */
  decoderBias: readonly string[];
}

/** Whether `task`'s head reads the word-embedding table (a tied MLM decoder): only then the encoder keeps it. */
export function headUsesWordEmbeddings(task: EncoderTask, cfg: EncoderConfig): boolean {
  return task === 'fill-mask' && cfg.tieWordEmbeddings;
}

/**
 * Masked-LM head: decoder(LN(act(dense(h)))) + bias → logits [b, s, vocab]. The decoder is the
 * word-embedding table (`wordEmbeddings`, [vocab, width]) when `tie_word_embeddings` holds (the
 * default: transformers then ties the output embeddings to the input ones), else its own weight;
 * `wordEmbeddings` is undefined when untied (see `headUsesWordEmbeddings`).
 */
export async function maskedLm(
  reader: WeightReader,
  cfg: EncoderConfig,
  e: Encoded,
  names: MlmHeadNames,
  transformWidth: number,
  act: Activation,
  wordEmbeddings: WeightArray | undefined,
): Promise<Outputs64> {
  const rows = e.batch * e.seq;
  const t = await denseAct(reader, names.dense, e.hidden, rows, e.width, transformWidth, act);
  const gamma = await reader.read(`${names.norm}.weight`, [transformWidth]);
  const beta = await reader.read(`${names.norm}.bias`, [transformWidth]);
  const normed = layerNorm(t, rows, transformWidth, gamma, beta, cfg.layerNormEps);
  let decoder: WeightArray;
  if (!cfg.tieWordEmbeddings) decoder = await reader.read(names.decoderWeight, [cfg.vocabSize, transformWidth]);
  else if (wordEmbeddings !== undefined) decoder = wordEmbeddings;
  else throw new Error('bug: a tied MLM decoder needs the encoder to keep the word embeddings (headUsesWordEmbeddings)');
  const bias = await reader.readFirst(names.decoderBias, [cfg.vocabSize]);
  const logits = linear(normed, rows, transformWidth, decoder, bias, cfg.vocabSize);
  return { logits: { dims: [e.batch, e.seq, cfg.vocabSize], data: logits } };
}
