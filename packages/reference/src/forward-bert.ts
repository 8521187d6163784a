import { activationByName } from './activations.js';
import { encodeBertLike } from './bert-like-encoder.js';
import { dense, denseAct, firstToken, maskedLm, questionAnswering, tokenClassification } from './common-heads.js';
import type { Encoded } from './common-heads.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import type { EncoderTask, Outputs64 } from './types.js';
import type { WeightReader } from './weight-reader.js';

/**
 * BERT (modeling_bert.py): BertModel + pooler (tanh(dense(h[:, 0]))); ForSequenceClassification =
 * classifier(pooler); ForTokenClassification = classifier(h); ForQuestionAnswering = qa_outputs(h);
 * ForMaskedLM = cls.predictions (transform dense + hidden_act + LayerNorm, tied decoder + bias).
 */
export async function forwardBert(cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs, task: EncoderTask): Promise<Outputs64> {
  const e = await encodeBertLike(cfg, reader, inp);
  const H = cfg.hiddenSize;
  switch (task) {
    case 'feature-extraction': {
      const out: Outputs64 = { last_hidden_state: { dims: [e.batch, e.seq, H], data: e.hidden } };
      if (reader.has(reader.base('pooler.dense.weight'))) out['pooler_output'] = { dims: [e.batch, H], data: await bertPooler(reader, e) };
      return out;
    }
    case 'text-classification': {
      const pooled = await bertPooler(reader, e);
      const logits = await dense(reader, 'classifier', pooled, e.batch, H, cfg.numLabels);
      return { logits: { dims: [e.batch, cfg.numLabels], data: logits } };
    }
    case 'token-classification':
      return tokenClassification(reader, cfg, e);
    case 'question-answering':
      return questionAnswering(reader, e);
    case 'fill-mask':
      return maskedLm(
        reader,
        cfg,
        e,
        {
          dense: 'cls.predictions.transform.dense',
          norm: 'cls.predictions.transform.LayerNorm',
          decoderWeight: 'cls.predictions.decoder.weight',
          decoderBias: ['cls.predictions.bias', 'cls.predictions.decoder.bias'],
        },
        H,
        activationByName(cfg.hiddenAct),
        e.wordEmbeddings,
      );
  }
}

/** BertPooler / RobertaPooler: tanh(pooler.dense(h[:, 0])) → [batch, hidden]. */
export async function bertPooler(reader: WeightReader, e: Encoded): Promise<Float64Array> {
  return denseAct(reader, reader.base('pooler.dense'), firstToken(e), e.batch, e.width, e.width, Math.tanh);
}
