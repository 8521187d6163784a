import type { TensorInfo } from '@mlpack/core';
import type { Value } from '@mlpack/graph';
import { applyActivation } from './activation.js';
import type { ActivationKind } from './activation.js';
import type { ConfigReader } from './config-reader.js';
import type { NamedOutput } from './family-plan.js';
import type { ModuleOps } from './module-ops.js';
import type { LinearWeights, NormWeights, WeightResolver } from './weights.js';

/** Question answering always predicts two logits per token: span start and span end. */
export const QA_LOGITS = 2;

/** `h[:, 0]`: the first token's vector, [batch, hidden]. */
export function firstToken(ops: ModuleOps, h: Value): Value {
  return ops.g.gather(h, 0, 1);
}

/** BERT / RoBERTa / ALBERT pooler: `tanh(dense(h[:, 0]))`. */
export function pooler(ops: ModuleOps, h: Value, dense: LinearWeights): Value {
  return ops.g.scope('pooler', () => ops.g.tanh(ops.linear(firstToken(ops, h), dense)));
}

/** `qa_outputs(h)` split on the last axis into `start_logits`, `end_logits` [batch, seq]. */
export function questionAnswering(ops: ModuleOps, h: Value, qa: LinearWeights): NamedOutput[] {
  const g = ops.g;
  return g.scope('qa_outputs', () => {
    const logits = ops.linear(h, qa);
    return [
      { name: 'start_logits', value: g.gather(logits, 0, 2) },
      { name: 'end_logits', value: g.gather(logits, 1, 2) },
    ];
  });
}

/** An MLM transform: `LayerNorm(act(dense(h)))`. */
export interface MlmTransformWeights {
  dense: LinearWeights;
  norm: NormWeights;
}

export function mlmTransform(ops: ModuleOps, h: Value, w: MlmTransformWeights, activation: ActivationKind, eps: number): Value {
  return ops.layerNorm(applyActivation(ops, activation, ops.linear(h, w.dense)), w.norm, eps);
}

/** The vocabulary projection: a stored decoder weight, or the word embeddings (tied). */
export interface VocabDecoder {
  /** [vocab, dim] as stored; used directly when the checkpoint has it. */
  weight: TensorInfo;
  tied: boolean;
  bias: TensorInfo;
}

/**
 * The decoder of an MLM head, as transformers resolves it: the word embeddings when
 * `tie_word_embeddings` (default true) holds — `tie_weights()` then replaces any stored decoder
 * weight with the input embeddings, so a stored `decoderName` tensor is ignored — else the stored
 * `decoderName` tensor (missing: `ARCH_MISSING_TENSOR`). The bias is the first of `biasNames`
 * present (the head's `bias` and the decoder's tied `decoder.bias`).
 */
export function resolveVocabDecoder(
  ws: WeightResolver,
  cfg: ConfigReader,
  wordEmbeddings: TensorInfo,
  decoderName: string,
  biasNames: readonly string[],
): VocabDecoder {
  const [vocab, dim] = wordEmbeddings.shape as [number, number];
  const bias = ws.headAny(biasNames, [vocab]);
  if (cfg.bool('tie_word_embeddings', true)) return { weight: wordEmbeddings, tied: true, bias };
  return { weight: ws.head(decoderName, [vocab, dim]), tied: false, bias };
}

/** `x · decoderᵀ + bias`: [batch, seq, vocab]. */
export function vocabProjection(ops: ModuleOps, x: Value, d: VocabDecoder): Value {
  const y = d.tied ? ops.tiedProjection(x, d.weight) : ops.g.matMul(x, ops.weight(d.weight, true));
  return ops.g.add(y, ops.weight(d.bias));
}
