import { readBertStyleConfig, resolveBertEncoder, runBertEncoder } from './bert-encoder.js';
import type { BertStyleDefaults } from './bert-encoder.js';
import type { FamilyPlan, FamilyPlanner, HeadBuilder } from './family-plan.js';
import { mlmTransform, pooler, QA_LOGITS, questionAnswering, resolveVocabDecoder, vocabProjection } from './heads.js';
import type { LinearWeights } from './weights.js';
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
  const H = c.hidden;
  const poolerWeights = (): LinearWeights => ws.baseLinear('pooler.dense', H, H);

  let head: HeadBuilder;
  switch (task) {
    case 'feature-extraction': {
      const p = ws.hasBase('pooler.dense.weight') ? poolerWeights() : undefined;
      head = (ops, h) => [{ name: 'last_hidden_state', value: h }, ...(p ? [{ name: 'pooler_output', value: pooler(ops, h, p) }] : [])];
      break;
    }
    case 'text-classification': {
      const p = poolerWeights();
      const classifier = ws.headLinear('classifier', H, cfg.numLabels());
      head = (ops, h) => [{ name: 'logits', value: ops.g.scope('classifier', () => ops.linear(pooler(ops, h, p), classifier)) }];
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
      const transform = {
        dense: ws.headLinear('cls.predictions.transform.dense', H, H),
        norm: ws.headNorm('cls.predictions.transform.LayerNorm', H),
      };
      const decoder = resolveVocabDecoder(ws, cfg, enc.embeddings.word, 'cls.predictions.decoder.weight', [
        'cls.predictions.bias',
        'cls.predictions.decoder.bias',
      ]);
      head = (ops, h) => [
        {
          name: 'logits',
          value: ops.g.scope('cls.predictions', () => vocabProjection(ops, mlmTransform(ops, h, transform, c.activation, c.eps), decoder)),
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
