import { activationByName } from './activations.js';
import { encodeBertLike } from './bert-like-encoder.js';
import { headUsesWordEmbeddings } from './common-heads.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import { runTaskHead } from './task-head.js';
import type { EncoderTask, Outputs64 } from './types.js';
import type { WeightReader } from './weight-reader.js';

/**
 * ELECTRA (modeling_electra.py): no pooler; ForSequenceClassification = out_proj(gelu(dense(h[:, 0])))
 * (erf GELU, hard-coded); ForMaskedLM = generator_predictions (dense hidden → embedding_size, erf
 * GELU, LayerNorm) then generator_lm_head (tied to the word embeddings by default).
 */
export async function forwardElectra(cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs, task: EncoderTask): Promise<Outputs64> {
  const e = await encodeBertLike(cfg, reader, inp, headUsesWordEmbeddings(task, cfg));
  const gelu = activationByName('gelu');
  return runTaskHead(task, reader, cfg, e, {
    pooler: undefined,
    sequenceClassifier: { kind: 'first-token-mlp', dense: 'classifier.dense', act: gelu, out: 'classifier.out_proj' },
    maskedLm: {
      dense: 'generator_predictions.dense',
      norm: 'generator_predictions.LayerNorm',
      decoderWeight: 'generator_lm_head.weight',
      decoderBias: ['generator_lm_head.bias'],
      width: cfg.embeddingSize,
      act: gelu,
      wordEmbeddings: e.wordEmbeddings,
    },
  });
}
