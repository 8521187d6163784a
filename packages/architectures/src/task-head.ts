import type { TensorInfo } from '@mlpack/core';
import { applyActivation } from './activation.js';
import type { ActivationKind } from './activation.js';
import type { ConfigReader } from './config-reader.js';
import type { HeadBuilder } from './family-plan.js';
import { firstToken, mlmTransform, pooler, QA_LOGITS, questionAnswering, resolveVocabDecoder, vocabProjection } from './heads.js';
import type { EncoderTask } from './types.js';
import type { WeightResolver } from './weights.js';

/**
 * How a family turns the hidden states into sequence-classification logits:
 * - `pooled`: `classifier(pooler_output)` (BERT, ALBERT), reusing the family's tanh pooler;
 * - `first-token-mlp`: `out(act(dense(h[:, 0])))`, a classification head of its own that ignores
 *   any pooler (RoBERTa's `classifier.dense`/`out_proj`, ELECTRA's, DistilBERT's `pre_classifier`).
 */
export type SequenceClassifierLayout = { kind: 'pooled' } | { kind: 'first-token-mlp'; dense: string; activation: ActivationKind; out: string };

/** A masked-LM head: `decoder(LayerNorm(act(dense(h)))) + bias`, built under the graph scope `scope`. */
export interface MaskedLmLayout {
  scope: string;
  /** Head Linear hidden → `width`. */
  dense: string;
  /** Head LayerNorm over `width`. */
  norm: string;
  /** The transform's output width: the hidden size, or ALBERT / ELECTRA `embedding_size`. */
  width: number;
  activation: ActivationKind;
  eps: number;
  /** Decoder weight, used unless the config ties it to `wordEmbeddings`. */
  decoder: string;
  /** Names the decoder bias may be stored under, preferred first. */
  bias: readonly string[];
  wordEmbeddings: TensorInfo;
}

/** What differs between the families' task heads; the rest is transformers' shared head code. */
export interface TaskHeadLayout {
  hidden: number;
  /** Base-model name of the tanh pooler's Linear (`pooler.dense`, ALBERT `pooler`); undefined: no pooler. */
  pooler: string | undefined;
  sequenceClassifier: SequenceClassifierLayout;
  maskedLm: MaskedLmLayout;
}

/**
 * Resolves and shape-checks the tensors of `task`'s head, and returns the step that builds it.
 * Only the head the task needs is resolved, so checkpoints of other heads do not fail here.
 */
export function planTaskHead(task: EncoderTask, ws: WeightResolver, cfg: ConfigReader, l: TaskHeadLayout): HeadBuilder {
  const H = l.hidden;
  switch (task) {
    case 'feature-extraction': {
      // The pooler output is optional: base checkpoints saved without a pooler still convert.
      const p = l.pooler !== undefined && ws.hasBase(`${l.pooler}.weight`) ? ws.baseLinear(l.pooler, H, H) : undefined;
      return (ops, h) => [{ name: 'last_hidden_state', value: h }, ...(p ? [{ name: 'pooler_output', value: pooler(ops, h, p) }] : [])];
    }
    case 'text-classification':
      return planSequenceClassifier(ws, cfg, l);
    case 'token-classification': {
      const classifier = ws.headLinear('classifier', H, cfg.numLabels());
      return (ops, h) => [{ name: 'logits', value: ops.g.scope('classifier', () => ops.linear(h, classifier)) }];
    }
    case 'question-answering': {
      const qa = ws.headLinear('qa_outputs', H, QA_LOGITS);
      return (ops, h) => questionAnswering(ops, h, qa);
    }
    case 'fill-mask': {
      const m = l.maskedLm;
      const transform = { dense: ws.headLinear(m.dense, H, m.width), norm: ws.headNorm(m.norm, m.width) };
      const decoder = resolveVocabDecoder(ws, cfg, m.wordEmbeddings, m.decoder, m.bias);
      return (ops, h) => [
        { name: 'logits', value: ops.g.scope(m.scope, () => vocabProjection(ops, mlmTransform(ops, h, transform, m.activation, m.eps), decoder)) },
      ];
    }
  }
}

function planSequenceClassifier(ws: WeightResolver, cfg: ConfigReader, l: TaskHeadLayout): HeadBuilder {
  const H = l.hidden;
  const sc = l.sequenceClassifier;
  if (sc.kind === 'first-token-mlp') {
    const dense = ws.headLinear(sc.dense, H, H);
    const out = ws.headLinear(sc.out, H, cfg.numLabels());
    return (ops, h) => [
      {
        name: 'logits',
        value: ops.g.scope('classifier', () => ops.linear(applyActivation(ops, sc.activation, ops.linear(firstToken(ops, h), dense)), out)),
      },
    ];
  }
  if (l.pooler === undefined) throw new Error('bug: a pooled sequence classifier needs the family to name its pooler');
  const p = ws.baseLinear(l.pooler, H, H);
  const classifier = ws.headLinear('classifier', H, cfg.numLabels());
  return (ops, h) => [{ name: 'logits', value: ops.g.scope('classifier', () => ops.linear(pooler(ops, h, p), classifier)) }];
}
