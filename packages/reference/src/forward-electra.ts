import { activationByName } from './activations.js';
import { encodeBertLike } from './bert-like-encoder.js';
import { dense, denseAct, firstToken, maskedLm, questionAnswering, tokenClassification } from './common-heads.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import type { EncoderTask, Outputs64 } from './types.js';
import type { WeightReader } from './weight-reader.js';

/**
 * ELECTRA (modeling_electra.py): no pooler; ForSequenceClassification = out_proj(gelu(dense(h[:, 0])))
 * (erf GELU, hard-coded); ForMaskedLM = generator_predictions (dense hidden → embedding_size, erf
 * GELU, LayerNorm) then generator_lm_head (tied to the word embeddings by default).
 */
export async function forwardElectra(cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs, task: EncoderTask): Promise<Outputs64> {
  const e = await encodeBertLike(cfg, reader, inp);
  const H = cfg.hiddenSize;
  const gelu = activationByName('gelu');
  switch (task) {
    case 'feature-extraction':
      return { last_hidden_state: { dims: [e.batch, e.seq, H], data: e.hidden } };
    case 'text-classification': {
      const x = await denseAct(reader, 'classifier.dense', firstToken(e), e.batch, H, H, gelu);
      const logits = await dense(reader, 'classifier.out_proj', x, e.batch, H, cfg.numLabels);
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
          dense: 'generator_predictions.dense',
          norm: 'generator_predictions.LayerNorm',
          decoderWeight: 'generator_lm_head.weight',
          decoderBias: ['generator_lm_head.bias'],
        },
        cfg.embeddingSize,
        gelu,
        e.wordEmbeddings,
      );
  }
}
