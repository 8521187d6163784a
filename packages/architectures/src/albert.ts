import { extendedAttentionMask } from './attention.js';
import { readBertStyleConfig } from './bert-encoder.js';
import type { BertStyleDefaults } from './bert-encoder.js';
import { embed, resolveEmbeddings } from './embeddings.js';
import { encoderLayer } from './encoder-layer.js';
import type { EncoderLayerConfig, EncoderLayerWeights } from './encoder-layer.js';
import type { FamilyPlan, FamilyPlanner } from './family-plan.js';
import { planTaskHead } from './task-head.js';
import { WeightResolver } from './weights.js';

/** `AlbertConfig` defaults (transformers configuration_albert.py). */
export const ALBERT_DEFAULTS: BertStyleDefaults & { num_hidden_groups: number; inner_group_num: number } = {
  vocab_size: 30000,
  embedding_size: 128,
  hidden_size: 4096,
  num_hidden_layers: 12,
  num_hidden_groups: 1,
  num_attention_heads: 64,
  intermediate_size: 16384,
  inner_group_num: 1,
  hidden_act: 'gelu_new',
  max_position_embeddings: 512,
  type_vocab_size: 2,
  layer_norm_eps: 1e-12,
  pad_token_id: 0,
};

/**
 * The layer group ALBERT's layer `i` runs, exactly as `AlbertTransformer.forward` computes it:
 * `int(i / (num_hidden_layers / num_hidden_groups))` with float division.
 */
export function albertGroupOf(i: number, layers: number, groups: number): number {
  return Math.floor(i / (layers / groups));
}

/**
 * ALBERT: factorized embeddings (`embedding_size`) mapped to the hidden size by
 * `encoder.embedding_hidden_mapping_in`; `num_hidden_layers` steps, step `i` running every
 * inner layer of group `albertGroupOf(i)` — the groups' weights are one set of initializers
 * shared by every step. Pooler `pooler` (a bare Linear) + tanh. Heads: sequence classification
 * on the pooled output, token classification, QA; MLM = `predictions.dense` + hidden_act +
 * `predictions.LayerNorm` + `predictions.decoder` (+ `predictions.bias`).
 */
export const planAlbert: FamilyPlanner = ({ cfg, source, task }): FamilyPlan => {
  const c = readBertStyleConfig(cfg, ALBERT_DEFAULTS);
  const groups = cfg.int('num_hidden_groups', ALBERT_DEFAULTS.num_hidden_groups);
  const inner = cfg.int('inner_group_num', ALBERT_DEFAULTS.inner_group_num);
  const H = c.hidden;
  const E = c.embeddingSize;
  const ws = new WeightResolver(source, 'albert');
  const embeddings = resolveEmbeddings(ws, { vocab: c.vocab, dim: E, maxPositions: c.maxPositions, typeVocab: c.typeVocab });
  const mappingIn = ws.baseLinear('encoder.embedding_hidden_mapping_in', E, H);

  const groupWeights = new Map<number, EncoderLayerWeights[]>();
  const schedule: number[] = [];
  for (let i = 0; i < c.layers; i++) {
    const gi = albertGroupOf(i, c.layers, groups);
    schedule.push(gi);
    if (!groupWeights.has(gi)) groupWeights.set(gi, resolveAlbertGroup(ws, gi, inner, c));
  }
  // ALBERT's pooler is a bare Linear named `pooler`; its MLM transform narrows to embedding_size.
  const head = planTaskHead(task, ws, cfg, {
    hidden: H,
    pooler: 'pooler',
    sequenceClassifier: { kind: 'pooled' },
    maskedLm: {
      scope: 'predictions',
      dense: 'predictions.dense',
      norm: 'predictions.LayerNorm',
      width: E,
      activation: c.activation,
      eps: c.eps,
      decoder: 'predictions.decoder.weight',
      bias: ['predictions.bias', 'predictions.decoder.bias'],
      wordEmbeddings: embeddings.word,
    },
  });
  return {
    inputs: ['input_ids', 'attention_mask', 'token_type_ids'],
    build(ops, inputs) {
      const g = ops.g;
      const e = embed(ops, inputs.input_ids, embeddings, { kind: 'arange' }, { kind: 'input', ids: inputs.token_type_ids! }, c.eps);
      let h = g.scope('encoder.embedding_hidden_mapping_in', () => ops.linear(e, mappingIn));
      const mask = extendedAttentionMask(ops, inputs.attention_mask);
      schedule.forEach((gi, i) => {
        groupWeights.get(gi)!.forEach((layer, j) => {
          h = g.scope(`encoder.layer.${i}.group.${gi}.albert_layers.${j}`, () => encoderLayer(ops, h, mask, layer, c));
        });
      });
      return head(ops, h);
    },
  };
};

/** The `inner` layers of ALBERT layer group `gi`, shape-checked. */
function resolveAlbertGroup(ws: WeightResolver, gi: number, inner: number, c: EncoderLayerConfig): EncoderLayerWeights[] {
  const out: EncoderLayerWeights[] = [];
  for (let j = 0; j < inner; j++) {
    const p = `encoder.albert_layer_groups.${gi}.albert_layers.${j}`;
    out.push({
      query: ws.baseLinear(`${p}.attention.query`, c.hidden, c.hidden),
      key: ws.baseLinear(`${p}.attention.key`, c.hidden, c.hidden),
      value: ws.baseLinear(`${p}.attention.value`, c.hidden, c.hidden),
      attentionOutput: ws.baseLinear(`${p}.attention.dense`, c.hidden, c.hidden),
      attentionNorm: ws.baseNorm(`${p}.attention.LayerNorm`, c.hidden),
      ffnIn: ws.baseLinear(`${p}.ffn`, c.hidden, c.intermediate),
      ffnOut: ws.baseLinear(`${p}.ffn_output`, c.intermediate, c.hidden),
      outputNorm: ws.baseNorm(`${p}.full_layer_layer_norm`, c.hidden),
    });
  }
  return out;
}
