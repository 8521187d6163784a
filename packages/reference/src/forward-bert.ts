import { activationByName } from './activations.js';
import { encodeBertLike } from './bert-like-encoder.js';
import { headUsesWordEmbeddings } from './common-heads.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import { runTaskHead } from './task-head.js';
import type { EncoderTask, Outputs64 } from './types.js';
import type { WeightReader } from './weight-reader.js';

/**
 * BERT (modeling_bert.py): BertModel + pooler (tanh(dense(h[:, 0]))); ForSequenceClassification =
 * classifier(pooler); ForTokenClassification = classifier(h); ForQuestionAnswering = qa_outputs(h);
 * ForMaskedLM = cls.predictions (transform dense + hidden_act + LayerNorm, tied decoder + bias).
 */
export async function forwardBert(cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs, task: EncoderTask): Promise<Outputs64> {
  const e = await encodeBertLike(cfg, reader, inp, headUsesWordEmbeddings(task, cfg));
  return runTaskHead(task, reader, cfg, e, {
    pooler: reader.base('pooler.dense'),
    sequenceClassifier: { kind: 'pooled' },
    maskedLm: {
      dense: 'cls.predictions.transform.dense',
      norm: 'cls.predictions.transform.LayerNorm',
      decoderWeight: 'cls.predictions.decoder.weight',
      decoderBias: ['cls.predictions.bias', 'cls.predictions.decoder.bias'],
      width: cfg.hiddenSize,
      act: activationByName(cfg.hiddenAct),
      wordEmbeddings: e.wordEmbeddings,
    },
  });
}
