import { readBertStyleConfig, resolveBertEncoder, runBertEncoder } from './bert-encoder.js';
import type { BertStyleDefaults } from './bert-encoder.js';
import type { FamilyPlan, FamilyPlanner, HeadBuilder } from './family-plan.js';
import { firstToken, mlmTransform, pooler, QA_LOGITS, questionAnswering, resolveVocabDecoder, vocabProjection } from './heads.js';
import type { EncoderFamily } from './types.js';
import { WeightResolver } from './weights.js';

/** `RobertaConfig` defaults (transformers configuration_roberta.py). */
export const ROBERTA_DEFAULTS: BertStyleDefaults = {
  vocab_size: 50265,
  hidden_size: 768,
  num_hidden_layers: 12,
  num_attention_heads: 12,
  intermediate_size: 3072,
  hidden_act: 'gelu',
  max_position_embeddings: 512,
  type_vocab_size: 2,
  layer_norm_eps: 1e-12,
  pad_token_id: 1,
};

/** `XLMRobertaConfig` and `CamembertConfig` differ from `RobertaConfig` only in their default vocabulary. */
export const XLM_ROBERTA_DEFAULTS: BertStyleDefaults = { ...ROBERTA_DEFAULTS, vocab_size: 30522 };

const DEFAULTS: Partial<Record<EncoderFamily, BertStyleDefaults>> = {
  roberta: ROBERTA_DEFAULTS,
  'xlm-roberta': XLM_ROBERTA_DEFAULTS,
  camembert: XLM_ROBERTA_DEFAULTS,
};

/**
 * RoBERTa, XLM-RoBERTa and CamemBERT (one code path; tensors under the `roberta.` prefix for all
 * three). BERT's encoder with padding-offset position ids and no token_type_ids input (the
 * token type table's row 0 is added to every token). Heads: sequence classification =
 * `classifier.dense` + tanh + `classifier.out_proj` on `h[:, 0]`; token classification, QA;
 * MLM = `lm_head.dense` + gelu + `lm_head.layer_norm` + decoder (+ `lm_head.bias`).
 */
export const planRoberta: FamilyPlanner = ({ family, cfg, source, task }): FamilyPlan => {
  const defaults = DEFAULTS[family] ?? ROBERTA_DEFAULTS;
  const c = readBertStyleConfig(cfg, defaults);
  // RobertaEmbeddings' padding_idx: padding tokens get this position, real tokens count from it + 1.
  const padTokenId = cfg.anyInt('pad_token_id', defaults.pad_token_id);
  const ws = new WeightResolver(source, 'roberta');
  const enc = resolveBertEncoder(ws, c);
  const H = c.hidden;

  let head: HeadBuilder;
  switch (task) {
    case 'feature-extraction': {
      const p = ws.hasBase('pooler.dense.weight') ? ws.baseLinear('pooler.dense', H, H) : undefined;
      head = (ops, h) => [{ name: 'last_hidden_state', value: h }, ...(p ? [{ name: 'pooler_output', value: pooler(ops, h, p) }] : [])];
      break;
    }
    case 'text-classification': {
      const dense = ws.headLinear('classifier.dense', H, H);
      const outProj = ws.headLinear('classifier.out_proj', H, cfg.numLabels());
      head = (ops, h) => [
        { name: 'logits', value: ops.g.scope('classifier', () => ops.linear(ops.g.tanh(ops.linear(firstToken(ops, h), dense)), outProj)) },
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
      const transform = { dense: ws.headLinear('lm_head.dense', H, H), norm: ws.headNorm('lm_head.layer_norm', H) };
      const decoder = resolveVocabDecoder(ws, cfg, enc.embeddings.word, 'lm_head.decoder.weight', ['lm_head.bias', 'lm_head.decoder.bias']);
      // RobertaLMHead applies transformers' `gelu` (exact) whatever hidden_act says.
      head = (ops, h) => [
        { name: 'logits', value: ops.g.scope('lm_head', () => vocabProjection(ops, mlmTransform(ops, h, transform, 'gelu', c.eps), decoder)) },
      ];
      break;
    }
  }
  return {
    inputs: ['input_ids', 'attention_mask'],
    build(ops, inputs) {
      const positions = { kind: 'padding-offset', padTokenId } as const;
      const h = runBertEncoder(ops, inputs.input_ids, inputs.attention_mask, enc, c, positions, { kind: 'zeros' });
      return head(ops, h);
    },
  };
};
