import { readBertStyleConfig, resolveBertEncoder, runBertEncoder } from './bert-encoder.js';
import type { BertStyleDefaults } from './bert-encoder.js';
import type { FamilyPlan, FamilyPlanner, HeadBuilder } from './family-plan.js';
import { firstToken, mlmTransform, QA_LOGITS, questionAnswering, resolveVocabDecoder, vocabProjection } from './heads.js';
import { WeightResolver } from './weights.js';

/** `ElectraConfig` defaults (transformers configuration_electra.py). */
export const ELECTRA_DEFAULTS: BertStyleDefaults = {
  vocab_size: 30522,
  embedding_size: 128,
  hidden_size: 256,
  num_hidden_layers: 12,
  num_attention_heads: 4,
  intermediate_size: 1024,
  hidden_act: 'gelu',
  max_position_embeddings: 512,
  type_vocab_size: 2,
  layer_norm_eps: 1e-12,
  pad_token_id: 0,
};

/**
 * ELECTRA: BERT's encoder over factorized embeddings (`embedding_size`), projected to the hidden
 * size by `embeddings_project` when the two differ; no pooler. Heads: sequence classification =
 * `classifier.dense` + gelu + `classifier.out_proj` on `h[:, 0]`; token classification, QA;
 * MLM = `generator_predictions` (dense to embedding_size, gelu, LayerNorm) + `generator_lm_head`.
 * ELECTRA's classification head and generator use transformers' exact `gelu` whatever hidden_act says.
 */
export const planElectra: FamilyPlanner = ({ cfg, source, task }): FamilyPlan => {
  const c = readBertStyleConfig(cfg, ELECTRA_DEFAULTS);
  const ws = new WeightResolver(source, 'electra');
  const enc = resolveBertEncoder(ws, c);
  const H = c.hidden;

  let head: HeadBuilder;
  switch (task) {
    case 'feature-extraction':
      head = (_ops, h) => [{ name: 'last_hidden_state', value: h }];
      break;
    case 'text-classification': {
      const dense = ws.headLinear('classifier.dense', H, H);
      const outProj = ws.headLinear('classifier.out_proj', H, cfg.numLabels());
      head = (ops, h) => [
        {
          name: 'logits',
          value: ops.g.scope('classifier', () => ops.linear(ops.g.gelu(ops.linear(firstToken(ops, h), dense), 'none'), outProj)),
        },
      ];
      break;
    }
    case 'token-classification': {
      const classifier = ws.headLinear('classifier', H, cfg.numLabels());
      head = (ops, h) => [{ name: 'logits', value: ops.g.scope('classifier', () => ops.linear(h, classifier)) }];
      break;
    }
    case 'question-answering': {
      const qa = ws.headLinear('qa_outputs', H, QA_LOGITS);
      head = (ops, h) => questionAnswering(ops, h, qa);
      break;
    }
    case 'fill-mask': {
      const E = c.embeddingSize;
      const transform = { dense: ws.headLinear('generator_predictions.dense', H, E), norm: ws.headNorm('generator_predictions.LayerNorm', E) };
      const decoder = resolveVocabDecoder(ws, cfg, enc.embeddings.word, 'generator_lm_head.weight', ['generator_lm_head.bias']);
      head = (ops, h) => [
        {
          name: 'logits',
          value: ops.g.scope('generator', () => vocabProjection(ops, mlmTransform(ops, h, transform, 'gelu', c.eps), decoder)),
        },
      ];
      break;
    }
  }
  return {
    inputs: ['input_ids', 'attention_mask', 'token_type_ids'],
    build(ops, inputs) {
      const h = runBertEncoder(ops, inputs.input_ids, inputs.attention_mask, enc, c, { kind: 'arange' }, { kind: 'input', ids: inputs.token_type_ids! });
      return head(ops, h);
    },
  };
};
