import { bertModelPlan, readBertStyleConfig, resolveBertEncoder } from './bert-encoder.js';
import type { BertStyleDefaults } from './bert-encoder.js';
import type { FamilyPlan, FamilyPlanner } from './family-plan.js';
import { planTaskHead } from './task-head.js';
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
  const head = planTaskHead(task, ws, cfg, {
    hidden: c.hidden,
    pooler: undefined,
    sequenceClassifier: { kind: 'first-token-mlp', dense: 'classifier.dense', activation: 'gelu', out: 'classifier.out_proj' },
    maskedLm: {
      scope: 'generator',
      dense: 'generator_predictions.dense',
      norm: 'generator_predictions.LayerNorm',
      width: c.embeddingSize,
      activation: 'gelu',
      eps: c.eps,
      decoder: 'generator_lm_head.weight',
      bias: ['generator_lm_head.bias'],
      wordEmbeddings: enc.embeddings.word,
    },
  });
  return bertModelPlan(enc, c, head);
};
