import { activationByName } from './activations.js';
import { encodeBertLike } from './bert-like-encoder.js';
import { dense, denseAct, firstToken, maskedLm, questionAnswering, tokenClassification } from './common-heads.js';
import { bertPooler } from './forward-bert.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import type { EncoderTask, Outputs64 } from './types.js';
import type { WeightReader } from './weight-reader.js';

/**
 * RoBERTa, XLM-RoBERTa and CamemBERT (modeling_roberta.py and its copies): BERT's encoder with
 * padding-aware position ids; ForSequenceClassification = out_proj(tanh(dense(h[:, 0]))) (no
 * pooler); ForMaskedLM = lm_head (dense + erf GELU + layer_norm, tied decoder + bias).
 */
export async function forwardRoberta(cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs, task: EncoderTask): Promise<Outputs64> {
  const e = await encodeBertLike(cfg, reader, inp);
  const H = cfg.hiddenSize;
  switch (task) {
    case 'feature-extraction': {
      const out: Outputs64 = { last_hidden_state: { dims: [e.batch, e.seq, H], data: e.hidden } };
      if (reader.has(reader.base('pooler.dense.weight'))) out['pooler_output'] = { dims: [e.batch, H], data: await bertPooler(reader, e) };
      return out;
    }
    case 'text-classification': {
      const x = await denseAct(reader, 'classifier.dense', firstToken(e), e.batch, H, H, Math.tanh);
      const logits = await dense(reader, 'classifier.out_proj', x, e.batch, H, cfg.numLabels);
      return { logits: { dims: [e.batch, cfg.numLabels], data: logits } };
    }
    case 'token-classification':
      return tokenClassification(reader, cfg, e);
    case 'question-answering':
      return questionAnswering(reader, e);
    case 'fill-mask':
      // RobertaLMHead calls the erf `gelu` directly, whatever hidden_act says.
      return maskedLm(
        reader,
        cfg,
        e,
        {
          dense: 'lm_head.dense',
          norm: 'lm_head.layer_norm',
          decoderWeight: 'lm_head.decoder.weight',
          decoderBias: ['lm_head.bias', 'lm_head.decoder.bias'],
        },
        H,
        activationByName('gelu'),
        e.wordEmbeddings,
      );
  }
}
