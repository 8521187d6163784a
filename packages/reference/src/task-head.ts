import type { Activation } from './activations.js';
import { dense, denseAct, firstToken, maskedLm, questionAnswering, tokenClassification } from './common-heads.js';
import type { Encoded, MlmHeadNames } from './common-heads.js';
import type { EncoderConfig } from './resolve-config.js';
import type { EncoderTask, Outputs64 } from './types.js';
import type { WeightArray, WeightReader } from './weight-reader.js';

/**
 * How a family turns the hidden states into sequence-classification logits:
 * - `pooled`: `classifier(pooler_output)` (BertForSequenceClassification, ALBERT);
 * - `first-token-mlp`: `out(act(dense(h[:, 0])))`, a classification head of its own that ignores
 *   any pooler (RobertaClassificationHead, ElectraClassificationHead, DistilBERT's pre_classifier).
 */
export type SequenceClassifierLayout = { kind: 'pooled' } | { kind: 'first-token-mlp'; dense: string; act: Activation; out: string };

/** A masked-LM head: where its weights live, its transform width and activation, and the tied decoder. */
export interface MaskedLmLayout extends MlmHeadNames {
  /** Transform output width: the hidden size, or ALBERT / ELECTRA `embedding_size`. */
  width: number;
  act: Activation;
  /** The word-embedding table, the decoder when `tie_word_embeddings` holds (undefined unless `headUsesWordEmbeddings`). */
  wordEmbeddings: WeightArray | undefined;
}

/** What differs between the families' task heads; the rest is transformers' shared head code. */
export interface TaskHeadLayout {
  /** Full name of the tanh pooler's Linear (BertPooler `pooler.dense`, ALBERT `pooler`); undefined: no pooler. */
  pooler: string | undefined;
  sequenceClassifier: SequenceClassifierLayout;
  maskedLm: MaskedLmLayout;
}

/** Runs `task`'s head (AutoModelFor<task>) over the encoder output `e`. */
export async function runTaskHead(task: EncoderTask, reader: WeightReader, cfg: EncoderConfig, e: Encoded, l: TaskHeadLayout): Promise<Outputs64> {
  switch (task) {
    case 'feature-extraction': {
      const out: Outputs64 = { last_hidden_state: { dims: [e.batch, e.seq, e.width], data: e.hidden } };
      // Base checkpoints may be saved without their pooler (add_pooling_layer=False).
      if (l.pooler !== undefined && reader.has(`${l.pooler}.weight`)) {
        out['pooler_output'] = { dims: [e.batch, e.width], data: await pool(reader, e, l.pooler) };
      }
      return out;
    }
    case 'text-classification': {
      const logits = await classifySequence(reader, cfg, e, l);
      return { logits: { dims: [e.batch, cfg.numLabels], data: logits } };
    }
    case 'token-classification':
      return tokenClassification(reader, cfg, e);
    case 'question-answering':
      return questionAnswering(reader, e);
    case 'fill-mask': {
      const m = l.maskedLm;
      return maskedLm(reader, cfg, e, m, m.width, m.act, m.wordEmbeddings);
    }
  }
}

/** Sequence-classification logits, [batch, num_labels]. */
async function classifySequence(reader: WeightReader, cfg: EncoderConfig, e: Encoded, l: TaskHeadLayout): Promise<Float64Array> {
  const sc = l.sequenceClassifier;
  if (sc.kind === 'first-token-mlp') {
    const x = await denseAct(reader, sc.dense, firstToken(e), e.batch, e.width, e.width, sc.act);
    return dense(reader, sc.out, x, e.batch, e.width, cfg.numLabels);
  }
  if (l.pooler === undefined) throw new Error('bug: a pooled sequence classifier needs the family to name its pooler');
  const pooled = await pool(reader, e, l.pooler);
  return dense(reader, 'classifier', pooled, e.batch, e.width, cfg.numLabels);
}

/** BertPooler / AlbertModel's pooler: `tanh(pooler(h[:, 0]))` → [batch, width]. */
async function pool(reader: WeightReader, e: Encoded, pooler: string): Promise<Float64Array> {
  return denseAct(reader, pooler, firstToken(e), e.batch, e.width, e.width, Math.tanh);
}
