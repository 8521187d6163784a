import { readActivation } from './activation.js';
import { extendedAttentionMask } from './attention.js';
import { checkEncoderOnly } from './bert-encoder.js';
import { embed, resolveEmbeddings } from './embeddings.js';
import { encoderLayer } from './encoder-layer.js';
import type { EncoderLayerConfig, EncoderLayerWeights } from './encoder-layer.js';
import { checkHeadsDivide } from './family-plan.js';
import type { FamilyPlan, FamilyPlanner } from './family-plan.js';
import { planTaskHead } from './task-head.js';
import { WeightResolver } from './weights.js';

/** DistilBERT hard-codes every LayerNorm's epsilon (modeling_distilbert.py); the config has no field for it. */
export const DISTILBERT_LAYER_NORM_EPS = 1e-12;

/** `DistilBertConfig` defaults (transformers configuration_distilbert.py). */
export const DISTILBERT_DEFAULTS = {
  vocab_size: 30522,
  max_position_embeddings: 512,
  n_layers: 6,
  n_heads: 12,
  dim: 768,
  hidden_dim: 3072,
  activation: 'gelu',
} as const;

/**
 * DistilBERT: word + position embeddings (no token types), `transformer.layer.N` post-LN layers
 * (`q_lin`/`k_lin`/`v_lin`/`out_lin`, `sa_layer_norm`, `ffn.lin1`/`ffn.lin2`,
 * `output_layer_norm`), no pooler. Config keys `dim`, `n_layers`, `n_heads` also answer to
 * their `attribute_map` aliases `hidden_size`, `num_hidden_layers`, `num_attention_heads`.
 * Heads: sequence classification = `pre_classifier` + ReLU + `classifier` on `h[:, 0]`; token
 * classification, QA; MLM = `vocab_transform` + activation + `vocab_layer_norm` + `vocab_projector`.
 */
export const planDistilbert: FamilyPlanner = ({ cfg, source, task }): FamilyPlan => {
  checkEncoderOnly(cfg);
  const hidden = cfg.int(['hidden_size', 'dim'], DISTILBERT_DEFAULTS.dim);
  const heads = cfg.int(['num_attention_heads', 'n_heads'], DISTILBERT_DEFAULTS.n_heads);
  checkHeadsDivide(cfg, cfg.config['num_attention_heads'] !== undefined ? 'num_attention_heads' : 'n_heads', heads, hidden);
  const layerCount = cfg.int(['num_hidden_layers', 'n_layers'], DISTILBERT_DEFAULTS.n_layers);
  const c: EncoderLayerConfig = {
    hidden,
    heads,
    intermediate: cfg.int('hidden_dim', DISTILBERT_DEFAULTS.hidden_dim),
    eps: DISTILBERT_LAYER_NORM_EPS,
    activation: readActivation(cfg, 'activation', DISTILBERT_DEFAULTS.activation),
  };
  const ws = new WeightResolver(source, 'distilbert');
  const embeddings = resolveEmbeddings(ws, {
    vocab: cfg.int('vocab_size', DISTILBERT_DEFAULTS.vocab_size),
    dim: hidden,
    maxPositions: cfg.int('max_position_embeddings', DISTILBERT_DEFAULTS.max_position_embeddings),
    typeVocab: undefined,
  });
  const layers: EncoderLayerWeights[] = [];
  for (let i = 0; i < layerCount; i++) {
    const p = `transformer.layer.${i}`;
    layers.push({
      query: ws.baseLinear(`${p}.attention.q_lin`, hidden, hidden),
      key: ws.baseLinear(`${p}.attention.k_lin`, hidden, hidden),
      value: ws.baseLinear(`${p}.attention.v_lin`, hidden, hidden),
      attentionOutput: ws.baseLinear(`${p}.attention.out_lin`, hidden, hidden),
      attentionNorm: ws.baseNorm(`${p}.sa_layer_norm`, hidden),
      ffnIn: ws.baseLinear(`${p}.ffn.lin1`, hidden, c.intermediate),
      ffnOut: ws.baseLinear(`${p}.ffn.lin2`, c.intermediate, hidden),
      outputNorm: ws.baseNorm(`${p}.output_layer_norm`, hidden),
    });
  }

  const head = planTaskHead(task, ws, cfg, {
    hidden,
    pooler: undefined,
    sequenceClassifier: { kind: 'first-token-mlp', dense: 'pre_classifier', activation: 'relu', out: 'classifier' },
    maskedLm: {
      scope: 'vocab_projector',
      dense: 'vocab_transform',
      norm: 'vocab_layer_norm',
      width: hidden,
      activation: c.activation,
      eps: c.eps,
      decoder: 'vocab_projector.weight',
      bias: ['vocab_projector.bias'],
      wordEmbeddings: embeddings.word,
    },
  });
  return {
    inputs: ['input_ids', 'attention_mask'],
    build(ops, inputs) {
      const g = ops.g;
      let h = embed(ops, inputs.input_ids, embeddings, { kind: 'arange' }, { kind: 'none' }, DISTILBERT_LAYER_NORM_EPS);
      const mask = extendedAttentionMask(ops, inputs.attention_mask);
      layers.forEach((layer, i) => {
        h = g.scope(`transformer.layer.${i}`, () => encoderLayer(ops, h, mask, layer, c));
      });
      return head(ops, h);
    },
  };
};
