import { readBertStyleConfig, resolveBertEncoder, runBertEncoder } from './bert-encoder.js';
import type { BertStyleDefaults } from './bert-encoder.js';
import { BERT_DEFAULTS } from './bert.js';
import type { FamilyPlan, FamilyPlanner } from './family-plan.js';
import { planTaskHead } from './task-head.js';
import { WeightResolver } from './weights.js';

/** `RobertaConfig` defaults (transformers configuration_roberta.py): `BertConfig`'s but for the vocabulary and padding id. */
export const ROBERTA_DEFAULTS: BertStyleDefaults = { ...BERT_DEFAULTS, vocab_size: 50265, pad_token_id: 1 };

/**
 * RoBERTa and its renamed copies (every descriptor whose builder is `roberta`: one code path,
 * tensors under the `roberta.` prefix for all). BERT's encoder with padding-offset position ids and no token_type_ids input (the
 * token type table's row 0 is added to every token). Heads: sequence classification =
 * `classifier.dense` + tanh + `classifier.out_proj` on `h[:, 0]`; token classification, QA;
 * MLM = `lm_head.dense` + gelu + `lm_head.layer_norm` + decoder (+ `lm_head.bias`).
 */
export const planRoberta: FamilyPlanner = ({ family, cfg, source, task }): FamilyPlan => {
  // The copies' configs differ from RobertaConfig only in their default vocabulary (the descriptor's).
  const defaults: BertStyleDefaults = { ...ROBERTA_DEFAULTS, vocab_size: family.convert.vocabSizeDefault };
  const c = readBertStyleConfig(cfg, defaults);
  // RobertaEmbeddings' padding_idx: padding tokens get this position, real tokens count from it + 1.
  const padTokenId = cfg.anyInt('pad_token_id', defaults.pad_token_id);
  const ws = new WeightResolver(source, 'roberta');
  const enc = resolveBertEncoder(ws, c);
  // RobertaLMHead applies transformers' `gelu` (exact) whatever hidden_act says.
  const head = planTaskHead(task, ws, cfg, {
    hidden: c.hidden,
    pooler: 'pooler.dense',
    sequenceClassifier: { kind: 'first-token-mlp', dense: 'classifier.dense', activation: 'tanh', out: 'classifier.out_proj' },
    maskedLm: {
      scope: 'lm_head',
      dense: 'lm_head.dense',
      norm: 'lm_head.layer_norm',
      width: c.hidden,
      activation: 'gelu',
      eps: c.eps,
      decoder: 'lm_head.decoder.weight',
      bias: ['lm_head.bias', 'lm_head.decoder.bias'],
      wordEmbeddings: enc.embeddings.word,
    },
  });
  return {
    inputs: ['input_ids', 'attention_mask'],
    build(ops, inputs) {
      const positions = { kind: 'padding-offset', padTokenId } as const;
      const h = runBertEncoder(ops, inputs.input_ids, inputs.attention_mask, enc, c, positions, { kind: 'zeros' });
      return head(ops, h);
    },
  };
};
