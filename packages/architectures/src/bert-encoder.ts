import type { Value } from '@mlpack/graph';
import { readActivation } from './activation.js';
import type { ActivationKind, ActivationName } from './activation.js';
import { extendedAttentionMask } from './attention.js';
import type { ConfigReader } from './config-reader.js';
import { embed, resolveEmbeddings } from './embeddings.js';
import type { EmbeddingWeights, PositionIds, TokenTypes } from './embeddings.js';
import { encoderLayer, resolveBertLayer } from './encoder-layer.js';
import type { EncoderLayerWeights } from './encoder-layer.js';
import { checkHeadsDivide } from './family-plan.js';
import type { FamilyPlan, HeadBuilder } from './family-plan.js';
import type { ModuleOps } from './module-ops.js';
import type { LinearWeights, WeightResolver } from './weights.js';

/** Defaults of a BERT-style configuration class (`BertConfig`, `RobertaConfig`, `ElectraConfig`, …). */
export interface BertStyleDefaults {
  vocab_size: number;
  hidden_size: number;
  /** Only ELECTRA has one; undefined means "same as hidden_size". */
  embedding_size?: number;
  num_hidden_layers: number;
  num_attention_heads: number;
  intermediate_size: number;
  hidden_act: ActivationName;
  max_position_embeddings: number;
  type_vocab_size: number;
  layer_norm_eps: number;
  /** Read only where it matters (RoBERTa's position ids): BERT configs may carry `null` here. */
  pad_token_id: number;
}

/** The config values a BERT-style encoder uses, defaults applied and checked. */
export interface BertStyleConfig {
  vocab: number;
  hidden: number;
  embeddingSize: number;
  layers: number;
  heads: number;
  intermediate: number;
  activation: ActivationKind;
  maxPositions: number;
  typeVocab: number;
  eps: number;
}

export function readBertStyleConfig(cfg: ConfigReader, d: BertStyleDefaults): BertStyleConfig {
  checkEncoderOnly(cfg);
  const hidden = cfg.int('hidden_size', d.hidden_size);
  const heads = cfg.int('num_attention_heads', d.num_attention_heads);
  checkHeadsDivide(cfg, 'num_attention_heads', heads, hidden);
  return {
    vocab: cfg.int('vocab_size', d.vocab_size),
    hidden,
    embeddingSize: d.embedding_size === undefined ? hidden : cfg.int('embedding_size', d.embedding_size),
    layers: cfg.int('num_hidden_layers', d.num_hidden_layers),
    heads,
    intermediate: cfg.int('intermediate_size', d.intermediate_size),
    activation: readActivation(cfg, 'hidden_act', d.hidden_act),
    maxPositions: cfg.int('max_position_embeddings', d.max_position_embeddings),
    typeVocab: cfg.int('type_vocab_size', d.type_vocab_size),
    eps: cfg.positive('layer_norm_eps', d.layer_norm_eps),
  };
}

/**
 * Config features the builders do not implement: relative position embeddings
 * (`position_embedding_type` other than `absolute`) and decoder use (`is_decoder`, which makes
 * transformers apply a causal mask).
 */
export function checkEncoderOnly(cfg: ConfigReader): void {
  const positions = cfg.string('position_embedding_type', 'absolute');
  if (positions !== 'absolute') {
    throw cfg.unsupported('position_embedding_type', `"${positions}" is not supported`, 'only absolute position embeddings are supported');
  }
  if (cfg.bool('is_decoder', false)) {
    throw cfg.unsupported('is_decoder', 'is true', 'only bidirectional encoders are supported; set is_decoder to false');
  }
}

export interface BertEncoderWeights {
  embeddings: EmbeddingWeights;
  /** ELECTRA's `embeddings_project` when embedding_size ≠ hidden_size. */
  project?: LinearWeights | undefined;
  layers: EncoderLayerWeights[];
}

/** Every tensor of a BERT-named encoder, shape-checked against `c`. */
export function resolveBertEncoder(ws: WeightResolver, c: BertStyleConfig): BertEncoderWeights {
  const embeddings = resolveEmbeddings(ws, { vocab: c.vocab, dim: c.embeddingSize, maxPositions: c.maxPositions, typeVocab: c.typeVocab });
  const project = c.embeddingSize === c.hidden ? undefined : ws.baseLinear('embeddings_project', c.embeddingSize, c.hidden);
  const layers: EncoderLayerWeights[] = [];
  for (let i = 0; i < c.layers; i++) layers.push(resolveBertLayer(ws, i, c));
  return { embeddings, project, layers };
}

/** Embeddings (+ projection) and the layer stack: the last hidden state [batch, seq, hidden]. */
export function runBertEncoder(
  ops: ModuleOps,
  inputIds: Value,
  attentionMask: Value,
  w: BertEncoderWeights,
  c: BertStyleConfig,
  positions: PositionIds,
  tokenTypes: TokenTypes,
): Value {
  const g = ops.g;
  let h = embed(ops, inputIds, w.embeddings, positions, tokenTypes, c.eps);
  if (w.project !== undefined) {
    const project = w.project;
    h = g.scope('embeddings_project', () => ops.linear(h, project));
  }
  const mask = extendedAttentionMask(ops, attentionMask);
  w.layers.forEach((layer, i) => {
    h = g.scope(`encoder.layer.${i}`, () => encoderLayer(ops, h, mask, layer, c));
  });
  return h;
}

/**
 * BertModel's plan: arange position ids, a `token_type_ids` input, then `head`. ELECTRA's encoder
 * is BertModel's; RoBERTa's position ids and token types differ, so it builds its own.
 */
export function bertModelPlan(enc: BertEncoderWeights, c: BertStyleConfig, head: HeadBuilder): FamilyPlan {
  return {
    inputs: ['input_ids', 'attention_mask', 'token_type_ids'],
    build(ops, inputs) {
      const h = runBertEncoder(ops, inputs.input_ids, inputs.attention_mask, enc, c, { kind: 'arange' }, { kind: 'input', ids: inputs.token_type_ids! });
      return head(ops, h);
    },
  };
}
