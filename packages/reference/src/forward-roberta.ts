import { activationByName } from './activations.js';
import { encodeBertLike } from './bert-like-encoder.js';
import { headUsesWordEmbeddings } from './common-heads.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import { runTaskHead } from './task-head.js';
import type { EncoderTask, Outputs64 } from './types.js';
import type { WeightReader } from './weight-reader.js';

/**
 * RoBERTa and its renamed copies (modeling_roberta.py and the files copied from it): BERT's encoder with
 * padding-aware position ids; ForSequenceClassification = out_proj(tanh(dense(h[:, 0]))) (no
 * pooler); ForMaskedLM = lm_head (dense + erf GELU + layer_norm, tied decoder + bias).
 */
export async function forwardRoberta(cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs, task: EncoderTask): Promise<Outputs64> {
  const e = await encodeBertLike(cfg, reader, inp, headUsesWordEmbeddings(task, cfg));
  return runTaskHead(task, reader, cfg, e, {
    pooler: reader.base('pooler.dense'),
    sequenceClassifier: { kind: 'first-token-mlp', dense: 'classifier.dense', act: Math.tanh, out: 'classifier.out_proj' },
    maskedLm: {
      dense: 'lm_head.dense',
      norm: 'lm_head.layer_norm',
      decoderWeight: 'lm_head.decoder.weight',
      decoderBias: ['lm_head.bias', 'lm_head.decoder.bias'],
      width: cfg.hiddenSize,
      // RobertaLMHead calls the erf `gelu` directly, whatever hidden_act says.
      act: activationByName('gelu'),
      wordEmbeddings: e.wordEmbeddings,
    },
  });
}
