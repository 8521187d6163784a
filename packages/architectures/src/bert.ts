import { bertModelPlan, readBertStyleConfig, resolveBertEncoder } from './bert-encoder.js';
import type { BertStyleDefaults } from './bert-encoder.js';
import type { FamilyPlan, FamilyPlanner } from './family-plan.js';
import { planTaskHead } from './task-head.js';
import { WeightResolver } from './weights.js';

/** `BertConfig` defaults (transformers configuration_bert.py). */
export const BERT_DEFAULTS: BertStyleDefaults = {
  vocab_size: 30522,
  hidden_size: 768,
  num_hidden_layers: 12,
  num_attention_heads: 12,
  intermediate_size: 3072,
  hidden_act: 'gelu',
  max_position_embeddings: 512,
  type_vocab_size: 2,
  layer_norm_eps: 1e-12,
  pad_token_id: 0,
};

/**
 * BERT (`BertModel` / `BertFor*`): word + position + token type embeddings, post-LN encoder,
 * tanh pooler. Heads: sequence classification on the pooled output, token classification and QA
 * on the hidden states, MLM = `cls.predictions.transform` (dense, hidden_act, LayerNorm) + decoder.
 */
export const planBert: FamilyPlanner = ({ cfg, source, task }): FamilyPlan => {
  const c = readBertStyleConfig(cfg, BERT_DEFAULTS);
  const ws = new WeightResolver(source, 'bert');
  const enc = resolveBertEncoder(ws, c);
  const head = planTaskHead(task, ws, cfg, {
    hidden: c.hidden,
    pooler: 'pooler.dense',
    sequenceClassifier: { kind: 'pooled' },
    maskedLm: {
      scope: 'cls.predictions',
      dense: 'cls.predictions.transform.dense',
      norm: 'cls.predictions.transform.LayerNorm',
      width: c.hidden,
      activation: c.activation,
      eps: c.eps,
      decoder: 'cls.predictions.decoder.weight',
      bias: ['cls.predictions.bias', 'cls.predictions.decoder.bias'],
      wordEmbeddings: enc.embeddings.word,
    },
  });
  return bertModelPlan(enc, c, head);
};
